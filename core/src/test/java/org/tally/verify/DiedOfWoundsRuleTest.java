package org.tally.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.verify.VerifyFixtures.RULES;
import static org.tally.verify.VerifyFixtures.record;
import static org.tally.verify.VerifyFixtures.toll;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.model.ClaimPlace;
import org.tally.model.PlacePrecision;

/**
 * Issue 14, a per-victim dataset (VDC-style) dates each death by its day: "the death toll of Thursday's car bomb in
 * Al-Bab rose to nine after two of the wounded died on Friday", dated Friday, is Al-Bab's 7 of Thursday and 2 of
 * Friday. A town's toll is held to the named town's records of its days with the largest one of the days either side,
 * as any toll is held to its place's: nine is not clearly above 2 + 7. Ten times as many still is.
 */
class DiedOfWoundsRuleTest {
  private static final ClaimPlace AL_BAB = new ClaimPlace("city of Al-Bab", "Al Bab", "Aleppo", "SY", 36.37051,
      37.5157, PlacePrecision.POINT, null);
  private static final ReferenceRecord THURSDAY = record("2021-04-22/Aleppo/Al Bab/Explosion", "2021-04-22", "Al Bab",
      "Aleppo", 36.37051, 37.5157, 7, 7, 7, "Unidentified");
  private static final ReferenceRecord FRIDAY = record("2021-04-23/Aleppo/Al Bab/Explosion", "2021-04-23", "Al Bab",
      "Aleppo", 36.37051, 37.5157, 2, 2, 2, "Unidentified");
  private static final ReferenceRecord QABASIN = record("2021-04-22/Aleppo/Qabasin/Shelling", "2021-04-22", "Qabasin",
      "Aleppo", 36.3936, 37.6567, 1, 1, 1, "Unidentified");
  private static final List<ReferenceRecord> ALL = List.of(THURSDAY, FRIDAY, QABASIN);

  private final ClaimGrader grader = new ClaimGrader(RULES.settings());

  @Test
  void aTownsRisenTollIsHeldToItsDayAndTheNamedTownsRecordOfTheDayBefore() {
    Toll nine = toll("nine", 9, 9, AL_BAB, "2021-04-23", null);
    assertThat(grader.exceedsAtNamedPlace(nine, ALL, List.of(THURSDAY, FRIDAY))).isFalse();
    assertThat(grader.grade(nine, ALL)).isEqualTo(ClaimGrade.CORROBORATED);
  }

  @Test
  void aTollFarAboveBothDaysStillExceedsThem() {
    Toll inflated = toll("47", 47, 47, AL_BAB, "2021-04-23", null);
    assertThat(grader.exceedsAtNamedPlace(inflated, ALL, List.of(THURSDAY, FRIDAY))).isTrue();
  }
}
