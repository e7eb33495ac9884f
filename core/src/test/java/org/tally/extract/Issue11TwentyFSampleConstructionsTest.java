package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.extract.ExtractionFixture.claims;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Counting constructions the sixth FA-KES sample (fakes-dev-20f, issue 11) and the remaining misses of 20c-20e showed
 * missing or misread, each in sentences written for this test, with near misses that must keep their reading: "them"
 * after a vague quantifier ("killing a number of them"), the people a participle harms, the toll's members after
 * "the dead included", "another" and a figure opening a sentence, and a woman or a child listed beside one more person.
 */
class Issue11TwentyFSampleConstructionsTest {
  private static List<String> shortForms(String text) {
    return claims(text).stream().map(ConstructionsTest::shortForm).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The army ambushed the militants at dawn, killing a number of them near the bridge.|killed/fighters/3+",
      "Jets struck the insurgents' hideouts across the province, killing and injuring scores of them.|casualties/fighters/40+",
      "Troops shelled the rebels' positions, wounding a number of them.|injured/fighters/3+",
      "Shells fell on the displaced families in the camp, wounding a number of them.|injured/people/3+",
  })
  void themAfterAVagueQuantifierTakesThePeopleNamedBefore(String text, String expected) {
    assertThat(shortForms(text)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a participle's object: the people the clause's subject met, not its subject
      "The patrol clashed with the rebels, killing and injuring a number of them.|casualties/fighters/3+",
      "Gunmen opened fire on the villagers, killing 14 of them.|killed/civilians/14-14",
      // a finite verb's subject did the harm, an adverb between them or not: the soldiers are not the ones killed
      "Government soldiers also killed a number of them near the hill.|killed/people/3+",
      "Soldiers killed a number of them near the hill.|killed/people/3+",
  })
  void theAgentOfAParticipleIsItsSubjectNotTheNounBeforeIt(String text, String expected) {
    assertThat(shortForms(text)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "At least 40 people were killed in the bombing. The dead included 12 children.|killed/children/12-12",
      "Activists said those killed included nine women.|killed/women/9-9",
      "Dozens of people died in the raids. The victims included seven medics.|killed/civilians/7-7",
      "The shelling hurt 60 people. The wounded included 20 children.|injured/children/20-20",
  })
  void theMembersOfATollAfterIncluded(String text, String expected) {
    assertThat(shortForms(text)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The convoy included 20 trucks of flour.",
      "The delegation included three ministers and two generals.",
      "The dead included no one from the village, the mayor said.",
  })
  void includedWithoutATollMakesNoClaim(String text) {
    assertThat(claims(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Twelve fighters were killed near the dam. Another 12 fighters were killed in the old city.",
      "Five civilians died in the market. Another five civilians died in the school.",
  })
  void anotherFigureOpeningASentenceAddsToTheToll(String text) {
    List<String> forms = shortForms(text);
    assertThat(forms).hasSize(2);
    assertThat(forms.get(0)).isEqualTo(forms.get(1));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // "another three" beside a figure of another harm in its sentence, restated by a later sentence: one claim
      "A bomb killed one person and wounded another three. State television said three people were wounded.|injured/people/3-3",
      "Ten people were killed and another 20 wounded in the blast. The monitor said 20 people were wounded.|injured/people/20-20",
  })
  void anotherBesideAnotherHarmIsStillRestated(String text, String expected) {
    assertThat(shortForms(text).stream().filter(expected::equals)).hasSize(1);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Rockets hit the village, injuring a woman and a young man.|injured/women/1-1|injured/people/1-1",
      "Shelling killed a child and a man in the old market.|killed/children/1-1|killed/people/1-1",
      "Rockets hit the village, injuring a man and a woman.|injured/people/1-1|injured/women/1-1",
  })
  void aWomanOrAChildListedBesideAPersonIsToldApart(String text, String first, String second) {
    // the members are told apart; since count17 (issue 11) their sum is given beside them, as the golds from 20f on
    // count a list of single persons ("killing a man and a woman": people 2 and women 1, 20i; SingleLists)
    assertThat(shortForms(text)).contains(first, second, first.replaceAll("/[a-z]+/1-1$", "/people/2-2"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // kin joined by a possessive stay one group, as before
      "A shell hit the house, killing a woman and her daughter.|killed/people/2-2",
      "The strike killed a father and his two sons.|killed/people/3-3",
  })
  void kinJoinedByAPossessiveStayTogether(String text, String expected) {
    assertThat(shortForms(text)).contains(expected);
  }
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a name, and an age, set off by commas between the list's first person and its "and"
      "A drone strike killed a local commander, Hevi Amed, 34, and two fighters who were with her.|killed/fighters/3-3",
      "The strike killed a field commander, Abu Khaled, and three fighters near the town.|killed/fighters/4-4",
      // near miss: a source set off by commas is no name of the person
      "The strike killed a field commander, the group said, and three fighters were wounded.|killed/fighters/1-1",
  })
  void aNameAndAgeBetweenListMembersStillListThem(String text, String expected) {
    assertThat(shortForms(text)).contains(expected);
  }
}
