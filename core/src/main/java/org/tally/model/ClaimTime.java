package org.tally.model;

import java.time.LocalDate;

/**
 * When a claim says the harm happened: an inclusive span of days and the words that gave it.
 *
 * @param span where the words are in the document, or null when the time was inferred (the document's date)
 */
public record ClaimTime(LocalDate start, LocalDate end, String text, Span span) {
  public ClaimTime {
    if (start != null && end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("time span ends " + end + " before it starts " + start);
    }
  }
}
