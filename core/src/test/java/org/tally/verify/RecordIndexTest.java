package org.tally.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.verify.VerifyFixtures.RULES;
import static org.tally.verify.VerifyFixtures.governorate;
import static org.tally.verify.VerifyFixtures.near;
import static org.tally.verify.VerifyFixtures.record;
import static org.tally.verify.VerifyFixtures.region;
import static org.tally.verify.VerifyFixtures.thurdah;
import static org.tally.verify.VerifyFixtures.toll;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecordIndexTest {
  private static final double AIRPORT_LAT = 35.33588;
  private static final double AIRPORT_LON = 40.14084;

  private static List<String> ids(List<ReferenceRecord> records) {
    return records.stream().map(ReferenceRecord::id).toList();
  }

  @Test
  void ucdpGovernorateWordsArePutOnTheGazetteersSpelling() {
    assertThat(thurdah().place().admin1()).isEqualTo("Deir ez-Zor");
    assertThat(thurdah().place().country()).isEqualTo("SY");
  }

  @Test
  void nearTheAirportMatchesAPointNineKilometresAway() {
    RecordIndex index = new RecordIndex(RULES, List.of(thurdah()));
    Toll t = toll("62", 62, 62, near("Deir ez-Zor airport", "Deir ez-Zor", AIRPORT_LAT, AIRPORT_LON), "2016-09-17",
        "us-led-coalition");
    assertThat(ids(index.matches(t))).containsExactly("227936");
  }

  @Test
  void aPointFarAwayInTheSameGovernorateDoesNotMatchANearPointClaim() {
    ReferenceRecord abuKamal = record("9", "2016-09-17", "Abu Kamal", "Deir ez Zor Governorate", 34.4506, 40.9171,
        5, 5, 5);
    RecordIndex index = new RecordIndex(RULES, List.of(abuKamal));
    Toll t = toll("62", 62, 62, near("Deir ez-Zor airport", "Deir ez-Zor", AIRPORT_LAT, AIRPORT_LON), "2016-09-17",
        null);
    assertThat(index.matches(t)).isEmpty();
  }

  @Test
  void aDaysSlackEitherSideAndNoMore() {
    RecordIndex index = new RecordIndex(RULES, List.of(thurdah()));
    assertThat(index.matches(toll("62", 62, 62, governorate("Deir ez-Zor"), "2016-09-18", null))).hasSize(1);
    assertThat(index.matches(toll("62", 62, 62, governorate("Deir ez-Zor"), "2016-09-16", null))).hasSize(1);
    assertThat(index.matches(toll("62", 62, 62, governorate("Deir ez-Zor"), "2016-09-19", null))).isEmpty();
  }

  @Test
  void anotherGovernorateNeverMatches() {
    RecordIndex index = new RecordIndex(RULES, List.of(thurdah()));
    assertThat(index.matches(toll("62", 62, 62, governorate("Idlib"), "2016-09-17", null))).isEmpty();
  }

  @Test
  void aRegionMatchesTheGovernoratesItCoversAtItsCoarserPrecision() {
    RecordIndex index = new RecordIndex(RULES, List.of(thurdah()));
    assertThat(index.matches(toll("over 80", 81, null, region("eastern Syria"), "2016-09-01", "2016-09-30",
        "us-led-coalition"))).hasSize(1);
    assertThat(index.matches(toll("over 80", 81, null, region("southern Syria"), "2016-09-01", "2016-09-30",
        null))).isEmpty();
  }

  @Test
  void sidesThatOnlyLookDifferentDoNotExcludeTheCoalition() {
    // UCDP codes coalition strikes in Syria under "Government of Iraq - IS"
    RecordIndex index = new RecordIndex(RULES, List.of(thurdah()));
    assertThat(index.matches(toll("62", 62, 62, governorate("Deir ez-Zor"), "2016-09-17", "united-states")))
        .hasSize(1);
  }

  @Test
  void sidesThatAreAllKnownAndOtherExcludeAPerpetrator() {
    ReferenceRecord isAttack = record("5", "2016-09-17", "Mayadin", "Deir ez Zor Governorate", null, null, 10, 10,
        10, "IS", "Civilians");
    RecordIndex index = new RecordIndex(RULES, List.of(isAttack));
    assertThat(index.matches(toll("10", 10, 10, governorate("Deir ez-Zor"), "2016-09-17", "russia"))).isEmpty();
    assertThat(index.matches(toll("10", 10, 10, governorate("Deir ez-Zor"), "2016-09-17", "isis"))).hasSize(1);
    assertThat(index.matches(toll("10", 10, 10, governorate("Deir ez-Zor"), "2016-09-17", null))).hasSize(1);
  }

  @Test
  void aSideNotListedNeverExcludes() {
    ReferenceRecord odd = record("6", "2016-09-17", "Mayadin", "Deir ez Zor Governorate", null, null, 10, 10, 10,
        "Some Brigade Nobody Listed", "IS");
    RecordIndex index = new RecordIndex(RULES, List.of(odd));
    assertThat(index.matches(toll("10", 10, 10, governorate("Deir ez-Zor"), "2016-09-17", "russia"))).hasSize(1);
  }

  @Test
  void aClaimSpanningMoreThanAMonthIsNotMatched() {
    RecordIndex index = new RecordIndex(RULES, List.of(thurdah()));
    assertThat(index.matches(toll("300", 300, 300, governorate("Deir ez-Zor"), "2016-01-01", "2016-12-31", null)))
        .isEmpty();
  }

  @Test
  void damascusAndItsCountrysideAreOneArea() {
    ReferenceRecord douma = record("7", "2018-04-07", "Douma", "Rif Dimashq Governorate", null, null, 40, 43, 50);
    RecordIndex index = new RecordIndex(RULES, List.of(douma));
    assertThat(index.matches(toll("42", 42, 42, governorate("Damascus"), "2018-04-07", null))).hasSize(1);
  }

  @Test
  void aRecordWithOnlyAPlaceNameIsPlacedThroughTheGazetteer() {
    RecordPlace place = VerifyFixtures.PLACER.place("Manbij", null, null, "SY", null, null, null);
    assertThat(place.admin1()).isEqualTo("Aleppo");
    assertThat(place.lat()).isNotNull();
  }

  @Test
  void coverageSpansEachSourcesRecords() {
    RecordIndex index = new RecordIndex(RULES, List.of(thurdah(),
        record("8", "2017-01-02", "Mayadin", "Deir ez Zor Governorate", null, null, 1, 1, 1)));
    assertThat(index.coverage().get("UCDP GED").start()).hasToString("2016-09-17");
    assertThat(index.coverage().get("UCDP GED").end()).hasToString("2017-01-02");
  }
}
