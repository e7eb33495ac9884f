package org.tally.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.verify.VerifyFixtures.RULES;
import static org.tally.verify.VerifyFixtures.governorate;
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
}
