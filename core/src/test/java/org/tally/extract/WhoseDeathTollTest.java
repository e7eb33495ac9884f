package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 11, count23: a relative clause of the people's own death ("the number of civilians whose death the monitor has
 * documented", monitors' inverted toll) says they were killed; "death" that begins a compound ("whose death sentences")
 * is no one's death. Sentences written for this test.
 */
class WhoseDeathTollTest {

  private static List<String> bodyForms(String body) {
    return ExtractionFixture.claims(body).stream().map(ConstructionsTest::shortForm).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "This raises to 80 the number of civilians whose death the group has documented this month.|killed/civilians/80-80",
      "The report brings to 40 the number of people whose death it has recorded.|killed/people/40-40",
  })
  void whoseDeathCountsThePeopleAsKilled(String text, String expected) {
    assertThat(bodyForms(text)).containsExactly(expected.split(","));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Ten prisoners whose death sentences were upheld appealed to the court.",
      "The number of prisoners whose death sentences were upheld rose to 10.",
      "The number of people whose homes were destroyed rose to 40.",
  })
  void deathThatBeginsACompoundIsNoDeath(String text) {
    assertThat(bodyForms(text)).isEmpty();
  }
}
