package org.tally.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds phrases of a rule file in a sentence, word by word and without case, and gives the bits of those found. A
 * word's plural matches its singular ("strikes" / "strike", "clashes" / "clash"), and hyphens part words
 * ("car-bomb" is "car bomb"), so that a row names a phrase once.
 */
final class PhraseMatcher {
  private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
  /** Phrases after which the next phrases found, within {@link #HEDGE_REACH} words, give no bits. */
  private final Map<String, List<List<String>>> hedges = new HashMap<>();
  /**
   * How many words after a hedge a phrase it hedges may start: "to authorize military strikes", "to authorize limited
   * air strikes" (a bare "strike" names an air strike, attack-kinds.tsv).
   */
  private static final int HEDGE_REACH = 3;

  /** A phrase's words after the first, and the bit it gives. */
  private record Phrase(List<String> rest, long bit) {}

  /** One matcher that finds the phrases of both, each with its own bits: a sentence is read once for both. */
  static PhraseMatcher both(PhraseMatcher a, PhraseMatcher b) {
    PhraseMatcher out = new PhraseMatcher();
    for (PhraseMatcher m : List.of(a, b)) {
      m.byFirstWord.forEach((word, phrases) -> out.byFirstWord.computeIfAbsent(word, w -> new ArrayList<>())
          .addAll(phrases));
      m.hedges.forEach((word, rests) -> out.hedges.computeIfAbsent(word, w -> new ArrayList<>()).addAll(rests));
    }
    return out;
  }

  /** Adds a phrase that gives {@code bit} when found. */
  void add(String phrase, long bit) {
    List<String> words = words(phrase);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a phrase needs a word: \"" + phrase + "\"");
    }
    byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>())
        .add(new Phrase(List.copyOf(words.subList(1, words.size())), bit));
  }

  /** Adds a phrase whose next phrases found, starting within three words after it, give nothing. */
  void hedge(String phrase) {
    List<String> words = words(phrase);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a phrase needs a word: \"" + phrase + "\"");
    }
    hedges.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(List.copyOf(words.subList(1, words.size())));
  }

  /** The bits of every phrase the text holds, but those a hedge passes over; 0 for none or for null. */
  long find(String text) {
    if (text == null || byFirstWord.isEmpty()) {
      return 0;
    }
    List<String> words = words(text);
    long found = 0;
    int hedgedUntil = -1;
    for (int i = 0; i < words.size(); i++) {
      int hedgeEnd = hedgeEnd(words, i);
      if (hedgeEnd >= 0) {
        hedgedUntil = hedgeEnd + HEDGE_REACH;
      }
      List<Phrase> phrases = byFirstWord.get(words.get(i));
      if (phrases == null || i <= hedgedUntil) {
        continue;
      }
      for (Phrase p : phrases) {
        if (follows(words, i + 1, p.rest())) {
          found |= p.bit();
        }
      }
    }
    return found;
  }

  /** The index of the last word of a hedge starting at word {@code i}, or -1. */
  private int hedgeEnd(List<String> words, int i) {
    List<List<String>> rests = hedges.get(words.get(i));
    if (rests != null) {
      for (List<String> rest : rests) {
        if (follows(words, i + 1, rest)) {
          return i + rest.size();
        }
      }
    }
    return -1;
  }

  private static boolean follows(List<String> words, int from, List<String> rest) {
    if (from + rest.size() > words.size()) {
      return false;
    }
    for (int k = 0; k < rest.size(); k++) {
      if (!words.get(from + k).equals(rest.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** The text's words: letters and digits, lower case, each plural taken to its singular; one-letter words as "". */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean part = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (part && start < 0) {
        start = i;
      } else if (!part && start >= 0) {
        out.add(i - start == 1 ? "" : singular(text.substring(start, i).toLowerCase(Locale.ROOT)));
        start = -1;
      }
    }
    return out;
  }

  /** "strikes" to "strike", "clashes" to "clash"; short words ("gas", "bus") and "-ss" words ("mass") stay. */
  static String singular(String word) {
    int n = word.length();
    if (n <= 3 || word.charAt(n - 1) != 's' || word.endsWith("ss")) {
      return word;
    }
    if (word.endsWith("shes") || word.endsWith("ches") || word.endsWith("sses") || word.endsWith("xes")) {
      return word.substring(0, n - 2);
    }
    return word.substring(0, n - 1);
  }
}
