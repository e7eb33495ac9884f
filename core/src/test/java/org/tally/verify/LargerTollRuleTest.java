package org.tally.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.verify.VerifyFixtures.PLACER;
import static org.tally.verify.VerifyFixtures.RULES;
import static org.tally.verify.VerifyFixtures.governorate;
import static org.tally.verify.VerifyFixtures.record;
import static org.tally.verify.VerifyFixtures.toll;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.link.DaySpan;
import org.tally.model.ClaimPlace;
import org.tally.model.PlacePrecision;

/**
 * Issue 14: an article whose main toll the records bear out, but whose larger toll of the same place and time (the
 * same records) is clearly above them, is contradicted: "10 killed in the strike on the market" beside "52 killed in
 * the town that day", against records of 10 there, tells a figure the records do not hold. Near misses: a larger toll
 * not clearly above the main one (the same count, updated), a larger toll of another place (other records: mixed, as
 * before), a larger toll of another day, a day's total that the many small records of an ACLED-like export add up to,
 * an early low report (the main toll under the records), and a record of several days (UCDP-like, aggregated) that
 * holds the larger toll.
 */
class LargerTollRuleTest {
  private static final String DAY = "2021-03-09";
  private static final String[] SIDES = {"Government of Syria", "Syrian insurgents"};
  private static final ClaimPlace TOWN_PLACE = new ClaimPlace("Maarat al-Numaan", "Maarat al-Numaan", "Idlib", "SY",
      35.6433, 36.6717, PlacePrecision.POINT, null);
  private static final ClaimPlace DARAA_PLACE = new ClaimPlace("Daraa", "Daraa", "Daraa", "SY", 32.6189, 36.1021,
      PlacePrecision.POINT, null);
  private static final ReferenceRecord TOWN = record("21", DAY, "Maarat al-Numaan town", "Idlib Governorate",
      35.6433, 36.6717, 10, 10, 10, SIDES);
  private static final ReferenceRecord DARAA = record("22", DAY, "Daraa town", "Daraa Governorate", 32.6189,
      36.1021, 3, 3, 3, SIDES);

  private final VerdictRule rule = new VerdictRule(RULES);

  private static Toll atTown(int min, Integer max) {
    return toll(min == (max == null ? -1 : max) ? Integer.toString(min) : "at least " + min, min, max, TOWN_PLACE,
        DAY, null);
  }

  private VerdictRule.Decision decide(List<ReferenceRecord> records, Toll main, Toll... others) {
    Verifier verifier = new Verifier(RULES, new RecordIndex(RULES, records));
    List<TollCheck> checks = new ArrayList<>();
    for (Toll t : others) {
      checks.add(verifier.check(t));
    }
    return rule.decide(verifier.check(main), checks, OutletView.NONE);
  }

  @Test
  void aLargerTollOfTheSameRecordsClearlyAboveThemContradictsTheArticle() {
    VerdictRule.Decision d = decide(List.of(TOWN, DARAA), atTown(10, 10), atTown(52, 52));
    assertThat(d.verdict()).isEqualTo(Verdict.CONTRADICTED);
    assertThat(d.reason()).contains("larger toll of its main incident's place and time (52 killed",
        "UCDP GED 21 records 10", "only its smaller main toll (10)");
  }

  @Test
  void aLargerTollNotClearlyAboveTheMainOneLeavesItMixed() {
    // near miss: 33 exceeds the record's 20 but is not more than 1.5 times the main toll's 22: the same count, updated
    ReferenceRecord twenty = record("23", DAY, "Maarat al-Numaan town", "Idlib Governorate", 35.6433, 36.6717, 20,
        20, 20, SIDES);
    VerdictRule.Decision d = decide(List.of(twenty), atTown(22, 22), atTown(33, 33));
    assertThat(d.verdict()).isEqualTo(Verdict.MIXED);
    // 34 is clearly above both
    assertThat(decide(List.of(twenty), atTown(22, 22), atTown(34, 34)).verdict()).isEqualTo(Verdict.CONTRADICTED);
  }

  @Test
  void aLargerTollOfAnotherPlaceLeavesItMixed() {
    // near miss: 18 killed in Daraa exceeds Daraa's record of 3 and is clearly above the main toll, but those are other
    // records than the main toll's
    Toll daraa = toll("18", 18, 18, DARAA_PLACE, DAY, null);
    VerdictRule.Decision d = decide(List.of(TOWN, DARAA), atTown(10, 10), daraa);
    assertThat(d.verdict()).isEqualTo(Verdict.MIXED);
    assertThat(d.reason()).contains("another toll (18 killed");
  }

  @Test
  void aDaysTotalThatManySmallRecordsAddUpToIsBorneOut() {
    // near miss, ACLED-like: the town's day is many small events; "10 killed in the strike on the market" is one of
    // them and "24 killed in the town that day" their total
    List<ReferenceRecord> town = List.of(acled("SYR101", 35.6433, 36.6717, 10), acled("SYR102", 35.6480, 36.6650, 4),
        acled("SYR103", 35.6390, 36.6760, 3), acled("SYR104", 35.6450, 36.6800, 4), acled("SYR105", 35.6400, 36.6700,
            2));
    assertThat(decide(town, atTown(10, 10), atTown(24, 24)).verdict()).isEqualTo(Verdict.CORROBORATED);
    // and across the governorate: "45 killed in Idlib province" that day is the day's total of its small events
    List<ReferenceRecord> province = new ArrayList<>(town);
    double[][] points = {{35.93, 36.63}, {35.86, 36.80}, {35.80, 36.45}, {36.00, 36.50}, {35.70, 36.40}};
    int[] fatalities = {5, 4, 5, 4, 4};
    for (int i = 0; i < points.length; i++) {
      province.add(acled("SYR" + (110 + i), points[i][0], points[i][1], fatalities[i]));
    }
    Toll idlib = toll("45", 45, 45, governorate("Idlib"), DAY, null);
    assertThat(decide(province, atTown(10, 10), idlib).verdict()).isEqualTo(Verdict.CORROBORATED);
    // a town toll five times the town's day total is not
    assertThat(decide(town, atTown(10, 10), atTown(117, 117)).verdict()).isEqualTo(Verdict.CONTRADICTED);
  }

  @Test
  void anEarlyLowReportIsNotContradicted() {
    // near miss: both tolls under the record's 10, as first reports are
    assertThat(decide(List.of(TOWN), atTown(3, 3), atTown(7, 7)).verdict()).isEqualTo(Verdict.CORROBORATED);
    // a main toll under the records is an early or partial count: they hold more than it, and the article's larger
    // figure above them leaves it mixed, not contradicted
    assertThat(decide(List.of(TOWN), atTown(3, 3), atTown(52, 52)).verdict()).isEqualTo(Verdict.MIXED);
  }

  @Test
  void aLargerTollOfAnotherDayLeavesItMixed() {
    // near miss: 52 killed in the town the next day is matched with the day's record (a day's slack), but it is not
    // the main toll's day
    Toll nextDay = toll("52", 52, 52, TOWN_PLACE, LocalDate.parse(DAY).plusDays(1).toString(), null);
    assertThat(decide(List.of(TOWN), atTown(10, 10), nextDay).verdict()).isEqualTo(Verdict.MIXED);
  }

  @Test
  void anAggregatedRecordOfSeveralDaysThatHoldsTheLargerTollBearsItOut() {
    // near miss, UCDP-like: one record of the town's three days holds 60; the larger toll is under it
    LocalDate first = LocalDate.parse(DAY).minusDays(1);
    ReferenceRecord days = new ReferenceRecord("UCDP GED", "24", new DaySpan(first, first.plusDays(2)),
        PLACER.place("Maarat al-Numaan town", "Idlib Governorate", null, "Syria", 35.6433, 36.6717,
            PlacePrecision.POINT), List.of(SIDES), 10, 60, 60, null);
    assertThat(decide(List.of(days), atTown(10, 10), atTown(52, 52)).verdict()).isEqualTo(Verdict.CORROBORATED);
  }

  /** An ACLED-like record: one small event at a point, its fatalities its only figure. */
  private static ReferenceRecord acled(String id, double lat, double lon, int fatalities) {
    LocalDate d = LocalDate.parse(DAY);
    return new ReferenceRecord("ACLED", id, new DaySpan(d, d),
        PLACER.place("Idlib", "Idlib", null, "Syria", lat, lon, PlacePrecision.POINT), List.of(SIDES), fatalities,
        fatalities, fatalities, null);
  }
}
