package org.tally.resolve.time;

import java.time.LocalDate;
import java.util.Locale;

/** A step of the calendar that a time expression counts in. */
enum Unit {
  HOUR, DAY, WEEK, WEEKEND, MONTH, YEAR;

  static Unit parse(String name) {
    return valueOf(name.strip().toUpperCase(Locale.ROOT));
  }

  /** The day {@code amount} of these before {@code day}; hours round up to whole days. */
  LocalDate before(LocalDate day, int amount) {
    return after(day, -amount);
  }

  /** The day {@code amount} of these after {@code day} (before it when negative); hours round away from zero. */
  LocalDate after(LocalDate day, int amount) {
    return switch (this) {
      case HOUR -> day.plusDays(Integer.signum(amount) * ((Math.abs(amount) + 23) / 24));
      case DAY -> day.plusDays(amount);
      case WEEK, WEEKEND -> day.plusWeeks(amount);
      case MONTH -> day.plusMonths(amount);
      case YEAR -> day.plusYears(amount);
    };
  }
}
