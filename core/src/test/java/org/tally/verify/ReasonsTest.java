package org.tally.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.verify.VerifyFixtures.RULES;
import static org.tally.verify.VerifyFixtures.governorate;
import static org.tally.verify.VerifyFixtures.record;
import static org.tally.verify.VerifyFixtures.thurdah;
import static org.tally.verify.VerifyFixtures.toll;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 14: each grade's reason gives the figures a fact-checker weighs: the toll, what the records hold, the margin. */
class ReasonsTest {
  private static final ReferenceRecord A = record("1", "2016-09-17", "Mayadin", "Deir ez Zor Governorate", null, null,
      30, 30, 30);
  private static final ReferenceRecord B = record("2", "2016-09-17", "Mayadin", "Deir ez Zor Governorate", null, null,
      25, 25, 25);

  private static String reason(Toll toll, ReferenceRecord... records) {
    Verifier verifier = new Verifier(RULES, new RecordIndex(RULES, List.of(records)));
    return Reasons.of(verifier.check(toll), "UCDP GED", null, RULES.settings());
  }

  @Test
  void anExceedingTollSaysHowManyTimesWhatTheRecordsHoldItIs() {
    assertThat(reason(toll("452", 452, 452, governorate("Deir ez-Zor"), "2016-09-17", null), thurdah()))
        .endsWith("exceeds them, clearly above what they record (452 is 5.0 times their 90; more than 1.5 times is"
            + " taken to exceed).");
  }

  @Test
  void aTollThatOneRecordBearsOutSaysSoAndWhetherTheToleranceWasNeeded() {
    assertThat(reason(toll("over 80", 81, null, governorate("Deir ez-Zor"), "2016-09-17", null), thurdah()))
        .endsWith("corroborated (over 80 agrees with its 90).");
    assertThat(reason(toll("about 98", 98, 98, governorate("Deir ez-Zor"), "2016-09-17", null), thurdah()))
        .endsWith("corroborated (about 98 agrees with its 90, within 10%).");
  }

  @Test
  void aTollThatRecordsSplitSaysTheirSum() {
    assertThat(reason(toll("55", 55, 55, governorate("Deir ez-Zor"), "2016-09-17", null), A, B))
        .endsWith("corroborated (55 agrees with the 55 they hold together).");
  }

  @Test
  void aTollJustAboveTheRecordsSaysItIsNotClearlyAbove() {
    assertThat(reason(toll("70", 70, 70, governorate("Deir ez-Zor"), "2016-09-17", null), A, B))
        .endsWith("corroborated (70 is above the 55 they hold together, but not clearly: not more than 1.5 times, or"
            + " not 5 more).");
  }

  @Test
  void aTollUnderTheRecordsSaysWhatTheLargestHolds() {
    assertThat(reason(toll("62", 62, 62, governorate("Deir ez-Zor"), "2016-09-17", null), thurdah()))
        .endsWith("below, an early or partial count, not a contradiction (62 is under the 90 it records).");
  }
}
