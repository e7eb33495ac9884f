package org.tally.verify;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.tally.model.PlacePrecision;
import org.tally.resolve.place.Gazetteer;
import org.tally.resolve.place.GazetteerEntry;
import org.tally.resolve.place.PlaceKind;

/**
 * Puts a record's place words on the gazetteer, so that records and claims name governorates alike: "Deir ez Zor
 * Governorate" is the gazetteer's "Deir ez-Zor", "Syria" is SY, and a record with only a place name (VDC's area,
 * an Airwars location) gets the governorate, and the point, the gazetteer knows for it. Names seen once are
 * remembered, since a dataset repeats a few dozen governorate names thousands of times. Thread-safe.
 */
public final class RecordPlacer {
  private static final List<String> DIVISION_WORDS = List.of(" governorate", " province", " muhafazat", " mohafazat");

  private final Gazetteer gazetteer;
  private final Map<String, Optional<String>> countries = new ConcurrentHashMap<>();
  private final Map<String, Optional<String>> admin1s = new ConcurrentHashMap<>();
  private final Map<String, Optional<GazetteerEntry>> named = new ConcurrentHashMap<>();

  public RecordPlacer(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The place of a record that writes no subdistrict (UCDP GED, Airwars, VDC). */
  public RecordPlace place(String name, String admin1, String admin2, String country, Double lat, Double lon,
      PlacePrecision precision) {
    return place(name, admin1, admin2, null, country, lat, lon, precision);
  }

  /**
   * The record's place with the gazetteer's country code and governorate spelling. {@code precision} null: a point
   * where coordinates are given, else the governorate or country the words reach.
   */
  public RecordPlace place(String name, String admin1, String admin2, String admin3, String country, Double lat,
      Double lon,
      PlacePrecision precision) {
    String iso = country == null ? null : countryCode(country).orElse(null);
    String division = admin1 == null ? null : admin1Name(admin1, iso).orElse(stripDivision(admin1));
    if (name != null && (division == null || lat == null)) {
      Optional<GazetteerEntry> entry = entry(name, iso);
      if (entry.isPresent()) {
        GazetteerEntry e = entry.get();
        if (division == null) {
          division = e.kind() == PlaceKind.ADMIN1 ? e.name() : e.admin1();
        }
        if (iso == null) {
          iso = e.country();
        }
        if (lat == null && e.lat() != null && e.kind().isPoint()) {
          lat = e.lat();
          lon = e.lon();
          if (precision == null) {
            precision = PlacePrecision.POINT;
          }
        }
        if (precision == null) {
          precision = e.kind().precision();
        }
      }
    }
    if (precision == null) {
      precision = lat != null ? PlacePrecision.POINT
          : division != null ? PlacePrecision.GOVERNORATE : PlacePrecision.COUNTRY;
    }
    return new RecordPlace(name, division, admin2, admin3, iso, lat, lon, precision);
  }

  private Optional<String> countryCode(String written) {
    String w = written.strip();
    if (w.length() == 2 && w.equals(w.toUpperCase(Locale.ROOT))) {
      return Optional.of(w);
    }
    return countries.computeIfAbsent(w, k -> gazetteer.entries(k).stream()
        .filter(e -> e.kind() == PlaceKind.COUNTRY).map(GazetteerEntry::country).findFirst());
  }

  private Optional<String> admin1Name(String written, String country) {
    return admin1s.computeIfAbsent(written + "\u0000" + country, k -> gazetteer.entries(stripDivision(written))
        .stream()
        .filter(e -> e.kind() == PlaceKind.ADMIN1 && (country == null || e.country().equals(country)))
        .map(GazetteerEntry::name)
        .findFirst());
  }

  private Optional<GazetteerEntry> entry(String name, String country) {
    return named.computeIfAbsent(name + "\u0000" + country, k -> gazetteer.entries(name).stream()
        .filter(e -> country == null || e.country().equals(country))
        .filter(e -> e.kind() != PlaceKind.COUNTRY)
        .max(Comparator.comparing((GazetteerEntry e) -> e.kind() == PlaceKind.ADMIN1)
            .thenComparingLong(GazetteerEntry::population)));
  }

  /** "Deir ez Zor Governorate" is "Deir ez Zor": the gazetteer lists divisions without the word. */
  static String stripDivision(String admin1) {
    String a = admin1.strip();
    String lower = a.toLowerCase(Locale.ROOT);
    for (String word : DIVISION_WORDS) {
      if (lower.endsWith(word)) {
        return a.substring(0, a.length() - word.length()).strip();
      }
    }
    return a;
  }
}
