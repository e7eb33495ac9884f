package org.tally.resolve.place;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The governorate each stretch of a document is about, where the stretch says so: a roundup whose paragraphs each
 * open with their governorate (SANA's "Daraa Units of the army killed ...", "Hama: ...", "In Idlib, ...") or a
 * paragraph that names one governorate and then its villages. Of two villages called alike, the one in the
 * stretch's own governorate is meant, whichever governorate the whole document names more: a Daraa paragraph's
 * Aqraba is Daraa's, though the roundup names Damascus Countryside more often.
 *
 * <p>A stretch runs from a paragraph break or a heading to the next. A heading's governorate holds for its stretch
 * whatever else the stretch names ("Hama ... in Hama's countryside near Idlib's southern countryside"), where the
 * document heads two governorates at least; a stretch without a heading has a governorate only where it names
 * exactly one as such.
 */
final class GovernorateSections {
  /** No stretch names a governorate of its own. */
  static final GovernorateSections NONE = new GovernorateSections(new int[0], new String[0]);

  private final int[] starts;
  private final String[] admin1s;

  private GovernorateSections(int[] starts, String[] admin1s) {
    this.starts = starts;
    this.admin1s = admin1s;
  }

  /**
   * A mention that names a governorate as such ({@code naming}), placed in the document's country, and whether the
   * text uses it as a place.
   */
  record Named(PlaceMention mention, boolean asPlace) {}

  /**
   * The stretches of {@code text} and their governorates, from the mentions that name a governorate as such, in text
   * order.
   */
  static GovernorateSections of(String text, List<Named> named) {
    // stretch start -> its heading's governorate, or null for a paragraph without one
    TreeMap<Integer, String> heads = new TreeMap<>();
    heads.put(0, null);
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      heads.putIfAbsent(i + 1, null);
    }
    TreeMap<Integer, String> headings = new TreeMap<>();
    for (Named n : named) {
      int start = headingStart(text, n.mention());
      if (start >= 0) {
        headings.put(start, n.mention().place().admin1());
      }
    }
    // a roundup heads two governorates at least; one alone is more likely a headline's first word ("Aleppo Rebels
    // Shell ...") than a heading
    if (new java.util.HashSet<>(headings.values()).size() >= 2) {
      heads.putAll(headings);
    }
    List<Integer> starts = new ArrayList<>(heads.keySet());
    List<String> admin1s = new ArrayList<>();
    for (int s = 0; s < starts.size(); s++) {
      String heading = heads.get(starts.get(s));
      if (heading != null) {
        admin1s.add(heading);
        continue;
      }
      int from = starts.get(s);
      int to = s + 1 < starts.size() ? starts.get(s + 1) : text.length();
      Set<String> inStretch = new LinkedHashSet<>();
      for (Named n : named) {
        if (n.asPlace() && n.mention().span().start() >= from && n.mention().span().start() < to) {
          inStretch.add(n.mention().place().admin1());
        }
      }
      admin1s.add(inStretch.size() == 1 ? inStretch.iterator().next() : null);
    }
    if (admin1s.stream().allMatch(java.util.Objects::isNull)) {
      return NONE;
    }
    return new GovernorateSections(starts.stream().mapToInt(Integer::intValue).toArray(),
        admin1s.toArray(new String[0]));
  }

  /** The governorate of the stretch holding {@code offset}; null when that stretch names none of its own. */
  String at(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    i = i >= 0 ? i : -i - 2;
    return i >= 0 ? admin1s[i] : null;
  }

  /**
   * Where the stretch a heading opens starts, or -1 when the mention opens none. A heading stands at a sentence's or
   * paragraph's start and is followed by a colon or dash ("Daraa: ...", "Hama - ..."), by the sentence's capitalised
   * first word with no verb between ("Homs Army units killed ...", "Damascus Countryside Units of the army ..."), or,
   * after "In", by a comma ("In Hama province, ..."). "Aleppo, SANA - ..." is a dateline, and "Aleppo was shelled"
   * a sentence about the city.
   */
  static int headingStart(String text, PlaceMention mention) {
    int start = mention.span().start();
    int end = mention.span().end();
    int before = skipSpaceBack(text, start);
    boolean opens = atSentenceStart(text, before);
    int sentence = start;
    if (!opens) {
      // "In Hama, ..." / "In Hama province, ..."
      int word = before - 2;
      if (word >= 0 && text.startsWith("In", word) && (word == 0 || !Character.isLetter(text.charAt(word - 1)))
          && atSentenceStart(text, skipSpaceBack(text, word))) {
        int after = skipSpace(text, end);
        return after < text.length() && text.charAt(after) == ',' ? word : -1;
      }
      return -1;
    }
    int after = skipSpace(text, end);
    if (after >= text.length()) {
      return -1;
    }
    char next = text.charAt(after);
    if (next == ':' || next == '-' || next == '\u2013' || next == '\u2014') {
      return sentence;
    }
    // the sentence's own first word, capitalised and straight after the name: "Homs Army units killed"
    return after > end && Character.isUpperCase(next) ? sentence : -1;
  }

  private static boolean atSentenceStart(String text, int before) {
    if (before <= 0) {
      return true;
    }
    char c = text.charAt(before - 1);
    return c == '\n' || c == '.' || c == '!' || c == '?';
  }

  /** The index just after the last non-space character before {@code at}. */
  private static int skipSpaceBack(String text, int at) {
    int i = at;
    while (i > 0 && text.charAt(i - 1) == ' ') {
      i--;
    }
    return i;
  }

  private static int skipSpace(String text, int at) {
    int i = at;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
