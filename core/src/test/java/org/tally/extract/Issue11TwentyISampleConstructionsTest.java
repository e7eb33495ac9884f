package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.extract.ExtractionFixture.claims;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tally.extract.victim.VictimWords;

/**
 * Counting constructions the ninth FA-KES sample (fakes-dev-20i, issue 11) and 20h's blind misses showed missing, each
 * in sentences written for this test, with near misses that must keep their reading: an age in days, weeks or months
 * glued by hyphens ("a two-day-old baby") and "teenage" before the person; a record's participle between the people and
 * their harm ("374 people recorded killed", "were identified among those killed"); the idiom "VERB lives of" without
 * its article; "another number of" and "numbers of"; and a figureless toll ("dozens more injured") of one incident kept
 * apart from the same word in another incident's sentence.
 */
class Issue11TwentyISampleConstructionsTest {

  private static List<String> bodyForms(String body) {
    return claims(body).stream().map(ConstructionsTest::shortForm).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The bombardment killed a two-day-old baby in the hospital.|killed/children/1-1",
      "A six-month-old girl was wounded when the shell hit the house.|injured/children/1-1",
      "A three-week-old infant died in the camp after the raid.|killed/children/1-1",
      "Shrapnel wounded a 9-years-old girl near the school.|injured/children/1-1",
      "The sniper shot dead a ten-year-old boy in the market.|killed/children/1-1",
      "The teenage son of a shopkeeper was killed by a sniper.|killed/people/1-1",
      "A teenage girl was wounded in the shelling.|injured/children/1-1",
  })
  void anAgeBeforeThePersonIsNoCountOfItsOwn(String text, String expected) {
    assertThat(bodyForms(text)).containsExactly(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // an age of something that is no person, or a count of ages: no claim
      "The two-day-old ceasefire collapsed in the town.",
      "The five-year-old war has left the city in ruins.",
      "The teenage years of the boys were spent in the camp.",
      "A six-month-old truce was broken by the offensive.",
  })
  void anAgeOfNoPersonMakesNoClaim(String text) {
    assertThat(bodyForms(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Activists said 374 people recorded killed in the city during the past week.|killed/people/374-374",
      "The monitor said 31 civilians were identified among those killed.|killed/civilians/31-31",
      "Nine civilians were counted among the dead after the raid.|killed/civilians/9-9",
      "At least 40 people were documented killed in the siege.|killed/people/40+",
      "Twelve soldiers were registered wounded at the field hospital.|injured/soldiers/12-12",
  })
  void aRecordsParticipleStandsBetweenThePeopleAndTheirHarm(String text, String expected) {
    assertThat(bodyForms(text)).containsExactly(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // the participle with no harm after it, or the verb before the count: nothing harmed
      "The monitor recorded 40 violations of the truce.",
      "Police identified 12 suspects in the case.",
      "Officials counted 300 tents at the camp.",
  })
  void aRecordsVerbWithoutHarmMakesNoClaim(String text) {
    assertThat(bodyForms(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The war has taken lives of more than 300 people.|killed/people/301+",
      "The explosion took lives of 6 workers at the plant.|killed/civilians/6-6",
      "The shell hit the school, taking lives of 3 pupils.|killed/children/3-3",
      "The fire cost lives of 9 residents.|killed/civilians/9-9",
  })
  void livesOfWithoutItsArticleIsDeath(String text, String expected) {
    assertThat(bodyForms(text)).containsExactly(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // lives saved or changed, not taken: no claim
      "The doctors saved lives of 20 children.",
      "The programme changed lives of 500 people.",
  })
  void livesOfWithoutATakingVerbMakesNoClaim(String text) {
    assertThat(bodyForms(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The army killed and injured another number of gunmen near the bridge.|casualties/fighters/3+",
      "Troops killed numbers of gunmen in the farms.|killed/fighters/3+",
  })
  void anotherNumberOfAndNumbersOfAreVague(String text, String expected) {
    assertThat(bodyForms(text)).containsExactly(expected);
  }

  @Test
  void largeNumbersWithoutHarmMakeNoClaim() {
    assertThat(bodyForms("Large numbers of foreign fighters were coming into the province.")).isEmpty();
  }

  @Test
  void aFigurelessTollBesideAnotherIncidentsTollIsItsOwn() {
    String text = "Activists said 67 people were killed and dozens more injured in air strikes on the city on Sunday. "
        + "In the north, five people were killed and dozens more injured in air strikes on the town.";
    assertThat(bodyForms(text)).containsExactlyInAnyOrder(
        "killed/people/67-67", "injured/people/24+", "killed/people/5-5", "injured/people/24+");
  }

  @Test
  void aFigurelessTollBesideAToTollOfAnotherFigureStaysApartAcrossKinds() {
    String text = "Air strikes on the province killed at least 44 people and wounded more than 100. "
        + "Elsewhere strikes on the town killed at least 10 civilians and wounded dozens more, the monitor said.";
    assertThat(bodyForms(text)).contains("injured/people/101+", "injured/civilians/24+");
  }

  @Test
  void aLeadAndBodyTellingTheSameTollStayOneClaim() {
    // the same toll beside it: a restatement, one claim of dozens injured
    String text = "The strike killed five people and wounded dozens in the market. "
        + "Five people were killed and dozens were wounded, the monitor said.";
    assertThat(bodyForms(text)).containsExactlyInAnyOrder("killed/people/5-5", "injured/people/24+");
  }

  @Test
  void aFigurelessTollRestatedWithoutATollBesideItStaysOneClaim() {
    String text = "The strike killed five people and wounded dozens in the market. "
        + "Dozens were wounded, doctors at the hospital said.";
    assertThat(bodyForms(text)).containsExactlyInAnyOrder("killed/people/5-5", "injured/people/24+");
  }

  @Test
  void agesAreToldInDaysWeeksMonthsAndYearsOnly() {
    assertThat(VictimWords.isAge("two-day-old")).isTrue();
    assertThat(VictimWords.isAge("month-and-a-half-old")).isTrue();
    assertThat(VictimWords.isAge("9-years-old")).isTrue();
    assertThat(VictimWords.isAge("age-old")).isFalse();
    assertThat(VictimWords.isAge("two-day")).isFalse();
  }
}
