package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Counting constructions the fourteenth FA-KES sample (fakes-dev-20n, issue 11) and the thirteenth's remaining misses
 * showed, each in sentences written for this test, with near misses that must keep their reading: a denial ends at
 * "but" ("caused no deaths but injured dozens"); a state's forces by its adjective are soldiers ("members of the Russian
 * forces"); a rank inside a breakdown of an armed toll is of that toll ("17 government troops including a commander");
 * "entourage"; the list after "the death of" shares its harm whatever cause follows it.
 */
class Issue11TwentyNSampleConstructionsTest {

  private static List<String> bodyForms(String body) {
    return ExtractionFixture.claims(body).stream().map(ConstructionsTest::shortForm).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The gas attack on the village caused no deaths but injured dozens of people.|injured/people/24+",
      "The rocket did not kill anyone but wounded five residents.|injured/civilians/5-5",
  })
  void aDenialEndsAtBut(String text, String expected) {
    assertThat(bodyForms(text)).containsExactly(expected.split(","));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // the denial itself still holds its own harm back
      "The army said the strike did not kill 30 civilians.|",
      "There were no deaths of 20 civilians in the town.|",
  })
  void aDenialBeforeItsHarmStillDenies(String text, String expected) {
    assertThat(bodyForms(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The crash brought the number of members of the Russian forces killed in the country to 21.|killed/soldiers/21-21",
      "Three members of the Turkish forces were wounded by a roadside bomb near the border.|injured/soldiers/3-3",
      // a people's adjective, not a state's: its forces are a militia
      "Two members of the Kurdish forces were killed by a sniper.|killed/fighters/2-2",
  })
  void aStatesForcesAreSoldiers(String text, String expected) {
    assertThat(bodyForms(text)).containsExactly(expected.split(","));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Twelve government troops including a commander were killed near the airport.|killed/soldiers/12-12,killed/soldiers/1-1",
      "Eight rebels including an officer were killed in the clashes.|killed/fighters/8-8,killed/fighters/1-1",
      // outside a breakdown the rank keeps the side its word gives
      "Eight soldiers were killed and a commander was captured.|killed/soldiers/8-8,detained/fighters/1-1",
      // a breakdown of civilians is no armed toll: the rank keeps its word's side
      "Ten people including an officer were wounded in the blast.|injured/people/10-10,injured/soldiers/1-1",
  })
  void aRankInsideAnArmedTollIsOfThatToll(String text, String expected) {
    assertThat(bodyForms(text)).containsExactly(expected.split(","));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The troops killed a militant leader and four of his entourage near the river.|killed/fighters/1-1,killed/people/4-4",
  })
  void anEntourageIsPeople(String text, String expected) {
    assertThat(bodyForms(text)).containsExactly(expected.split(","));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The barrels led to the death of a woman and her child from suffocation.|killed/women/1-1,killed/people/2-2,killed/children/1-1",
      "The shelling caused the deaths of two men and three children from their wounds.|killed/people/2-2,killed/children/3-3",
      // a member with a harm word of its own keeps it
      "The bombing led to the deaths of two men and several injured civilians.|killed/people/2-2,injured/civilians/3+",
      // a second harm noun opens a member of its own
      "The raid led to the death of a man and the injury of five others.|killed/people/1-1,injured/people/5-5",
  })
  void theListAfterTheDeathOfSharesItsHarm(String text, String expected) {
    assertThat(bodyForms(text)).containsExactly(expected.split(","));
  }
}
