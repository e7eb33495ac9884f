package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Counting constructions the thirteenth FA-KES sample (fakes-dev-20m, issue 11) showed missing, each in sentences
 * written for this test, with near misses that must keep their reading: people admitted to hospital are wounded ("over
 * 10 citizens have been hospitalized", read as dead after "six people died"); "locals" are civilians; a group's other
 * names in brackets between its name and the noun ("Islamic State (ISIL or Daesh) operatives").
 */
class Issue11TwentyMSampleConstructionsTest {

  private static List<String> bodyForms(String body) {
    return ExtractionFixture.claims(body).stream().map(ConstructionsTest::shortForm).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Six people died and over 10 citizens have been hospitalized after the shelling.|killed/people/6-6,injured/civilians/11+",
      "Twelve workers were hospitalised with burns after the blast.|injured/civilians/12-12",
      "Five people were killed and 30 others were hospitalized, the hospital said.|killed/people/5-5,injured/people/30-30",
  })
  void peopleAdmittedToHospitalAreWounded(String text, String expected) {
    assertThat(bodyForms(text)).containsExactly(expected.split(","));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // the hospital itself, or people who work there, are no harm
      "The strike damaged the hospital where 40 doctors work.|",
      "The minister said 200 beds were added to the hospitalization ward.|",
  })
  void aHospitalWithoutPatientsIsNoHarm(String text, String expected) {
    assertThat(bodyForms(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "A number of locals were injured when the shells hit the market.|injured/civilians/3+",
      "The sniper shot dead three locals near the bakery.|killed/civilians/3-3",
  })
  void localsAreCivilians(String text, String expected) {
    assertThat(bodyForms(text)).containsExactly(expected.split(","));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The coalition has killed more than twenty Islamic State (ISIL or Daesh) operatives in Syria.|killed/fighters/21+",
      "Jets killed 15 Islamic State (IS or ISIS) fighters near the town.|killed/fighters/15-15",
      // brackets that name no group's other names leave the noun as it is
      "The strike killed 12 people (women or children) in the town.|killed/people/12-12",
  })
  void aGroupsOtherNamesInBracketsKeepItsFighters(String text, String expected) {
    assertThat(bodyForms(text)).containsExactly(expected.split(","));
  }
}
