package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 11, count19: people taken captive, told the ways articles tell it ("took 20 soldiers prisoner", "the kidnapping
 * of 40 workers", "the 350 hostages taken by the group") are detained; sentences written for this test, with near misses
 * that must keep their reading.
 */
class Issue11HostageFormsTest {

  private static List<String> bodyForms(String body) {
    return ExtractionFixture.claims(body).stream().map(ConstructionsTest::shortForm).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The rebels took 20 soldiers prisoner after the battle.|detained/soldiers/20-20",
      "The militia took 14 policemen prisoner at the checkpoint.|detained/soldiers/14-14",
      "The gang claimed the kidnapping of 40 workers from the factory.|detained/civilians/40-40",
      "Witnesses described the kidnapping of more than 30 villagers.|detained/civilians/31+",
      // one person is a count too, as with "the abduction of"
      "The kidnapping of a journalist shocked the town.|detained/civilians/1-1",
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
      // no number: a practice, not a count
      "The kidnapping of children is a war crime.",
      "The exchange of 50 prisoners took place on Monday.",
  })
  void noCountOfPeopleTakenIsNoDetention(String text) {
    assertThat(bodyForms(text)).isEmpty();
  }
}
