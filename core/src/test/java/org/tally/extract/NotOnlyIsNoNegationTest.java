package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 11 (fakes-dev-20k's blind misses): "not only" before a harm adds to it ("the assault not only claimed the lives of
 * several militants but also destroyed their tanks"); a "not" that denies the harm still makes no claim. Sentences
 * written for this test.
 */
class NotOnlyIsNoNegationTest {

  private static List<String> bodyForms(String body) {
    return ExtractionFixture.claims(body).stream().map(ConstructionsTest::shortForm).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The shelling not only killed 12 civilians but also destroyed the market.|killed/civilians/12-12",
      "The raid not just wounded 7 people, it also burned their homes.|injured/people/7-7",
  })
  void notOnlyAddsToTheHarm(String text, String expected) {
    assertThat(bodyForms(text)).containsExactly(expected.split(","));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The army said the strike did not kill 30 civilians.",
      "The strike did not kill 30 civilians, the army said.",
  })
  void notThatDeniesStillMakesNoClaim(String text) {
    assertThat(bodyForms(text)).isEmpty();
  }
}
