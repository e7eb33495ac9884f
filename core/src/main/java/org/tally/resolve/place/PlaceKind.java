package org.tally.resolve.place;

import java.util.Locale;
import org.tally.model.PlacePrecision;

/** What sort of place a gazetteer entry is, and how exactly naming it alone locates something. */
public enum PlaceKind {
  COUNTRY(PlacePrecision.COUNTRY),
  ADMIN1(PlacePrecision.GOVERNORATE),
  /** Part of a country or governorate that is no administrative unit: "Eastern Ghouta", "Qalamoun". */
  REGION(PlacePrecision.REGION),
  DISTRICT(PlacePrecision.DISTRICT),
  CITY(PlacePrecision.POINT),
  VILLAGE(PlacePrecision.POINT),
  /** An airport, base, dam or field. */
  SITE(PlacePrecision.POINT);

  private final PlacePrecision precision;

  PlaceKind(PlacePrecision precision) {
    this.precision = precision;
  }

  public PlacePrecision precision() {
    return precision;
  }

  /** True for towns, villages and sites: places that are points on a map. */
  public boolean isPoint() {
    return precision == PlacePrecision.POINT;
  }

  static PlaceKind parse(String word) {
    return valueOf(word.strip().toUpperCase(Locale.ROOT));
  }
}
