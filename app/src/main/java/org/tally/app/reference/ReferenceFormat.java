package org.tally.app.reference;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tally.verify.CountedDeaths;

/**
 * The reference exports Tally knows by their header, each with the columns it reads. A file's format is the first
 * whose signature columns its header has; {@code --reference-columns} reads any other.
 */
enum ReferenceFormat {
  /** UCDP Georeferenced Event Dataset CSV, in its own column names. */
  UCDP_GED("UCDP GED", List.of("id", "date_start", "where_prec", "best"), PrecisionScale.UCDP, Map.ofEntries(
      Map.entry(Field.ID, "id"), Map.entry(Field.DATE_START, "date_start"), Map.entry(Field.DATE_END, "date_end"),
      Map.entry(Field.PLACE, "where_coordinates"), Map.entry(Field.ADMIN1, "adm_1"), Map.entry(Field.ADMIN2, "adm_2"),
      Map.entry(Field.COUNTRY, "country"), Map.entry(Field.LATITUDE, "latitude"),
      Map.entry(Field.LONGITUDE, "longitude"), Map.entry(Field.PRECISION, "where_prec"),
      Map.entry(Field.SIDE_A, "side_a"), Map.entry(Field.SIDE_B, "side_b"), Map.entry(Field.LOW, "low"),
      Map.entry(Field.BEST, "best"), Map.entry(Field.HIGH, "high"), Map.entry(Field.CIVILIANS, "deaths_civilians"))),
  /** ACLED's export CSV: one death toll, "fatalities". */
  ACLED("ACLED", List.of("event_id_cnty", "event_date", "fatalities"), PrecisionScale.ACLED, Map.ofEntries(
      Map.entry(Field.ID, "event_id_cnty"), Map.entry(Field.DATE_START, "event_date"),
      Map.entry(Field.DATE_END, "event_date"), Map.entry(Field.PLACE, "location"), Map.entry(Field.ADMIN1, "admin1"),
      Map.entry(Field.ADMIN2, "admin2"), Map.entry(Field.ADMIN3, "admin3"), Map.entry(Field.COUNTRY, "country"),
      Map.entry(Field.LATITUDE, "latitude"), Map.entry(Field.LONGITUDE, "longitude"),
      Map.entry(Field.PRECISION, "geo_precision"),
      Map.entry(Field.SIDE_A, "actor1"), Map.entry(Field.SIDE_B, "actor2"),
      Map.entry(Field.LOW, "fatalities"), Map.entry(Field.BEST, "fatalities"), Map.entry(Field.HIGH, "fatalities"))),
  /**
   * An Airwars-style incident export: date, location, belligerent, civilians killed min and max, and its geolocation
   * accuracy in words (read by {@link PrecisionScale}'s words; its codes are UCDP's, which it does not write).
   */
  AIRWARS("Airwars", List.of("belligerent", "killed_min", "killed_max"), PrecisionScale.UCDP, Map.ofEntries(
      Map.entry(Field.ID, "code"), Map.entry(Field.DATE_START, "date"), Map.entry(Field.DATE_END, "date"),
      Map.entry(Field.PLACE, "location"), Map.entry(Field.ADMIN1, "province"), Map.entry(Field.COUNTRY, "country"),
      Map.entry(Field.LATITUDE, "latitude"), Map.entry(Field.LONGITUDE, "longitude"),
      Map.entry(Field.PRECISION, "geolocation_accuracy"), Map.entry(Field.SIDE_A, "belligerent"),
      Map.entry(Field.LOW, "killed_min"), Map.entry(Field.HIGH, "killed_max"),
      Map.entry(Field.CIVILIANS, "killed_max"))),
  /** A VDC-style export with one row per victim: grouped into one record per day, area and cause. */
  VDC("VDC", List.of("name", "status", "province", "area", "date_of_death", "cause"), PrecisionScale.UCDP,
      Map.ofEntries(
      Map.entry(Field.DATE_START, "date_of_death"), Map.entry(Field.PLACE, "area"),
      Map.entry(Field.ADMIN1, "province"), Map.entry(Field.SIDE_A, "actors")));

  private final String source;
  private final List<String> signature;
  private final PrecisionScale precision;
  private final Map<Field, String> columns;

  ReferenceFormat(String source, List<String> signature, PrecisionScale precision, Map<Field, String> columns) {
    this.source = source;
    this.signature = signature;
    this.precision = precision;
    this.columns = new EnumMap<>(columns);
  }

  /** How this format writes its place precision (a mapped file's: UCDP's codes, or words). */
  PrecisionScale precision() {
    return precision;
  }

  /** Whose deaths its figures count: Airwars counts civilians only. */
  CountedDeaths counts() {
    return this == AIRWARS ? CountedDeaths.CIVILIANS : CountedDeaths.ALL;
  }

  /** The name reasons give the dataset ("UCDP GED"). */
  String source() {
    return source;
  }

  ColumnMap columns() {
    return new ColumnMap(columns);
  }

  /** The format whose signature columns the header has (names as {@link ReferenceReader#key} folds them). */
  static Optional<ReferenceFormat> of(Set<String> header) {
    for (ReferenceFormat f : values()) {
      if (header.containsAll(f.signature)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
