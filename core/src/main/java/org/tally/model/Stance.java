package org.tally.model;

import java.util.Locale;

/** How the claimant holds the number (claims.md section 2). */
public enum Stance {
  /** Stated as fact. */
  ASSERTED,
  /** Conceded by the perpetrator itself. */
  ADMITTED,
  /** Rejected by the claimant. */
  DENIED,
  /** Put forward as an estimate or assessment. */
  ESTIMATED;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
