package org.tally.resolve.place;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleRow;
import org.tally.model.Span;

/**
 * Sets aside the places of a claim's sentence that the text names as somewhere other than where the harm happened
 * (harm-place-asides.tsv): where the attackers sit or the fire came from ("terrorists positioned in Eastern Ghouta
 * fired shells on the city"), and where someone was heading in a clause of movement after the harm ("killed 43 people
 * as fighters advanced towards Raqqa").
 */
final class HarmPlaceAsides {
  /** What may stand between an origin phrase and its place, and between places joined to it. */
  private static final Pattern JOINED = Pattern.compile("(?:[\\s,]|\\b(?:the|and|in|of|or)\\b)*");

  private final Pattern origin;
  private final Pattern movement;
  private final Pattern spread;

  /**
   * The origin and movement rows' first words, lower-cased: a sentence with none of them holds no such phrase, and
   * no pattern is run.
   */
  private final List<String> firstWords;

  private HarmPlaceAsides(Pattern origin, Pattern movement, Pattern spread, List<String> firstWords) {
    this.origin = origin;
    this.movement = movement;
    this.spread = spread;
    this.firstWords = List.copyOf(firstWords);
  }

  static HarmPlaceAsides from(RuleFile file) {
    List<String> origins = new ArrayList<>();
    List<String> movements = new ArrayList<>();
    List<String> spreads = new ArrayList<>();
    java.util.Set<String> firstWords = new java.util.LinkedHashSet<>();
    for (RuleRow row : file.rows()) {
      if (!row.get("kind").equals("spread")) { // keep() runs only the origin and movement patterns
        firstWords.add(row.get("phrase").strip().toLowerCase(Locale.ROOT).split("\\s+")[0]);
      }
      String words = String.join("\\s+", java.util.Arrays.stream(row.get("phrase").strip().split("\\s+"))
          .map(w -> Pattern.quote(w.toLowerCase(Locale.ROOT))).toList());
      switch (row.get("kind")) {
        case "origin" -> origins.add(words);
        case "movement" -> movements.add(words);
        case "spread" -> spreads.add(words);
        default -> throw row.error("kind", "\"" + row.get("kind") + "\" is not origin, movement or spread");
      }
    }
    return new HarmPlaceAsides(compile(origins), compile(movements), compile(spreads), List.copyOf(firstWords));
  }

  private static Pattern compile(List<String> alternatives) {
    return alternatives.isEmpty() ? null : Pattern.compile("\\b(?:" + String.join("|", alternatives) + ")\\b",
        Pattern.CASE_INSENSITIVE);
  }

  /**
   * True when the sentence spreads its harm over many places ("killed in two days of operations across the country"):
   * the places the next sentences name are some of them, not where its count happened.
   */
  boolean spreads(String text, Span sentence) {
    return spread != null && spread.matcher(text).region(sentence.start(), sentence.end()).find();
  }

  /** The mentions of the sentence less those set aside, in order. */
  List<PlaceMention> keep(PlaceReading doc, Span sentence, Span count, List<PlaceMention> mentions) {
    if (mentions.isEmpty() || origin == null && movement == null) {
      return mentions;
    }
    // the first words are found once a document: most claims' sentences hold none, and are not copied to look
    if (!doc.tokens().once(this, () -> FirstWords.in(doc.text(), firstWords)).within(sentence)) {
      return mentions;
    }
    String text = doc.text();
    String words = text.substring(sentence.start(), sentence.end());
    String lower = words.toLowerCase(Locale.ROOT);
    if (firstWords.stream().noneMatch(lower::contains)) {
      return mentions;
    }
    boolean[] aside = new boolean[mentions.size()];
    setAsideOrigins(text, sentence.start(), words, mentions, aside);
    if (movement != null) {
      Matcher m = movement.matcher(words);
      while (m.find()) {
        int from = sentence.start() + m.end();
        if (sentence.start() + m.start() >= count.end()) {
          int to = clauseEnd(text, from, sentence.end());
          for (int i = 0; i < mentions.size(); i++) {
            Span s = mentions.get(i).span();
            aside[i] |= s.start() >= from && s.end() <= to;
          }
        }
      }
    }
    List<PlaceMention> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      if (!aside[i]) {
        out.add(mentions.get(i));
      }
    }
    return out.size() == mentions.size() ? mentions : out;
  }

  /**
   * The mentions of a stretch that an origin or a movement phrase names as somewhere else than the harm, wherever the
   * count is: the place right after an origin ("fired from Douma") and the first place a movement phrase leads to
   * within a few words ("died in hospitals in Turkey", "taken to a hospital in Baquba"). The document's focus is
   * not decided by them: a car bomb in Jarablus is no Turkish story because the wounded died across the border.
   */
  Set<Span> away(PlaceReading doc, Span range, List<PlaceMention> mentions) {
    if (mentions.isEmpty() || origin == null && movement == null
        || !doc.tokens().once(this, () -> FirstWords.in(doc.text(), firstWords)).within(range)) {
      return Set.of();
    }
    String text = doc.text();
    String words = text.substring(range.start(), range.end());
    boolean[] aside = new boolean[mentions.size()];
    setAsideOrigins(text, range.start(), words, mentions, aside);
    if (movement != null) {
      Matcher m = movement.matcher(words);
      while (m.find()) {
        int from = range.start() + m.end();
        for (int i = 0; i < mentions.size(); i++) {
          Span s = mentions.get(i).span();
          if (s.start() >= from) {
            String between = text.substring(from, s.start());
            aside[i] |= between.length() <= DESTINATION_REACH && between.indexOf('.') < 0;
            break;
          }
        }
      }
    }
    Set<Span> out = new HashSet<>();
    for (int i = 0; i < mentions.size(); i++) {
      if (aside[i]) {
        out.add(mentions.get(i).span());
      }
    }
    return out;
  }

  /** Sets aside the places right after an origin ("fired from Douma") in {@code words}, which start at {@code start}. */
  private void setAsideOrigins(String text, int start, String words, List<PlaceMention> mentions, boolean[] aside) {
    if (origin != null) {
      Matcher m = origin.matcher(words);
      while (m.find()) {
        setAsideJoined(text, start + m.end(), mentions, aside);
      }
    }
  }

  /** How many characters may stand between a movement phrase and the place it leads to ("to a hospital in"). */
  private static final int DESTINATION_REACH = 24;

  /**
   * Where the first words stand in a document lower-cased as a whole, by start: lower-casing maps each character on
   * its own (an ASCII word is found in a sentence's copy exactly where it is in the whole's), unless it changes the
   * text's length ("\u0130"), or a word is not ASCII (a final sigma lower-cases by its neighbours): then every
   * sentence must be looked at.
   */
  record FirstWords(int[] starts, int[] ends) {
    private static final FirstWords ANYWHERE = new FirstWords(null, null);

    static FirstWords in(String text, List<String> words) {
      String lower = text.toLowerCase(Locale.ROOT);
      if (lower.length() != text.length() || words.stream().anyMatch(w -> w.chars().anyMatch(c -> c >= 128))) {
        return ANYWHERE;
      }
      List<int[]> found = new ArrayList<>();
      for (String word : words) {
        for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
          found.add(new int[] {at, at + word.length()});
        }
      }
      found.sort(java.util.Comparator.comparingInt(f -> f[0]));
      int[] starts = new int[found.size()];
      int[] ends = new int[found.size()];
      for (int i = 0; i < starts.length; i++) {
        starts[i] = found.get(i)[0];
        ends[i] = found.get(i)[1];
      }
      return new FirstWords(starts, ends);
    }

    /** False when no first word lies wholly within {@code range}. */
    boolean within(Span range) {
      if (starts == null) {
        return true;
      }
      int low = 0;
      int high = starts.length; // the first start at or after the range's: two words may start at one place
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (starts[mid] < range.start()) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      for (int i = low; i < starts.length && starts[i] < range.end(); i++) {
        if (ends[i] <= range.end()) {
          return true;
        }
      }
      return false;
    }
  }

  /** The place right after {@code from}, and each place joined to the one before by "and", "in", a comma. */
  private static void setAsideJoined(String text, int from, List<PlaceMention> mentions, boolean[] aside) {
    int at = from;
    for (int i = 0; i < mentions.size(); i++) {
      Span s = mentions.get(i).span();
      if (s.start() < at) {
        continue;
      }
      if (!JOINED.matcher(text.substring(at, s.start())).matches()) {
        return;
      }
      aside[i] = true;
      at = s.end();
    }
  }

  private static int clauseEnd(String text, int from, int end) {
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (c == ',' || c == ';') {
        return i;
      }
    }
    return end;
  }
}
