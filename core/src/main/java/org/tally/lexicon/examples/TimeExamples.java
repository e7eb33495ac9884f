package org.tally.lexicon.examples;

import static org.tally.lexicon.examples.Examples.lower;
import static org.tally.lexicon.examples.Examples.unless;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleRow;
import org.tally.model.Span;
import org.tally.resolve.time.TimeMention;
import org.tally.resolve.time.TimeResolver;

/**
 * The example checks of the time rule files: each resolves the time expressions of the row's example against a
 * document dated Friday 28 June 2019, late enough in the year for every month of the examples to be placed.
 */
public final class TimeExamples {
  private static final LocalDate DOCUMENT = LocalDate.of(2019, 6, 28);

  private TimeExamples() {}

  /** war-starts.tsv: the example's running total of the war, stated without a time, starts on the war's first day. */
  public static Optional<String> warStart(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    List<org.tally.model.Claim> claims = Examples.resolvedClaims(rules, DOCUMENT, example);
    LocalDate start = LocalDate.parse(row.get("start"));
    return unless(claims.stream().anyMatch(c -> c.when() != null && start.equals(c.when().start())), example,
        "no claim of the war dated from " + start);
  }

  /**
   * event-references.tsv: the claim of the example's second sentence, which states no time, is dated by the day the
   * first sentence names.
   */
  public static Optional<String> eventReference(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    List<org.tally.model.Claim> claims = Examples.resolvedClaims(rules, DOCUMENT, example);
    List<TimeMention> all = mentions(rules, example);
    return unless(!all.isEmpty() && claims.stream().anyMatch(c -> c.when() != null
        && all.get(0).start().equals(c.when().start()) && all.get(0).start().equals(c.when().end())), example,
        "the claim is not dated by the day named before \"" + row.get("phrase") + "\"");
  }

  /**
   * days-after.tsv: the claim whose count follows the phrase is dated the row's days before the day named first; the
   * claim before it keeps that day.
   */
  public static Optional<String> daysAfter(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    List<org.tally.model.Claim> claims = Examples.resolvedClaims(rules, DOCUMENT, example);
    List<TimeMention> all = mentions(rules, example);
    int at = example.toLowerCase(java.util.Locale.ROOT).indexOf(row.get("phrase").toLowerCase(java.util.Locale.ROOT));
    java.time.LocalDate before = all.isEmpty() ? null : all.get(0).start().minusDays(row.integer("days").orElseThrow());
    return unless(before != null && at >= 0 && claims.stream()
        .anyMatch(c -> c.count().span().start() > at && c.when() != null && before.equals(c.when().start())), example,
        "the claim after \"" + row.get("phrase") + "\" is not dated " + row.get("days") + " days before the day named");
  }

  /**
   * place-histories.tsv: the example's claim is dated by its own day, the first time named, not by the time of the
   * place's history told after the phrase.
   */
  public static Optional<String> placeHistory(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    List<org.tally.model.Claim> claims = Examples.resolvedClaims(rules, DOCUMENT, example);
    List<TimeMention> all = mentions(rules, example);
    return unless(all.size() >= 2 && !claims.isEmpty() && claims.stream().allMatch(c -> c.when() != null
        && all.get(0).start().equals(c.when().start()) && all.get(0).end().equals(c.when().end())), example,
        "the claim is not dated by its own day, the first named, past \"" + row.get("phrase") + "\"");
  }

  /** weekdays.tsv: a time mention written with the weekday falls on that weekday. */
  public static Optional<String> weekday(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    int day = row.integer("day").orElseThrow();
    return unless(withWords(rules, example, row.get("name")).stream().anyMatch(m -> m.start().getDayOfWeek().getValue() == day),
        example, "no time mention with \"" + row.get("name") + "\" on day " + day);
  }

  /** months.tsv: a time mention written with the month name starts in that month. */
  public static Optional<String> month(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    int month = row.integer("month").orElseThrow();
    return unless(withWords(rules, example, row.get("name")).stream().anyMatch(m -> m.start().getMonthValue() == month),
        example, "no time mention with \"" + row.get("name") + "\" in month " + month);
  }

  /** relative.tsv: the example has a time mention made with the phrase. */
  public static Optional<String> relative(Lexicons rules, RuleRow row) {
    return mentionWith(rules, row, row.get("phrase"));
  }

  /** parts.tsv: the example has a time mention made with the phrase. */
  public static Optional<String> part(Lexicons rules, RuleRow row) {
    return mentionWith(rules, row, row.get("phrase"));
  }

  /** units.tsv: the example has a time mention made with the unit word. */
  public static Optional<String> unit(Lexicons rules, RuleRow row) {
    return mentionWith(rules, row, row.get("word"));
  }

  /** time-words.tsv: the example has a time mention made with the word; a year cue lets a bare year be one. */
  public static Optional<String> word(Lexicons rules, RuleRow row) {
    if (row.get("role").equals("year-cue")) {
      String example = Examples.of(row);
      return unless(!mentions(rules, example).isEmpty(), example, "no time mention");
    }
    if (row.get("role").equals("stretch-of")) {
      // the word follows the mention: "Seven days" of "Seven days of airstrikes"
      String example = Examples.of(row);
      return unless(mentions(rules, example).stream().anyMatch(m -> example.startsWith(" " + row.get("word") + " ",
          m.span().end())), example, "no stretch read before \"" + row.get("word") + "\"");
    }
    return mentionWith(rules, row, row.get("word"));
  }

  /**
   * anaphora.tsv: the example's second sentence has a time mention made with the phrase, placed from the first
   * sentence's time: that day moved by the row's shift, or that same period.
   */
  public static Optional<String> anaphor(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    List<TimeMention> all = mentions(rules, example);
    int shift = row.integer("shift").orElseThrow();
    boolean day = row.get("refers").equals("day");
    return unless(!all.isEmpty() && withWords(rules, example, row.get("phrase")).stream().anyMatch(m -> day
        ? m.start().equals(all.get(0).start().plusDays(shift)) && m.end().equals(m.start())
        : m.start().equals(all.get(0).start()) && m.end().equals(all.get(0).end())),
        example, "\"" + row.get("phrase") + "\" is not placed from the time named before it");
  }

  private static Optional<String> mentionWith(Lexicons rules, RuleRow row, String words) {
    String example = Examples.of(row);
    return unless(!withWords(rules, example, words).isEmpty(), example, "no time mention with \"" + words + "\"");
  }

  private static List<TimeMention> withWords(Lexicons rules, String text, String words) {
    return mentions(rules, text).stream().filter(m -> lower(m.span().text(text)).contains(lower(words))).toList();
  }

  private static List<TimeMention> mentions(Lexicons rules, String text) {
    return TimeResolver.from(rules).find(text, new Span(0, text.length()), DOCUMENT);
  }
}
