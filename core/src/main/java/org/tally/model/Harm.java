package org.tally.model;

import java.util.Locale;

/** The kind of harm a claim counts (claims.md section 2). */
public enum Harm {
  /** Dead: killed, died, lost their lives, bodies recovered. */
  KILLED,
  /** Wounded or injured. */
  INJURED,
  /** Forced from their homes: displaced, fled, refugees of the event. */
  DISPLACED,
  /** Missing, unaccounted for, under the rubble and not yet found. */
  MISSING,
  /** Detained, arrested, abducted, taken prisoner. */
  DETAINED,
  /** Killed and injured together, not told apart ("60 dead and wounded", "25 casualties"): never a death toll. */
  CASUALTIES;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
