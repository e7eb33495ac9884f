package org.tally.app.reference;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tally.model.PlacePrecision;

/**
 * How a reference format writes how exactly it knows an event's place, read as Tally's {@link PlacePrecision}. Each
 * dataset has its own codebook: UCDP's where_prec counts 1 (the point) to 7 (international waters); ACLED's
 * geo_precision counts 1 (the town itself) to 3 (a larger region, its provincial capital's point standing in);
 * Airwars writes words ("Village/town", "Subdistrict/district", "Province/governorate"). A point that stands in for a
 * wider place is no evidence that the event was there: a record of precision coarser than a point is matched at its
 * precision, by its governorate or by a wider distance.
 */
enum PrecisionScale {
  /** UCDP GED's where_prec: 1 the point, 2 within 25 km, 3 the district, 4 the governorate, 5 part of the country. */
  UCDP(Map.of("1", PlacePrecision.POINT, "2", PlacePrecision.NEAR_POINT, "3", PlacePrecision.DISTRICT,
      "4", PlacePrecision.GOVERNORATE, "5", PlacePrecision.REGION, "6", PlacePrecision.COUNTRY,
      "7", PlacePrecision.COUNTRIES)),
  /**
   * ACLED's geo_precision: 1 the town named; 2 near a town, or a small part of a region (the nearest town's point);
   * 3 a larger region (a natural place or the provincial capital standing in).
   */
  ACLED(Map.of("1", PlacePrecision.POINT, "2", PlacePrecision.NEAR_POINT, "3", PlacePrecision.GOVERNORATE));

  /**
   * Words an export writes for its precision (Airwars' geolocation accuracy), first match in order: a province
   * before its districts, a subdistrict before a village ("Subdistrict/district" is a district).
   */
  private static final List<Map.Entry<String, PlacePrecision>> WORDS = List.of(
      Map.entry("countr", PlacePrecision.COUNTRY),
      Map.entry("province", PlacePrecision.GOVERNORATE),
      Map.entry("governorate", PlacePrecision.GOVERNORATE),
      Map.entry("district", PlacePrecision.DISTRICT),
      Map.entry("landmark", PlacePrecision.NEAR_POINT),
      Map.entry("exact", PlacePrecision.POINT),
      Map.entry("radius", PlacePrecision.POINT),
      Map.entry("neighbourhood", PlacePrecision.POINT),
      Map.entry("neighborhood", PlacePrecision.POINT),
      Map.entry("village", PlacePrecision.POINT),
      Map.entry("town", PlacePrecision.POINT),
      Map.entry("city", PlacePrecision.POINT));

  private final Map<String, PlacePrecision> codes;

  PrecisionScale(Map<String, PlacePrecision> codes) {
    this.codes = codes;
  }

  /**
   * The precision written, or null when it says nothing this scale or the words know: the record's point, or the
   * governorate its words reach, then stands ({@link org.tally.verify.RecordPlacer}).
   */
  PlacePrecision read(String written) {
    if (written == null) {
      return null;
    }
    String w = written.strip().toLowerCase(Locale.ROOT);
    PlacePrecision coded = codes.get(w.endsWith(".0") ? w.substring(0, w.length() - 2) : w);
    if (coded != null) {
      return coded;
    }
    for (Map.Entry<String, PlacePrecision> e : WORDS) {
      if (w.contains(e.getKey())) {
        return e.getValue();
      }
    }
    return null;
  }
}
