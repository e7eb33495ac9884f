package org.tally.model;

import java.time.LocalDate;

/** When a claim says the harm happened: an inclusive span of days and the words that gave it. */
public record ClaimTime(LocalDate start, LocalDate end, String text) {
  public ClaimTime {
    if (start != null && end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("time span ends " + end + " before it starts " + start);
    }
  }
}
