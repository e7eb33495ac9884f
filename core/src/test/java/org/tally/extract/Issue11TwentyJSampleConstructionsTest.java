package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Counting constructions the tenth FA-KES sample (fakes-dev-20j, issue 11) showed missing, each in sentences written for
 * this test, with near misses that must keep their reading: a bare figure of a second harm after a woman or a child
 * ("killing a woman and injuring 19") counts people, not more women; children named by their school
 * ("schoolchildren"); people "took ... hostage" are detained.
 */
class Issue11TwentyJSampleConstructionsTest {

  private static List<String> bodyForms(String body) {
    return ExtractionFixture.claims(body).stream().map(ConstructionsTest::shortForm).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The rocket hit the market, killing a woman and injuring 14 in the old town.|killed/women/1-1,injured/people/14-14",
      "The sniper killed a child and wounded 3 near the bakery.|killed/children/1-1,injured/people/3-3",
      "The shells killed two women and wounded 11 in the suburb.|killed/women/2-2,injured/people/11-11",
      "The raid killed four children and injured 20.|killed/children/4-4,injured/people/20-20",
  })
  void aFigureAfterWomenOrChildrenCountsPeople(String text, String expected) {
    assertThat(bodyForms(text)).containsExactly(expected.split(","));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a group of another kind still lends its kind to the bare figure after it
      "The ambush killed a soldier and wounded 12.|killed/soldiers/1-1,injured/soldiers/12-12",
      "The strike killed 9 civilians and wounded 30.|killed/civilians/9-9,injured/civilians/30-30",
      "The clashes killed 15 rebels and wounded 40 in the north.|killed/fighters/15-15,injured/fighters/40-40",
  })
  void aFigureAfterAnotherKindKeepsItsKind(String text, String expected) {
    assertThat(bodyForms(text)).containsExactly(expected.split(","));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "At least 11 schoolchildren were killed in the raid on the village.|killed/children/11+",
      "The bombing killed 35 civilians including 11 schoolchildren.|killed/civilians/35-35,killed/children/11-11",
      "Four schoolboys were wounded by shrapnel on their way home.|injured/children/4-4",
      "Six schoolgirls were injured when the roof fell.|injured/children/6-6",
  })
  void childrenNamedByTheirSchoolAreChildren(String text, String expected) {
    assertThat(bodyForms(text)).containsExactly(expected.split(","));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The militants took an estimated 900 Kurdish civilians hostage in the villages.|detained/civilians/900-900",
      "Gunmen held 30 villagers hostage for a week.|detained/civilians/30-30",
      "The rebels kept 12 soldiers hostage at the checkpoint.|detained/soldiers/12-12",
      // the noun alone is a person: one hostage killed; troops taken hostage and massacred stay deaths
      "A hostage was beheaded by the group.|killed/civilians/1-1",
      "The militants massacred 40 soldiers taken hostage at the base.|killed/soldiers/40-40",
  })
  void peopleTakenAsHostagesAreDetained(String text, String expected) {
    assertThat(bodyForms(text)).containsExactly(expected.split(","));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // no count of people held, or hostages freed: no detention
      "The militants threatened to take hostages in the town.",
      "Twelve hostages were released on Sunday.",
      "It was not clear whether he was an accomplice or a hostage.",
      // a school's roll, or a school's number: nobody harmed
      "The school had 300 schoolchildren before the war.",
      "Twelve schoolgirls sat the exam in the camp.",
  })
  void schoolchildrenUnharmedMakeNoClaim(String text) {
    assertThat(bodyForms(text)).isEmpty();
  }
}
