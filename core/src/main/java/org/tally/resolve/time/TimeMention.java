package org.tally.resolve.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.tally.model.Span;

/**
 * A time expression of a text and the inclusive span of days it names.
 *
 * @param span the expression's words as written (offsets into the text)
 * @param period true when the words name a stretch of time ("since 2014", "between March 31 and October 22",
 *     "the past month", "in two days"), false when they name a point, however coarse ("in September", "Friday")
 */
public record TimeMention(Span span, LocalDate start, LocalDate end, boolean period) {
  public TimeMention(Span span, LocalDate start, LocalDate end) {
    this(span, start, end, false);
  }

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
