package org.tally.resolve.time;

import java.util.List;
import java.util.Locale;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.model.Span;

/**
 * "Tanks shelled Hama on Monday, killing four, a day after security forces killed 80 there": a count told after "a
 * day after" (days-after.tsv) happened that many days before the day named ahead of the phrase, Sunday here.
 */
final class DaysAfter {
  private record Phrase(String words, int days) {}

  private final List<Phrase> phrases;

  private DaysAfter(List<Phrase> phrases) {
    this.phrases = List.copyOf(phrases);
  }

  static DaysAfter from(Lexicons rules) {
    return rules.built(DaysAfter.class, r -> new DaysAfter(r.file(RuleFiles.DAYS_AFTER).rows().stream()
        .map(row -> new Phrase(" " + row.get("phrase").strip().toLowerCase(Locale.ROOT) + " ",
            row.integer("days").orElseThrow()))
        .toList()));
  }

  /**
   * The day the count happened when {@code chosen}, one day named before it, stands before one of the phrases and the
   * phrase before the count; else {@code chosen} as it is.
   */
  TimeMention shift(String text, Span count, TimeMention chosen) {
    if (!chosen.isDay() || chosen.period() || chosen.span().end() > count.start()) {
      return chosen;
    }
    String between = " " + text.substring(chosen.span().end(), count.start()).toLowerCase(Locale.ROOT) + " ";
    for (Phrase phrase : phrases) {
      if (between.contains(phrase.words())) {
        return new TimeMention(chosen.span(), chosen.start().minusDays(phrase.days()),
            chosen.end().minusDays(phrase.days()), false);
      }
    }
    return chosen;
  }
}
