package org.tally.verify;

import java.util.Locale;

/** How a claim's figure compares with the records of one reference (issue 14). */
public enum ClaimGrade {
  /** Its range overlaps a record's low-high, or the sum of the matched records', within the agreement tolerance. */
  CORROBORATED,
  /** Its lower bound is clearly above what the matched records hold together (verify-settings.tsv). */
  EXCEEDS,
  /** Under what the records hold: an early or partial report, not a contradiction. */
  BELOW,
  /** No record covers that place and time: unknown, never evidence against. */
  NO_RECORD;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
