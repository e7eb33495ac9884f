package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.extract.ExtractionFixture.shortForms;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A toll's members told after "those", a harm word and a phrase of where or when, then "include" (issue 11, count25:
 * fakes-dev-20k's blind run missed "those killed in the two attacks include ..."), in sentences written for this test,
 * with near misses.
 */
class MembersAfterThoseHarmedInTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Those killed in the two attacks include 14 children and four women, activists said.|killed/children/14-14,killed/women/4-4",
      "Those wounded in the shelling on Sunday included six women.|injured/women/6-6",
      "Those arrested in the raid include two journalists.|detained/civilians/2-2",
  })
  void membersAfterThoseHarmedInAPlace(String text, String expected) {
    assertThat(shortForms(text)).containsExactly(expected.split(","));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // no harm word after "those", or a sentence between: the members are of no toll
      "Those living in the camp include 300 children.",
      "Those killed in the raid were buried on Monday. The survivors include 14 children.",
      "Those who fled in the night include 40 children.",
  })
  void nearMissesOfMembersAfterThoseHarmed(String text) {
    assertThat(shortForms(text)).isEmpty();
  }
}
