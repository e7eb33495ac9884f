package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.extract.ExtractionFixture.shortForms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Counting constructions that missed in count-written-8's blind pass (issue 11, count29), in sentences written for this
 * test, with near misses: "twenty-odd", the kind of the side that lost the people, a forecast after a toll noun, a
 * table's header and its labels that name who did it, "N of them" after the sentence that told the toll, and the
 * members of a state's security branch.
 */
class Issue11WrittenEightCountConstructionsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Twenty-odd soldiers were wounded in the ambush.|injured/soldiers/20-29",
      "The monitor said 20-odd soldiers were killed near the airport.|killed/soldiers/20-29",
      "The group detained some 150-odd civilians at the checkpoint.|detained/civilians/150-159",
  })
  void aRoundFigureWithOddIsALittleOverIt(String text, String expected) {
    assertThat(shortForms(text)).containsExactly(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // no round figure, and no people
      "The group detained 21-odd civilians at the checkpoint.",
      "Shells hit twenty-odd villages on Monday.",
  })
  void oddOfNoRoundFigureOrNoPeopleCountsNoOne(String text) {
    assertThat(shortForms(text)).noneMatch(s -> s.contains("-29") || s.contains("21"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The army lost 11 men in the fighting near the town.|killed/soldiers/11-11",
      "Hezbollah has lost at least 20 men near the border town.|killed/fighters/20+",
      // no side before the verb: the men stay people
      "The village lost 11 men in the massacre.|killed/people/11-11",
  })
  void menASideLostAreOfItsKind(String text, String expected) {
    assertThat(shortForms(text)).containsExactly(expected);
  }

  @Test
  void aForecastAfterATollNounIsNoToll() {
    assertThat(shortForms("At least 23 people were killed. The group warned that the death toll could rise to 30."))
        .containsExactly("killed/people/23+");
    assertThat(shortForms("At least 23 people were killed. By the evening the death toll rose to 30."))
        .contains("killed/people/30-30");
  }

  @Test
  void aTablesHeaderKeepsItsToll() {
    String text = "The network documented the killing of 120 civilians in May. The report distributes the toll by "
        + "governorate as follows:\nGovernorate | Civilian victims\nIdlib | 70\nDaraa | 50";
    assertThat(shortForms(text)).contains("killed/civilians/70-70", "killed/civilians/50-50");
  }

  @Test
  void aForcesLabelInATollOfCiviliansNamesWhoDidIt() {
    String text = "The network documented the killing of 120 civilians in May. It attributed the deaths as follows:\n"
        + "Syrian regime forces | 70\nOther parties | 50";
    assertThat(shortForms(text)).contains("killed/civilians/70-70", "killed/civilians/50-50")
        .doesNotContain("killed/soldiers/70-70");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The network documented the killing of 236 civilians, including 61 children. Regime forces killed 128 of them.|killed/civilians/128-128",
      // a part of a kind of its own keeps it
      "The strikes killed 12 civilians. Three of them were children.|killed/children/3-3",
      // a toll of people gives no kind
      "The strikes killed 12 people. Gunmen killed four of them.|killed/people/4-4",
  })
  void ofThemOpeningASentenceTakesTheTollBefore(String text, String expected) {
    assertThat(shortForms(text)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Three members of the Military Security were killed at the checkpoint.|killed/soldiers/3-3",
      "Four members of the Republican Guard were killed in the fighting.|killed/soldiers/4-4",
  })
  void membersOfASecurityBranchAreSoldiers(String text, String expected) {
    assertThat(shortForms(text)).containsExactly(expected);
  }
}
