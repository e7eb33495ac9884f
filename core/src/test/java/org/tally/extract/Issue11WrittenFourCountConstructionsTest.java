package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.extract.ExtractionFixture.shortForms;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Counting constructions that missed in two or more of the written count sets (count-written to count-written-4, issue
 * 11, count24), in sentences written for this test, with near misses: a share of a toll ("half of them children"),
 * membership frames of the detained and of bodies, "a number of the terrorists", cases counted by their harm, leaving
 * home and crossing a border, "detained with her son", and a woman by her occupation.
 */
class Issue11WrittenFourCountConstructionsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The strikes killed 16 civilians on Thursday, half of them children.|killed/civilians/16-16,killed/children/8-8",
      "Shelling killed at least 21 civilians on Saturday, more than half of them children.|killed/civilians/21+,killed/children/11+",
      "Nearly half of the 40 dead were children.|killed/children/20-20,killed/people/40-40",
      "The raids wounded 30 people, a third of them women.|injured/people/30-30,injured/women/10-10",
  })
  void aShareOfATollIsAClaimOfItsOwn(String text, String expected) {
    assertThat(shortForms(text)).containsExactly(expected.split(","));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a share of no toll, of a thing, or of no people counts no one
      "Half of the town was destroyed in the shelling.",
      "The army took half of the district on Sunday.",
      "Half of them said they would return.",
  })
  void nearMissesOfAShare(String text) {
    assertThat(shortForms(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Among the detainees were three former fighters of the rebel factions.|detained/fighters/3-3",
      "Two journalists were among the detainees.|detained/civilians/2-2",
      "The captives included nine women.|detained/women/9-9",
      "Among the bodies were those of eight children.|killed/children/8-8",
      "Among the bodies were five women.|killed/women/5-5",
  })
  void membershipFramesOfTheDetainedAndTheBodies(String text, String expected) {
    assertThat(shortForms(text)).containsExactly(expected.split(","));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Army units responded, killing a number of the terrorists.|killed/fighters/3+",
      "The army killed scores of the militants near the hill.|killed/fighters/40+",
      // near misses: an inverted toll keeps its "the number of", and a harm word after "the" is no people noun
      "The report brings to 173 the number of civilians killed.|killed/civilians/173-173",
  })
  void aVagueQuantifierReadsPastTheToItsNoun(String text, String expected) {
    assertThat(shortForms(text)).containsExactly(expected.split(","));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The hospital received 43 cases of suffocation.|injured/people/43-43",
      "Monitors documented 784 cases of arbitrary arrest.|detained/people/784-784",
      "More than 100,000 people have left their homes.|displaced/people/100001+",
      "Some 2,000 people had crossed into Iraq.|displaced/people/2000-2000",
      "Thousands of people streamed out of the town.|displaced/people/2000+",
      "Nine soldiers sustained wounds in the clashes.|injured/soldiers/9-9",
  })
  void casesDisplacementAndWounds(String text, String expected) {
    assertThat(shortForms(text)).containsExactly(expected.split(","));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // cases of no harm, and people leaving as evacuees, are no claim
      "Monitors documented 40 cases.",
      "About 45 buses carrying 3000 people left the town.",
  })
  void nearMissesOfCasesAndLeaving(String text) {
    assertThat(shortForms(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "\"Not a single serviceman was hurt,\" the ministry said.",
      "Not one civilian was harmed in the strikes, the army said.",
      "No one was injured in the blast.",
  })
  void notASinglePersonCountsNobody(String text) {
    assertThat(shortForms(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // near misses: the person before "not" stays counted
      "A soldier was killed, not a civilian.|killed/soldiers/1-1",
      "Two soldiers were killed and not a single civilian was hurt.|killed/soldiers/2-2",
  })
  void nearMissesOfNotASingle(String text, String expected) {
    assertThat(shortForms(text)).containsExactly(expected.split(","));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "A woman was also detained with her son.|detained/people/2-2",
      "A man was killed with his two sons in the strike.|killed/people/3-3",
      "The victims included a female student.|killed/women/1-1",
  })
  void kinWithAPersonAndAWomanByOccupation(String text, String expected) {
    assertThat(shortForms(text)).containsExactly(expected.split(","));
  }
}
