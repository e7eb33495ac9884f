package org.tally.verify;

import java.util.Locale;

/** How well an incident is established, in the manner of Airwars' grades. */
public enum IncidentGrade {
  /** The perpetrator admits it. */
  CONFIRMED,
  /** Two or more independent outlets report it, or a record holds it. */
  FAIR,
  /** One source only. */
  WEAK,
  /** Outlets or records disagree on the toll or the perpetrator. */
  CONTESTED;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
