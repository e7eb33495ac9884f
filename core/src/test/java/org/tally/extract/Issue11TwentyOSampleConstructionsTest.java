package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Counting constructions the fifteenth FA-KES sample (fakes-dev-20o, issue 11) showed, each in sentences written for
 * this test, with near misses that must keep their reading: a part of the harmed whose predicate names its kind ("nine
 * of those killed had been identified as civilians"); beheading by its Latinate verb; "militia" as a plural of its
 * members ("troops and militia").
 */
class Issue11TwentyOSampleConstructionsTest {

  private static List<String> bodyForms(String body) {
    return ExtractionFixture.claims(body).stream().map(ConstructionsTest::shortForm).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The monitor said nine of those killed had been identified by the group as civilians.|killed/civilians/9-9",
      "The monitor said at least 14 of the dead were rebels.|killed/fighters/14+",
      "Six of those wounded were children, a doctor said.|injured/children/6-6",
      "Four of the dead were confirmed as soldiers by the army.|killed/soldiers/4-4",
  })
  void aPartsPredicateNamesItsKind(String text, String expected) {
    assertThat(bodyForms(text)).containsExactly(expected.split(","));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a predicate of no kind, or a naming verb with no "as", leaves the part as people
      "The monitor said nine of those killed were from one family.|killed/people/9-9",
      "Four of those killed had been identified by their relatives.|killed/people/4-4",
  })
  void aPredicateOfNoKindLeavesThePartAsPeople(String text, String expected) {
    assertThat(bodyForms(text)).containsExactly(expected.split(","));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The gunmen decapitated four men in the square.|killed/people/4-4",
      "Two shepherds were decapitated near the village.|killed/civilians/2-2",
  })
  void decapitationKills(String text, String expected) {
    assertThat(bodyForms(text)).containsExactly(expected.split(","));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "At least 40 militia were killed in the fighting.|killed/fighters/40+",
      "At least 128 troops and militia were killed on Thursday.|killed/people/128+",
      // the group after "a member of" keeps giving its members' side
      "A member of the militia was killed by a sniper.|killed/fighters/1-1",
  })
  void militiaCountsItsMembers(String text, String expected) {
    assertThat(bodyForms(text)).containsExactly(expected.split(","));
  }
}
