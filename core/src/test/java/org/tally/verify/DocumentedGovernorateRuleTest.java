package org.tally.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.verify.VerifyFixtures.RULES;
import static org.tally.verify.VerifyFixtures.record;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.event.MainIncident;
import org.tally.link.ClaimRef;
import org.tally.model.Claim;
import org.tally.model.ClaimPlace;
import org.tally.model.ClaimSection;
import org.tally.model.ClaimTime;
import org.tally.model.Count;
import org.tally.model.Harm;
import org.tally.model.PlacePrecision;
import org.tally.model.Scope;
import org.tally.model.Span;
import org.tally.model.Stance;
import org.tally.model.Victims;

/**
 * Issue 14: a governorate's toll clearly above all the records of its governorate on its days contradicts the article
 * when those records hold at least documented_deaths (25): the governorate's days are documented, and an event that
 * large would be among them. Near misses: records too thin to show that, a toll of many days, a region's toll, and a
 * toll above the records but not clearly.
 */
class DocumentedGovernorateRuleTest {
  private static final ClaimPlace HASAKAH = new ClaimPlace("in Hasakah province", "Al-Hasakah", "Al-Hasakah", "SY",
      null, null, PlacePrecision.GOVERNORATE, new Span(20, 39));
  private static final ClaimPlace NORTH_EAST = new ClaimPlace("in north-eastern Syria", "north-eastern Syria", null,
      "SY", null, null, PlacePrecision.REGION, new Span(20, 42));

  /** Three strikes at three towns of Hasakah on one day, 10 dead each: 30 deaths documented there that day. */
  private static List<ReferenceRecord> documented() {
    return List.of(
        record("11", "2021-03-09", "Al Hasakah town", "Al Hasakah Governorate", 36.5024, 40.7477, 10, 10, 10),
        record("12", "2021-03-09", "Al Qamishli town", "Al Hasakah Governorate", 37.0522, 41.2317, 10, 10, 10),
        record("13", "2021-03-09", "Ras al Ayn town", "Al Hasakah Governorate", 36.8503, 40.0706, 10, 10, 10));
  }

  private static List<ReferenceRecord> thin() {
    return List.of(
        record("21", "2021-03-09", "Al Hasakah town", "Al Hasakah Governorate", 36.5024, 40.7477, 3, 3, 3),
        record("22", "2021-03-09", "Al Qamishli town", "Al Hasakah Governorate", 37.0522, 41.2317, 1, 1, 1));
  }

  /**
   * A thin day at Hasakah (10 deaths) between a day with the town's wedding bombing (27, the day after the report)
   * and a quiet one: 37 over the three days, 27 of them at Al Hasakah, which the toll names.
   */
  private static List<ReferenceRecord> documentedWithTheDayAfter() {
    return List.of(
        record("31", "2021-03-09", "Al Qamishli town", "Al Hasakah Governorate", 37.0522, 41.2317, 10, 10, 10),
        record("32", "2021-03-10", "Al Hasakah town", "Al Hasakah Governorate", 36.5024, 40.7477, 27, 27, 27));
  }

  /** The same deaths, the day after's at Ras al Ayn, a town the article does not name. */
  private static List<ReferenceRecord> documentedElsewhere() {
    return List.of(
        record("41", "2021-03-09", "Al Qamishli town", "Al Hasakah Governorate", 37.0522, 41.2317, 10, 10, 10),
        record("42", "2021-03-10", "Ras al Ayn town", "Al Hasakah Governorate", 36.8503, 40.0706, 27, 27, 27));
  }

  private static final ClaimPlace HASAKAH_SEAT = new ClaimPlace("in Hasakah", "Al Hasakah", "Al-Hasakah", "SY",
      36.5024, 40.7477, PlacePrecision.POINT, new Span(20, 30));

  private static DocumentVerdict verify(int n, ClaimPlace place, String from, String to,
      List<ReferenceRecord> records) {
    LocalDate start = LocalDate.parse(from);
    LocalDate end = LocalDate.parse(to);
    Claim claim = new Claim("doc", Harm.KILLED, Victims.CIVILIANS, new Count(n, n, false, new Span(10, 12)),
        Integer.toString(n), null, "outlet", place, new ClaimTime(start, end, "on Tuesday", new Span(60, 70)),
        Scope.INCIDENT, Stance.ASSERTED, null, ClaimSection.BODY, new Span(0, 80));
    ClaimRef ref = new ClaimRef("doc", 0, "outlet", end, claim, "quote");
    MainIncident main = new MainIncident(place, start, n, n, claim.evidence(), claim.count().span());
    return new Verifier(RULES, new RecordIndex(RULES, records)).verify("doc", List.of(ref), main, key -> null);
  }

  @Test
  void aGovernoratesTollFarAboveItsDocumentedDayIsContradicted() {
    DocumentVerdict v = verify(82, HASAKAH, "2021-03-09", "2021-03-09", documented());
    assertThat(v.verdict()).isEqualTo(Verdict.CONTRADICTED);
    assertThat(v.reasons()).last().asString().contains("which hold 30 deaths in its governorate on its days",
        "at least 25");
  }

  @Test
  void aGovernoratesTollAboveThinRecordsIsUnverifiedAndSaysWhy() {
    // 20 is five times the 4 recorded, not so far above them (same_event_ratio 7) that they are of other events
    DocumentVerdict v = verify(20, HASAKAH, "2021-03-09", "2021-03-09", thin());
    assertThat(v.records()).extracting(RecordGrade::grade).contains(ClaimGrade.EXCEEDS);
    assertThat(v.verdict()).isEqualTo(Verdict.UNVERIFIED);
    assertThat(v.reasons()).last().asString().contains("too wide", "hold 4 deaths, fewer than the 25");
  }

  @Test
  void aTollOfManyDaysIsNotOneEventsAndIsNotHeldToThem() {
    DocumentVerdict v = verify(82, HASAKAH, "2021-03-05", "2021-03-12", documented());
    assertThat(v.verdict()).isNotEqualTo(Verdict.CONTRADICTED);
  }

  @Test
  void aRegionsTollIsTooWideHoweverDocumentedItsDays() {
    DocumentVerdict v = verify(82, NORTH_EAST, "2021-03-09", "2021-03-09", documented());
    assertThat(v.records()).extracting(RecordGrade::grade).contains(ClaimGrade.EXCEEDS);
    assertThat(v.verdict()).isEqualTo(Verdict.UNVERIFIED);
  }

  @Test
  void aTollAboveTheDocumentedDayButNotClearlyIsNotContradicted() {
    // 40 is 1.33 times the 30 recorded: within exceeds_percent (150)
    DocumentVerdict v = verify(40, HASAKAH, "2021-03-09", "2021-03-09", documented());
    assertThat(v.verdict()).isEqualTo(Verdict.CORROBORATED);
  }

  @Test
  void aTollClearlyAboveItsDaysAndTheDaysEitherSideAtANamedPlaceIsContradicted() {
    // 82 is above the 10 of its day and the 37 of the three days; 27 of them at the town it names
    DocumentVerdict v = verify(82, HASAKAH_SEAT, "2021-03-09", "2021-03-09", documentedWithTheDayAfter());
    assertThat(v.verdict()).isEqualTo(Verdict.CONTRADICTED);
    assertThat(v.reasons()).last().asString().contains(
        "which hold 37 deaths in its governorate on its days and the days either side");
  }

  @Test
  void theDaysEitherSideShowNothingOfAPlaceTheArticleDoesNotName() {
    DocumentVerdict v = verify(82, HASAKAH_SEAT, "2021-03-09", "2021-03-09", documentedElsewhere());
    assertThat(v.verdict()).isEqualTo(Verdict.UNVERIFIED);
    assertThat(v.reasons()).last().asString().contains("too wide", "hold 10 deaths, fewer than the 25",
        "the 37 of its days and the days either side lie at no place the article names");
  }

  @Test
  void aTollNotClearlyAboveTheDaysEitherSideIsNotContradictedByThem() {
    // 50 is above the 10 of its day but not 1.5 times the 37 of the three days
    DocumentVerdict v = verify(50, HASAKAH_SEAT, "2021-03-09", "2021-03-09", documentedWithTheDayAfter());
    assertThat(v.verdict()).isNotEqualTo(Verdict.CONTRADICTED);
  }
}
