package org.tally.model;

import java.util.Locale;

/** How much of the war a count covers (claims.md section 2). */
public enum Scope {
  /** One attack or event. */
  INCIDENT,
  /** Several incidents over a stated period or place. */
  AGGREGATE,
  /** A campaign or war total. */
  CUMULATIVE;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
