package org.tally.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.tally.model.Span;

/**
 * A date as printed in a text: its words, and the day it names. The year is null where the text
 * leaves it out ("June 28 (RHC)"); a reader must then take it from elsewhere.
 *
 * @param span the date's words, with a weekday before it and a publication cue ("Published") where present
 * @param cued true when a publication cue announces the date, so it is the article's own date
 */
public record DateMention(Span span, Integer year, int month, int day, boolean cued) {
  public boolean hasYear() {
    return year != null;
  }

  /** The day, where the text gives the year. */
  public Optional<LocalDate> date() {
    return year == null ? Optional.empty() : inYear(year);
  }

  /** The day in the given year; empty for February 29 of a common year. */
  public Optional<LocalDate> inYear(int givenYear) {
    try {
      return Optional.of(LocalDate.of(givenYear, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
