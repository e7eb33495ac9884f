package org.tally.resolve.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.tally.model.Span;

/**
 * A time expression of a text and the inclusive span of days it names.
 *
 * @param span the expression's words as written (offsets into the text)
 */
public record TimeMention(Span span, LocalDate start, LocalDate end) {
  public TimeMention {
    if (start == null || end == null) {
      throw new IllegalArgumentException("a time mention needs both ends: " + start + ".." + end);
    }
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("time mention ends " + end + " before it starts " + start);
    }
  }

  /** True when it names one day. */
  public boolean isDay() {
    return start.equals(end);
  }

  /** How many days it covers. */
  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }
}
