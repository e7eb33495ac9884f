package org.tally.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.verify.VerifyFixtures.RULES;
import static org.tally.verify.VerifyFixtures.governorate;
import static org.tally.verify.VerifyFixtures.record;
import static org.tally.verify.VerifyFixtures.toll;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.analysis.Analyser;
import org.tally.analysis.Analysis;
import org.tally.lexicon.Lexicons;
import org.tally.link.DaySpan;
import org.tally.model.ClaimPlace;
import org.tally.model.Document;
import org.tally.model.PlacePrecision;

/**
 * Issue 14: the records at a town or site the article names, on its toll's days, show that the records hold its
 * event, so a toll above all the records of its place and days may contradict it however wide its own place is.
 */
class NamedPlaceRuleTest {
  private static final ClaimPlace ARIHA = new ClaimPlace("Ariha", "Ariha", "Idlib", "SY", 35.81374, 36.60964,
      PlacePrecision.POINT, null);
  private static final ReferenceRecord AT_ARIHA = record("1", "2021-07-13", "Ariha town", "Idlib Governorate",
      35.81374, 36.60964, 12, 12, 12, "Government of Syria", "Syrian insurgents");
  private static final ReferenceRecord AT_SARAQIB = record("2", "2021-07-13", "Saraqib town", "Idlib Governorate",
      35.86447, 36.80591, 6, 6, 6, "Government of Syria", "Syrian insurgents");
  private final ClaimGrader grader = new ClaimGrader(RULES.settings());

  @Test
  void aGovernorateSeatNamedForItsGovernorateIsNotANamedTown() {
    ClaimPlace idlib = new ClaimPlace("Idlib", "Idlib", "Idlib", "SY", 35.93, 36.63, PlacePrecision.POINT, null);
    assertThat(NamedPlaces.of(List.of(idlib, ARIHA), RULES).places()).extracting(ClaimPlace::name)
        .containsExactly("Ariha");
  }

  @Test
  void aRecordWithinNamedPlaceKmIsAtTheTownAndOneFurtherOutIsNot() {
    NamedPlaces named = NamedPlaces.of(List.of(ARIHA), RULES);
    // 0.027 degrees of latitude is 3 km, 0.063 is 7 km: beyond named_place_km (5), though within point_km (10)
    ReferenceRecord near = record("3", "2021-07-13", "A village", "Idlib Governorate", 35.84074, 36.60964, 1, 1, 1);
    ReferenceRecord out = record("4", "2021-07-13", "A village", "Idlib Governorate", 35.87674, 36.60964, 1, 1, 1);
    assertThat(named.at(near, RULES.settings().namedPlaceKm())).get().extracting(NamedRecord::where)
        .isEqualTo("3 km from Ariha");
    assertThat(named.at(out, RULES.settings().namedPlaceKm())).isEmpty();
    assertThat(named.at(AT_ARIHA, RULES.settings().namedPlaceKm())).get().extracting(NamedRecord::where)
        .isEqualTo("at Ariha");
  }

  @Test
  void aTollAboveAllTheRecordsOfItsDaysWithOneAtANamedTownIsHeldToThem() {
    Toll toll = toll("57", 57, 57, governorate("Idlib"), "2021-07-13", null);
    assertThat(grader.exceedsAtNamedPlace(toll, List.of(AT_ARIHA, AT_SARAQIB), List.of(AT_ARIHA))).isTrue();
  }

  @Test
  void aTollThatAllTheRecordsTogetherBearOutIsNotHeldToTheNamedTownAlone() {
    // 25 is clearly above Ariha's 12, but within exceeds_percent of the 18 that Idlib's records of the day hold
    Toll toll = toll("25", 25, 25, governorate("Idlib"), "2021-07-13", null);
    assertThat(grader.exceedsAtNamedPlace(toll, List.of(AT_ARIHA, AT_SARAQIB), List.of(AT_ARIHA))).isFalse();
    assertThat(grader.exceeds(25, 12)).isTrue();
  }

  @Test
  void aWeeksTollIsNotHeldToOneDaysRecordsAtANamedTown() {
    Toll week = toll("57", 57, 57, governorate("Idlib"), "2021-07-07", "2021-07-13", null);
    assertThat(grader.exceedsAtNamedPlace(week, List.of(AT_ARIHA, AT_SARAQIB), List.of(AT_ARIHA))).isFalse();
  }

  @Test
  void aTollWhoseTextStatesNeitherItsDayNorItsPlaceIsNotHeldToThem() {
    LocalDate d = LocalDate.parse("2021-07-13");
    Toll unstated = new Toll("doc", 0, "57", 57, 57, false, governorate("Idlib"), new DaySpan(d, d), false, null);
    assertThat(grader.exceedsAtNamedPlace(unstated, List.of(AT_ARIHA, AT_SARAQIB), List.of(AT_ARIHA))).isFalse();
  }

  @Test
  void withoutARecordAtANamedTownNothingIsHeld() {
    Toll toll = toll("57", 57, 57, governorate("Idlib"), "2021-07-13", null);
    assertThat(grader.exceedsAtNamedPlace(toll, List.of(AT_ARIHA, AT_SARAQIB), List.of())).isFalse();
  }

  @Test
  void theFinderReadsATownFromASentenceWithoutACount() throws IOException {
    String text;
    try (InputStream in = NamedPlaceRuleTest.class.getResourceAsStream("named-place/ariha-strike.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Analysis analysis = Analyser.from(Lexicons.bundled()).analyse(new Document("ariha", "ariha-strike.txt", text, null));
    NamedPlaces named = NamedPlaceFinder.from(Lexicons.bundled()).find(analysis);
    assertThat(named.places()).extracting(ClaimPlace::name).contains("Ariha").doesNotContain("Idlib");
    assertThat(analysis.claims()).allSatisfy(c -> assertThat(c.evidence().text(text)).doesNotContain("Ariha"));
  }
}
