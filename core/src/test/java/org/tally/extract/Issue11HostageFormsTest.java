package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 11, count19: people taken captive as prisoners ("took 20 soldiers prisoner") are detained, as those taken
 * hostage are; sentences written for this test, with near misses that must keep their reading.
 */
class Issue11HostageFormsTest {

  private static List<String> bodyForms(String body) {
    return ExtractionFixture.claims(body).stream().map(ConstructionsTest::shortForm).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The rebels took 20 soldiers prisoner after the battle.|detained/soldiers/20-20",
      "The militia took 14 policemen prisoner at the checkpoint.|detained/soldiers/14-14",
  })
  void peopleTakenCaptiveAreDetained(String text, String expected) {
    assertThat(bodyForms(text)).containsExactly(expected.split(","));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a prisoner who is harmed keeps the harm; prisoners released or held are not counted
      "One prisoner was executed at dawn.|killed/people/1-1",
      "Six prisoners were hanged in the yard.|killed/people/6-6",
      "The killing of 20 prisoners was condemned.|killed/people/20-20",
  })
  void prisonersHarmedKeepTheirHarm(String text, String expected) {
    assertThat(bodyForms(text)).containsExactly(expected.split(","));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The army freed 30 prisoners from the jail.",
      "The exchange of 50 prisoners took place on Monday.",
  })
  void noCountOfPeopleTakenIsNoDetention(String text) {
    assertThat(bodyForms(text)).isEmpty();
  }
}
