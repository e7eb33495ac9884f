package org.tally.resolve.time;

import java.time.LocalDate;

/** An inclusive span of days, before it is tied to the words that named it. */
record Period(LocalDate start, LocalDate end) {
  static Period day(LocalDate day) {
    return new Period(day, day);
  }

  boolean isDay() {
    return start.equals(end);
  }

  /** Cut at the document's date: nothing a report tells of lands after the report. */
  Period notAfter(LocalDate document) {
    if (document == null || start.isAfter(document) || !end.isAfter(document)) {
      return this;
    }
    return new Period(start, document);
  }
}
