package org.tally.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.verify.VerifyFixtures.RULES;
import static org.tally.verify.VerifyFixtures.governorate;
import static org.tally.verify.VerifyFixtures.region;
import static org.tally.verify.VerifyFixtures.record;
import static org.tally.verify.VerifyFixtures.thurdah;
import static org.tally.verify.VerifyFixtures.toll;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimGraderTest {
  private final ClaimGrader grader = new ClaimGrader(RULES.settings());

  @Test
  void overEightyIsCorroboratedByARecordOfNinety() {
    assertThat(grader.grade(toll("over 80", 81, null, governorate("Deir ez-Zor"), "2016-09-17", null),
        List.of(thurdah()))).isEqualTo(ClaimGrade.CORROBORATED);
  }

  @Test
  void sixtyTwoIsBelowARecordOfNinety() {
    assertThat(grader.grade(toll("62", 62, 62, governorate("Deir ez-Zor"), "2016-09-17", null),
        List.of(thurdah()))).isEqualTo(ClaimGrade.BELOW);
  }

  @Test
  void fiveTimesTheRecordExceedsIt() {
    assertThat(grader.grade(toll("452", 452, 452, governorate("Deir ez-Zor"), "2016-09-17", null),
        List.of(thurdah()))).isEqualTo(ClaimGrade.EXCEEDS);
  }

  @Test
  void aFigureWithinTheToleranceAboveTheRecordIsNotTakenToExceedIt() {
    // 130 is under exceeds_percent (150) of 90: tolls grow as the dead are counted
    assertThat(grader.grade(toll("130", 130, 130, governorate("Deir ez-Zor"), "2016-09-17", null),
        List.of(thurdah()))).isEqualTo(ClaimGrade.CORROBORATED);
  }

  @Test
  void aSmallFigureJustAboveATinyRecordNeedsTheMarginToExceedIt() {
    ReferenceRecord one = record("1", "2016-09-17", "Mayadin", "Deir ez Zor Governorate", null, null, 1, 1, 1);
    assertThat(grader.grade(toll("4", 4, 4, governorate("Deir ez-Zor"), "2016-09-17", null), List.of(one)))
        .isEqualTo(ClaimGrade.CORROBORATED);
    assertThat(grader.grade(toll("7", 7, 7, governorate("Deir ez-Zor"), "2016-09-17", null), List.of(one)))
        .isEqualTo(ClaimGrade.EXCEEDS);
  }

  @Test
  void aTollThatTwoRecordsSplitIsCorroboratedByTheirSum() {
    ReferenceRecord a = record("1", "2016-09-17", "Mayadin", "Deir ez Zor Governorate", null, null, 30, 30, 30);
    ReferenceRecord b = record("2", "2016-09-17", "Mayadin", "Deir ez Zor Governorate", null, null, 25, 25, 25);
    assertThat(grader.grade(toll("55", 55, 55, governorate("Deir ez-Zor"), "2016-09-17", null), List.of(a, b)))
        .isEqualTo(ClaimGrade.CORROBORATED);
    // but twice the sum exceeds them
    assertThat(grader.grade(toll("110", 110, 110, governorate("Deir ez-Zor"), "2016-09-17", null), List.of(a, b)))
        .isEqualTo(ClaimGrade.EXCEEDS);
  }

  @Test
  void noRecordIsNoRecord() {
    assertThat(grader.grade(toll("12", 12, 12, governorate("Idlib"), "2016-09-17", null), List.of()))
        .isEqualTo(ClaimGrade.NO_RECORD);
  }

  /**
   * A strike is often recorded a day off its report: a record of the day after may be the toll's event, so the toll
   * is held to its own day's records and that one record together.
   */
  @Test
  void oneRecordOfTheDayEitherSideMayBeTheTollsEvent() {
    ReferenceRecord own = record("1", "2016-07-15", "Palmyra", "Homs Governorate", null, null, 11, 11, 11);
    ReferenceRecord next = record("2", "2016-07-16", "Palmyra", "Homs Governorate", null, null, 15, 15, 15);
    // 18 is above the 11 of its day, but not clearly above 11 and the 15 of the day after
    assertThat(grader.grade(toll("18", 18, 18, governorate("Homs"), "2016-07-15", null), List.of(own, next)))
        .isEqualTo(ClaimGrade.CORROBORATED);
    // 60 is clearly above both
    assertThat(grader.grade(toll("60", 60, 60, governorate("Homs"), "2016-07-15", null), List.of(own, next)))
        .isEqualTo(ClaimGrade.EXCEEDS);
  }

  @Test
  void theOtherRecordsOfTheDaysEitherSideAreOtherEventsAndNotAddedUp() {
    // records of 5 and 6 on the days either side: at most one of them may be the toll's event (11 + 6 = 17), so 30
    // clearly exceeds, though all four hold 27
    ReferenceRecord own = record("1", "2016-07-15", "Palmyra", "Homs Governorate", null, null, 11, 11, 11);
    ReferenceRecord before = record("2", "2016-07-14", "Palmyra", "Homs Governorate", null, null, 5, 5, 5);
    ReferenceRecord after = record("3", "2016-07-16", "Al Qaryatayn", "Homs Governorate", null, null, 6, 6, 6);
    assertThat(grader.grade(toll("30", 30, 30, governorate("Homs"), "2016-07-15", null),
        List.of(own, before, after))).isEqualTo(ClaimGrade.EXCEEDS);
  }

  /**
   * A toll more than same_event_ratio (7) times the records there is of another event than theirs, unless those
   * records hold documented_deaths (25): then its place's days are documented, and so large an event would be among
   * them. A region's or the country's records never show that.
   */
  @Test
  void aTollFarAboveDocumentedRecordsExceedsThemAndFarAboveThinOnesIsNoRecord() {
    ReferenceRecord a = record("1", "2016-08-12", "Palmyra", "Homs Governorate", null, null, 14, 14, 14);
    ReferenceRecord b = record("2", "2016-08-12", "Al Qaryatayn", "Homs Governorate", null, null, 13, 13, 13);
    assertThat(grader.grade(toll("over 302", 303, null, governorate("Homs"), "2016-08-12", null), List.of(a, b)))
        .isEqualTo(ClaimGrade.EXCEEDS);
    assertThat(grader.grade(toll("over 302", 303, null, governorate("Homs"), "2016-08-12", null), List.of(a)))
        .isEqualTo(ClaimGrade.NO_RECORD);
    assertThat(grader.grade(toll("over 302", 303, null, region("central Syria"), "2016-08-12", null), List.of(a, b)))
        .isEqualTo(ClaimGrade.NO_RECORD);
  }
}
