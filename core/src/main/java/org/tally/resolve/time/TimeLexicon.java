package org.tally.resolve.time;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tally.extract.token.PhraseTrie;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;

/** The word lists of time expressions, loaded once from the rule files beside this class. */
final class TimeLexicon {
  static final String WEEKDAYS = "weekdays.tsv";
  static final String MONTHS = "months.tsv";
  static final String RELATIVE = "relative.tsv";
  static final String PARTS = "parts.tsv";
  static final String UNITS = "units.tsv";
  static final String WORDS = "time-words.tsv";
  static final String ANAPHORA = "anaphora.tsv";

  /** What a small word does in a time expression (time-words.tsv). */
  enum Role {
    RANGE_OPEN, RANGE_JOIN, RANGE_CONTINUE, PERIOD_END, SINCE, YEAR_CUE, LEAD, FILLER, PAST, AGO, LATER, EARLIER,
    DAY_PART, BEFORE_DAY, STRETCH_OF;

    static Role parse(String name) {
      return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
  }

  /** A part of a month and of a year (parts.tsv). */
  record Part(DayBound firstDay, DayBound lastDay, int firstMonth, int lastMonth) {}

  /** A unit word and how many units it stands for (units.tsv: "fortnight" is 14 days). */
  record UnitSize(Unit unit, int size) {}

  final Map<String, DayOfWeek> weekdays = new HashMap<>();
  final Map<String, Integer> months = new HashMap<>();
  final Map<String, UnitSize> units = new HashMap<>();
  final Map<String, Part> singleWordParts = new HashMap<>();
  final PhraseTrie<Expression.Relative> relative = new PhraseTrie<>();
  final PhraseTrie<Part> parts = new PhraseTrie<>();
  final PhraseTrie<Expression.Anaphor> anaphora = new PhraseTrie<>();
  private final Map<String, Set<Role>> roles = new HashMap<>();
  /** What the reader asks of each word, in one entry: one lookup a token, not one a question. */
  private final Map<String, Word> words = new HashMap<>();
  /** The words above, as bits: most words of a text are none of them, and a clear bit says so without the map. */
  private final org.tally.extract.token.WordBits known = new org.tally.extract.token.WordBits();

  /**
   * A word's roles, whether it is a unit, and whether an expression may open with it: where none may, the reader
   * tries no rule, unless a date, a year, a hyphenated part ("mid-April") or a unit within reach ("three days ago")
   * starts there.
   */
  record Word(Set<Role> roles, boolean unit, boolean opens) {
    static final Word NONE = new Word(Set.of(), false, false);
  }

  TimeLexicon(RuleFile weekdayFile, RuleFile monthFile, RuleFile relativeFile, RuleFile partFile, RuleFile unitFile,
      RuleFile wordFile, RuleFile anaphoraFile) {
    for (RuleRow row : weekdayFile.rows()) {
      weekdays.put(lower(row.get("name")), DayOfWeek.of(row.integer("day").orElseThrow()));
    }
    for (RuleRow row : monthFile.rows()) {
      months.put(lower(row.get("name")), row.integer("month").orElseThrow());
    }
    for (RuleRow row : relativeFile.rows()) {
      relative.add(row.get("phrase"), new Expression.Relative(Unit.parse(row.get("unit")),
          row.integer("from").orElseThrow(), row.integer("to").orElseThrow()));
    }
    for (RuleRow row : partFile.rows()) {
      Part part = new Part(DayBound.parse(row.get("first-day")), DayBound.parse(row.get("last-day")),
          row.integer("first-month").orElseThrow(), row.integer("last-month").orElseThrow());
      parts.add(row.get("phrase"), part);
      if (!row.get("phrase").contains(" ")) {
        singleWordParts.put(lower(row.get("phrase")), part);
      }
    }
    for (RuleRow row : unitFile.rows()) {
      units.put(lower(row.get("word")), new UnitSize(Unit.parse(row.get("unit")), row.integer("size").orElseThrow()));
    }
    for (RuleRow row : wordFile.rows()) {
      roles.computeIfAbsent(lower(row.get("word")), k -> EnumSet.noneOf(Role.class)).add(Role.parse(row.get("role")));
    }
    for (RuleRow row : anaphoraFile.rows()) {
      anaphora.add(row.get("phrase"), new Expression.Anaphor(row.get("refers").equals("period"),
          row.integer("shift").orElseThrow()));
    }
    // every word an expression may open with by itself: a role, a month, a weekday, a phrase's first word
    Set<String> openers = new java.util.HashSet<>(roles.keySet());
    openers.addAll(months.keySet());
    openers.addAll(weekdays.keySet());
    openers.addAll(relative.firstWords());
    openers.addAll(parts.firstWords());
    openers.addAll(anaphora.firstWords());
    // "the past month", "these last three days"
    openers.add("the");
    openers.add("these");
    Set<String> known = new java.util.HashSet<>(openers);
    known.addAll(units.keySet());
    for (String word : known) {
      words.put(word, new Word(roles(word), units.containsKey(word), openers.contains(word)));
      this.known.add(word);
    }
  }

  /** What the reader needs of a lower-cased word: {@link Word#NONE} for most. */
  Word word(String lowerWord) {
    return known.mayHold(lowerWord) ? words.getOrDefault(lowerWord, Word.NONE) : Word.NONE;
  }

  /** The word lists of these lexicons, built once per lexicons. */
  static TimeLexicon from(Lexicons rules) {
    return rules.built(TimeLexicon.class, r -> new TimeLexicon(r.file(RuleFiles.WEEKDAYS), r.file(RuleFiles.MONTHS),
        r.file(RuleFiles.RELATIVE), r.file(RuleFiles.PARTS), r.file(RuleFiles.UNITS), r.file(RuleFiles.TIME_WORDS),
        r.file(RuleFiles.ANAPHORA)));
  }

  /** Every role of a lower-cased word, none when it has none. */
  Set<Role> roles(String lowerWord) {
    return roles.getOrDefault(lowerWord, Set.of());
  }

  private static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
