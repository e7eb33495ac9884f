package org.tally.resolve.time;

import java.time.YearMonth;

/**
 * A day of a month counted from its start (1 to 31) or back from its end ("end" is 0, "end-6" is -6), so that
 * "late" means the 21st to the last day of any month.
 */
record DayBound(int value) {
  static final DayBound FIRST = new DayBound(1);
  static final DayBound LAST = new DayBound(0);

  /** Reads "12", "end" or "end-6". */
  static DayBound parse(String text) {
    String t = text.strip();
    if (t.equals("end")) {
      return LAST;
    }
    if (t.startsWith("end-")) {
      return new DayBound(-Integer.parseInt(t.substring(4)));
    }
    int day = Integer.parseInt(t);
    if (day < 1 || day > 31) {
      throw new IllegalArgumentException("a day of the month is 1 to 31: " + text);
    }
    return new DayBound(day);
  }

  /** The day of {@code month} this bound names, kept within the month. */
  int in(YearMonth month) {
    int length = month.lengthOfMonth();
    int day = value > 0 ? value : length + value;
    return Math.max(1, Math.min(day, length));
  }
}
