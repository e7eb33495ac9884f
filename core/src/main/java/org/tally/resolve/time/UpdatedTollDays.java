package org.tally.resolve.time;

import java.time.temporal.ChronoUnit;
import java.util.List;
import org.tally.model.Span;

/**
 * The days of a toll update that names its attack's day in the possessive: "the death toll of Thursday's car bomb
 * has risen to nine after two of the wounded died on Friday" counts Thursday's dead and Friday's, so the claim runs
 * from the attack's day to the later day its sentence gives, not the later day alone (issue 14: a per-victim export
 * records the bomb's dead by their day of death, seven on Thursday and two on Friday; dated Friday, the nine were
 * held to Friday's two and read as exceeding them).
 */
final class UpdatedTollDays {
  /** A toll counted more than this many days after its attack is a later figure, not one event's days. */
  private static final long MAX_DAYS = 3;

  private UpdatedTollDays() {}

  /**
   * The chosen mention widened back to the possessive day of the count's sentence that comes before the count and
   * lies at most {@link #MAX_DAYS} before it; else the chosen mention unchanged.
   */
  static TimeMention widen(String text, Span sentence, Span count, List<TimeMention> near, TimeMention chosen) {
    for (TimeMention m : near) {
      if (m.span().end() <= count.start() && sentence.contains(m.span()) && m.isDay()
          && m.start().isBefore(chosen.start()) && ChronoUnit.DAYS.between(m.start(), chosen.end()) <= MAX_DAYS
          && EventDays.isPossessive(text, m.span())) {
        return new TimeMention(m.span(), m.start(), chosen.end());
      }
    }
    return chosen;
  }
}
