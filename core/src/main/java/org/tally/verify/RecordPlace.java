package org.tally.verify;

import org.tally.model.PlacePrecision;

/**
 * Where a reference record places its event.
 *
 * @param name the record's own place name ("Jabal Thurdah"), or null
 * @param admin1 the governorate as the gazetteer spells it ("Deir ez-Zor"), or null when the record names none
 * @param admin2 the district as the record writes it, or null
 * @param admin3 the subdistrict as the record writes it (ACLED's admin3, "Abu Saida"), or null
 * @param country ISO 3166-1 alpha-2, or null
 * @param lat latitude of a point, or null (VDC-style records have none)
 * @param lon longitude, or null
 * @param precision how exactly the record knows the place (UCDP's where_prec 1-7 map to point .. countries)
 */
public record RecordPlace(String name, String admin1, String admin2, String admin3, String country, Double lat,
    Double lon, PlacePrecision precision) {
  public RecordPlace {
    if ((lat == null) != (lon == null)) {
      throw new IllegalArgumentException("a point needs both latitude and longitude: " + lat + ", " + lon);
    }
    if (precision == null) {
      throw new IllegalArgumentException("a record's place needs a precision: " + name);
    }
  }

  /** A place of a dataset that writes no subdistrict (UCDP GED, Airwars, VDC). */
  public RecordPlace(String name, String admin1, String admin2, String country, Double lat, Double lon,
      PlacePrecision precision) {
    this(name, admin1, admin2, null, country, lat, lon, precision);
  }

  /** The words a reason shows: the name, with the governorate where it adds something. */
  public String label() {
    if (name == null) {
      return admin1 != null ? admin1 : country != null ? country : "unknown place";
    }
    return admin1 == null || name.equalsIgnoreCase(admin1) ? name : name + ", " + admin1;
  }
}
