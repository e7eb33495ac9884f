package org.tally.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.verify.VerifyFixtures.RULES;
import static org.tally.verify.VerifyFixtures.governorate;
import static org.tally.verify.VerifyFixtures.near;
import static org.tally.verify.VerifyFixtures.record;
import static org.tally.verify.VerifyFixtures.toll;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.model.ClaimPlace;
import org.tally.model.PlacePrecision;

/**
 * Issue 14, a monitor's incident report against precise records: the report puts its toll in a part of a governorate
 * ("the northern countryside of Daraa") or near a town, states its day, and names the town; the record at that town on
 * that day is its event. The other records of the governorate and of the days either side, added up, or one of them a
 * day off at another place, must not bear out a toll five times its event's. Near misses: a governorate's toll, two
 * named towns, and a toll whose text states no single day.
 */
class NamedTownDayRuleTest {
  private static final ClaimPlace NORTH_DARAA = new ClaimPlace("northern countryside of Daraa",
      "northern Daraa countryside", "Daraa", "SY", null, null, PlacePrecision.REGION, null);
  private static final ReferenceRecord JASIM = record("1", "2022-02-16", "Jasim", "Daraa", 32.99125, 36.06093, 1, 1,
      1, "Unidentified Armed Group (Syria)", "Civilians (Syria)");
  private static final ReferenceRecord YADUDAH_NEXT_DAY = record("2", "2022-02-17", "Al Yadudah", "Daraa", 32.68,
      36.05, 3, 3, 3, "Unidentified Armed Group (Syria)", "Civilians (Syria)");
  private static final ReferenceRecord BUSRA = record("3", "2022-02-16", "Busra al-Sham", "Daraa", 32.52, 36.48, 3, 3,
      3, "Military Forces of Syria (2000-)", "Civilians (Syria)");
  private static final List<ReferenceRecord> DARAA = List.of(JASIM, YADUDAH_NEXT_DAY, BUSRA);

  private final ClaimGrader grader = new ClaimGrader(RULES.settings());

  @Test
  void aCountrysideTollOfItsStatedDayIsHeldToTheRecordAtTheTownItNames() {
    Toll seven = toll("7", 7, 7, NORTH_DARAA, "2022-02-16", null);
    // the three records hold 7 together, which bears out 7; the named town's record of the day holds 1
    assertThat(grader.grade(seven, DARAA)).isEqualTo(ClaimGrade.CORROBORATED);
    assertThat(grader.exceedsAtNamedPlace(seven, DARAA, List.of(JASIM))).isTrue();
  }

  @Test
  void aGovernoratesTollIsNotItsNamedTownsEvent() {
    // "7 killed in Daraa province" is as likely the day's total, of which Jasim's is one part
    Toll seven = toll("7", 7, 7, governorate("Daraa"), "2022-02-16", null);
    assertThat(grader.exceedsAtNamedPlace(seven, DARAA, List.of(JASIM))).isFalse();
  }

  @Test
  void twoNamedTownsOfTheDayLeaveItsEventOpen() {
    Toll seven = toll("7", 7, 7, NORTH_DARAA, "2022-02-16", null);
    ReferenceRecord tafas = record("4", "2022-02-16", "Tafas", "Daraa", 32.73709, 36.06654, 1, 1, 1,
        "Unidentified Armed Group (Syria)", "Civilians (Syria)");
    assertThat(grader.exceedsAtNamedPlace(seven, List.of(JASIM, tafas, YADUDAH_NEXT_DAY, BUSRA),
        List.of(JASIM, tafas))).isFalse();
  }

  @Test
  void aRecordOfTheNextDayAtAnotherPlaceDoesNotBearOutATollOfTheDayItStatesNearTheNamedTown() {
    ClaimPlace nearSukhnah = near("As Sukhnah", "Homs", 34.88533, 38.8711);
    ReferenceRecord sukhnah = record("5", "2023-04-15", "As Sukhnah", "Homs", 34.88533, 38.8711, 4, 4, 4,
        "Islamic State (Syria)", "Civilians (Syria)");
    ReferenceRecord buwaybNextDay = record("6", "2023-04-16", "Wadi al Buwayb", "Homs", 34.9722, 39.0797, 22, 22, 22,
        "SDF: Syrian Democratic Forces", "Islamic State (Syria)");
    List<ReferenceRecord> both = List.of(sukhnah, buwaybNextDay);
    assertThat(grader.exceedsAtNamedPlace(toll("22", 22, 22, nearSukhnah, "2023-04-15", null), both,
        List.of(sukhnah))).isTrue();
    // a toll of two days ("on Saturday and Sunday") may be the record of the next day's
    assertThat(grader.exceedsAtNamedPlace(toll("22", 22, 22, nearSukhnah, "2023-04-15", "2023-04-16", null), both,
        List.of(sukhnah))).isFalse();
  }

  @Test
  void aCountrysideTollWhoseSentenceStatesItsPlaceButNotItsDayIsHeldToTheNamedTownOfTheReportsDays() {
    // "a car bomb exploded in Al-Bab in the northern countryside of Aleppo on Sunday … SOHR sources said six people
    // were killed": the toll's own sentence gives no day, so it is dated by its report (Sunday and the day before)
    ClaimPlace northAleppo = new ClaimPlace("northern countryside of Aleppo", "northern Aleppo countryside", "Aleppo",
        "SY", null, null, PlacePrecision.REGION, new org.tally.model.Span(40, 70));
    ReferenceRecord alBab = record("7", "2022-07-03", "Al Bab", "Aleppo", 36.3705, 37.5157, 6, 6, 6,
        "Unidentified Armed Group (Syria)", "Civilians (Syria)");
    ReferenceRecord sabiqiyah = record("8", "2022-07-03", "Sabiqiyah", "Aleppo", 36.0608, 37.0994, 22, 22, 22,
        "Military Forces of Turkey (2016-)", "SDF: Syrian Democratic Forces");
    ReferenceRecord kafrJum = record("9", "2022-07-03", "Kafr Jum", "Aleppo", 36.1113, 36.9566, 2, 2, 2,
        "Hayat Tahrir al-Sham", "Military Forces of Syria (2000-)");
    java.time.LocalDate sat = java.time.LocalDate.parse("2022-07-02");
    java.time.LocalDate sun = java.time.LocalDate.parse("2022-07-03");
    Toll undated = new Toll("doc", -1, "32", 32, 32, false, northAleppo, new org.tally.link.DaySpan(sat, sun), false,
        null);
    List<ReferenceRecord> all = List.of(alBab, sabiqiyah, kafrJum);
    // the governorate's records of the day hold 30, which bear out 32; Al-Bab's hold 6
    assertThat(grader.grade(undated, all)).isEqualTo(ClaimGrade.CORROBORATED);
    assertThat(grader.exceedsAtNamedPlace(undated, all, List.of(alBab))).isTrue();
    // the published six is borne out by Al-Bab's record
    Toll six = new Toll("doc", -1, "six", 6, 6, false, northAleppo, new org.tally.link.DaySpan(sat, sun), false, null);
    assertThat(grader.exceedsAtNamedPlace(six, all, List.of(alBab))).isFalse();
    // a toll whose text states neither its day nor its place is not held to it
    ClaimPlace unstated = new ClaimPlace(northAleppo.text(), northAleppo.name(), "Aleppo", "SY", null, null,
        PlacePrecision.REGION, null);
    Toll loose = new Toll("doc", -1, "32", 32, 32, false, unstated, new org.tally.link.DaySpan(sat, sun), false, null);
    assertThat(grader.exceedsAtNamedPlace(loose, all, List.of(alBab))).isFalse();
  }
}
