package org.tally.verify;

import java.time.LocalDate;
import java.util.List;
import org.tally.lexicon.Lexicons;
import org.tally.link.DaySpan;
import org.tally.model.ClaimPlace;
import org.tally.model.PlacePrecision;

/** Small tolls and records for the verify tests, placed as the bundled gazetteer places them. */
final class VerifyFixtures {
  static final VerifyRules RULES = VerifyRules.from(Lexicons.bundled());
  static final RecordPlacer PLACER = new RecordPlacer(RULES.gazetteer());

  private VerifyFixtures() {}

  static ClaimPlace near(String name, String admin1, double lat, double lon) {
    return new ClaimPlace(name, name, admin1, "SY", lat, lon, PlacePrecision.NEAR_POINT, null);
  }

  static ClaimPlace governorate(String admin1) {
    return new ClaimPlace(admin1, admin1, admin1, "SY", null, null, PlacePrecision.GOVERNORATE, null);
  }

  static ClaimPlace region(String name) {
    return new ClaimPlace(name, name, null, "SY", null, null, PlacePrecision.REGION, null);
  }

  static Toll toll(String words, Integer min, Integer max, ClaimPlace place, String day, String perpetrator) {
    LocalDate d = LocalDate.parse(day);
    return new Toll("doc", 0, words, min, max, false, place, new DaySpan(d, d), true, perpetrator);
  }

  static Toll toll(String words, Integer min, Integer max, ClaimPlace place, String from, String to,
      String perpetrator) {
    return new Toll("doc", 0, words, min, max, false, place,
        new DaySpan(LocalDate.parse(from), LocalDate.parse(to)), true, perpetrator);
  }

  /** A UCDP-style record: place words as the dataset writes them, put on the gazetteer. */
  static ReferenceRecord record(String id, String day, String name, String admin1, Double lat, Double lon,
      int low, int best, int high, String... sides) {
    LocalDate d = LocalDate.parse(day);
    return new ReferenceRecord("UCDP GED", id, new DaySpan(d, d),
        PLACER.place(name, admin1, null, "Syria", lat, lon, lat == null ? null : PlacePrecision.POINT),
        List.of(sides), low, best, high, null);
  }

  static ReferenceRecord thurdah() {
    return record("227936", "2016-09-17", "Jabal Thurdah", "Deir ez Zor Governorate", 35.256571, 40.114747, 90, 90,
        90, "Government of Iraq", "IS");
  }
}
