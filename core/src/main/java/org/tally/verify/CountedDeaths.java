package org.tally.verify;

import java.util.Locale;

/**
 * Whose deaths a record's figures count. Airwars counts civilians only: "three killed, two of them fighters" agrees
 * with its one civilian, and a toll of fighters is no event of its records at all.
 */
public enum CountedDeaths {
  /** Everyone killed: fighters, soldiers and civilians (UCDP GED, ACLED, VDC). */
  ALL,
  /** Civilians only. */
  CIVILIANS;

  /** "all", "civilians", as the store writes it. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static CountedDeaths of(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
