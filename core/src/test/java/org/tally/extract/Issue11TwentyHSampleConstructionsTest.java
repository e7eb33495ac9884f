package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.extract.ExtractionFixture.claims;

import java.util.List;
import org.tally.lexicon.Lexicons;
import org.tally.model.ClaimSection;
import org.tally.model.Document;
import org.tally.model.Layout;
import org.tally.text.TextCleaner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Counting constructions the eighth FA-KES sample (fakes-dev-20h, issue 11) showed missing or misread, each in
 * sentences written for this test, with near misses that must keep their reading: a headline that drops its articles
 * before a list of people ("Woman and her son killed"), siblings as kin, "left" after "were" ("were left killed and
 * injured"), an aside between dashes inside a count's phrase ("23 civilians - including nine children - dead"), and a teaser block glued after the source line ("Source
 * AFP Related News ...").
 */
class Issue11TwentyHSampleConstructionsTest {
  private static final String BODY = "The shelling hit the village on Monday, residents said.";

  private static List<String> titleForms(String title) {
    return claims(title, BODY).stream().map(ConstructionsTest::shortForm).toList();
  }

  private static List<String> bodyForms(String body) {
    return claims(body).stream().map(ConstructionsTest::shortForm).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Woman and her son killed in shelling|killed/people/2-2",
      "Man and his two sons wounded in air strike|injured/people/3-3",
      "Father and his daughter killed by sniper fire|killed/people/2-2",
      // women and children are told apart from the mother, as in prose ("a woman and her three children")
      "Mother and her three children killed in barrel bomb attack|killed/children/3-3",
      "Man and wife detained at checkpoint near the border|detained/people/2-2",
      // a bare singular opening the headline right before its harm is one person
      "Child killed by sniper fire in the old city|killed/children/1-1",
      "Policeman wounded as mortar hits square|injured/soldiers/1-1",
  })
  void aHeadlinesBareSingularPersonOpensAList(String title, String expected) {
    assertThat(titleForms(title)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // the bare singular is a speaker, not one of the harmed: only the son is counted
      "Woman says son killed in shelling|killed/people/1-1",
      "Mother says her son was killed in the raid|killed/people/1-1",
  })
  void aHeadlinesSpeakerIsNoVictim(String title, String expected) {
    assertThat(titleForms(title)).containsExactly(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // no list of people after the bare noun, or no harm: no claim
      "Woman and child care centre reopens in the town",
      "Man and machine: drones reshape the war",
      "Father and son reunited after years apart",
  })
  void aHeadlinesBareNounWithoutHarmMakesNoClaim(String title) {
    assertThat(titleForms(title)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // the list goes on after the verb: the one alone would be a part of the body's toll, not a claim of its own
      "Father killed with his daughters in shelling",
      "Fighter killed along with his brothers near the front",
  })
  void aHeadlinesBareOneWhoseListGoesOnAfterTheVerbIsNoClaimOfItsOwn(String title) {
    assertThat(titleForms(title)).noneMatch(form -> form.endsWith("/1-1"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Four young siblings were among the dead in the strike.|killed/people/4-4",
      "The shell killed three siblings and their mother.|killed/people/4-4",
      "Two siblings were wounded when the shell hit their home.|injured/people/2-2",
  })
  void siblingsAreKin(String text, String expected) {
    assertThat(bodyForms(text)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a count of siblings that no harm befell
      "The woman said her five siblings had left the country years ago.",
  })
  void siblingsWithoutHarmMakeNoClaim(String text) {
    assertThat(bodyForms(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "At least 12 civilians were killed in the raid, the monitor said. Source AFP Related News Ten soldiers killed in "
          + "ambush near Homs|killed/civilians/12+",
      "Nine people were wounded by the blast. Source TRT World and agencies Related Stories Car bomb kills 20 in the "
          + "north|injured/people/9-9",
  })
  void aTeaserBlockGluedAfterTheSourceIsNoClaim(String text, String expected) {
    assertThat(cleanedBodyForms(text)).containsExactly(expected);
  }

  /** The body claims of a page read as `tally extract` reads it, teasers cut by the text cleaner. */
  private static List<String> cleanedBodyForms(String body) {
    Document doc = new Document("t", "test", "Report\n\n" + body + "\n", null);
    Layout layout = TextCleaner.from(Lexicons.bundled()).clean(doc);
    return ExtractionFixture.EXTRACTOR.extract(doc, layout).stream().filter(c -> c.section() == ClaimSection.BODY)
        .map(ConstructionsTest::shortForm).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // "related" in prose, in lower case, cuts nothing
      "At least 14 people were killed in related news from the province, the monitor said.|killed/people/14+",
  })
  void relatedInProseCutsNothing(String text, String expected) {
    assertThat(cleanedBodyForms(text)).containsExactly(expected);
  }
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Two days of clashes left 23 civilians - including nine children - dead.|killed/civilians/23-23",
      "Two days of clashes left 23 civilians - including nine children - dead.|killed/children/9-9",
      "The fighting left 23 civilians - among them nine children - dead.|killed/civilians/23-23",
      "The fighting left 23 civilians - among them nine children - dead.|killed/children/9-9",
      "Clashes left 30 civilians - including 12 children - and 16 fighters dead, the monitor said.|killed/children/12-12",
      "At least 40 people - mostly women and children - were wounded in the raid.|injured/people/40+",
  })
  void anAsideBetweenDashesKeepsItsPeoplesHarm(String text, String expected) {
    assertThat(bodyForms(text)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // an aside that is no breakdown, and a dash before a clause of its own, take no harm across them
      "The army sent 300 soldiers - an elite unit - to the front, where two civilians were killed.|killed/civilians/2-2",
      "The council hired 40 teachers (the first in years) while the shelling killed three people.|killed/people/3-3",
  })
  void aDashBeforeAnotherClauseLendsNoHarm(String text, String expected) {
    assertThat(bodyForms(text)).containsExactly(expected);
  }
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Scores of fighters were left killed and injured in the raid.|casualties/fighters/40+",
      "Five civilians were left wounded by the shelling.|injured/civilians/5-5",
      "Two soldiers were left dead on the road after the ambush.|killed/soldiers/2-2",
  })
  void leftAfterBeIsOneMoreAuxiliary(String text, String expected) {
    assertThat(bodyForms(text)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Twenty soldiers were left behind to guard the base.",
      "Ten fighters left the town before the offensive began.",
  })
  void leftWithoutHarmMakesNoClaim(String text) {
    assertThat(bodyForms(text)).isEmpty();
  }
}
