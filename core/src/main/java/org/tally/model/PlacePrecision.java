package org.tally.model;

import java.util.Locale;

/** How exactly a claim's place is known (issue 4; in the manner of UCDP GED's where_prec). */
public enum PlacePrecision {
  /** A named town, village, neighbourhood or site. */
  POINT,
  /** Near a named point: "near the Deir ez-Zor airport", "outside Aleppo". */
  NEAR_POINT,
  /** A district or the countryside of a city: "Aleppo countryside", "Ariha district". */
  DISTRICT,
  /** A governorate or province. */
  GOVERNORATE,
  /** Part of a country: "eastern Syria", "north Aleppo", "the eastern part of the country". */
  REGION,
  /** A whole country. */
  COUNTRY,
  /** Several countries: "Iraq and Syria". */
  COUNTRIES;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
