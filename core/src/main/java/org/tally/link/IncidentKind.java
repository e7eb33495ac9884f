package org.tally.link;

import java.util.Locale;

/** Whether a linked group is one event or a claimant's readings of a running count. */
public enum IncidentKind {
  /** One attack or event, reported by one or more documents. */
  INCIDENT,
  /** Aggregate or cumulative counts by one claimant family, ordered by time. */
  SERIES;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
