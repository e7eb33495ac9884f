package org.tally.app.reference;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The dates reference exports write: ISO (UCDP, "2016-09-17", a time after it ignored), ACLED's "17 September 2016",
 * "September 17, 2016", and day-first "17/09/2016" as VDC and most spreadsheets outside the US write it.
 */
final class ReferenceDates {
  private static final List<DateTimeFormatter> FORMATS = List.of(
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT),
      DateTimeFormatter.ofPattern("uuuu/M/d", Locale.ROOT),
      DateTimeFormatter.ofPattern("d-MMMM-uuuu", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d-MMM-uuuu", Locale.ENGLISH));

  private ReferenceDates() {}

  static Optional<LocalDate> parse(String written) {
    if (written == null) {
      return Optional.empty();
    }
    String w = written.strip();
    if (w.length() >= 10 && w.charAt(4) == '-' && w.charAt(7) == '-') {
      try {
        return Optional.of(LocalDate.parse(w.substring(0, 10)));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    for (DateTimeFormatter f : FORMATS) {
      try {
        return Optional.of(LocalDate.parse(w, f));
      } catch (DateTimeParseException e) {
        // the next format
      }
    }
    return Optional.empty();
  }
}
