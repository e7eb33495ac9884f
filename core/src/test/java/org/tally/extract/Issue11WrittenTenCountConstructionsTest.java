package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.extract.ExtractionFixture.shortForms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Counting constructions that missed in count-written-10's blind pass (issue 11, count31), in sentences written for
 * this test, with near misses: a side's "loss" of its men, the fate of a family,
 * a toll's breakdown after its colon, people still under the rubble, and round-up sentences that open with different
 * towns.
 */
class Issue11WrittenTenCountConstructionsTest {

  @Test
  void theLossOfMenIsTheirDeath() {
    assertThat(shortForms("The rebels admitted the loss of 9 fighters in the battle.")).containsExactly("killed/fighters/9-9");
    // the loss of ground or weapons counts no one
    assertThat(shortForms("The army admitted the loss of 9 tanks in the battle.")).isEmpty();
  }

  @Test
  void theFateOfAFamilyCountsItsMembersAsMissing() {
    assertThat(shortForms("The fate of a family of six who lived on the top floor is unknown."))
        .containsExactly("missing/people/6-6");
  }

  @Test
  void aCountRightAfterATollsColonIsTheFirstPartOfItsBreakdown() {
    assertThat(shortForms("The toll rose to 40 people: 25 civilians among them 8 children and 15 fighters."))
        .contains("killed/people/40-40", "killed/civilians/25-25", "killed/children/8-8", "killed/fighters/15-15");
  }

  @Test
  void peopleStillUnderTheRubbleAreMissing() {
    assertThat(shortForms("At least nine people are believed to be still under the rubble of the building."))
        .containsExactly("missing/people/9+");
    // not "still": the dead under a fallen building stay dead
    assertThat(shortForms("Eleven people were under the rubble when it collapsed.")).containsExactly("killed/people/11-11");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Rescuers recovered 31 bodies from the ruins. Another 6 were found under the stairs on Monday.|killed/people/6-6",
      "Teams counted 16 bodies in the building by noon. 3 more were pulled out in the evening.|killed/people/3-3",
  })
  void moreFoundAfterCountedBodiesAreMoreDead(String text, String expected) {
    assertThat(shortForms(text)).contains(expected);
  }

  @Test
  void moreFoundWithNoBodiesCountedBeforeAreNoDead() {
    assertThat(shortForms("The army captured 30 villages. Another 22 were found empty.")).isEmpty();
  }

  @Test
  void roundUpSentencesOpeningWithDifferentTownsAreTwoTellings() {
    String text = "In Idlib province an air strike killed a man and his son in the town of Saraqeb. In Daraa 3 people "
        + "were wounded by shelling. In Deir ez-Zor the Islamic State executed 2 men in the town of al-Mayadin.";
    // the man and his son in Idlib and the two men in Deir ez-Zor: two claims of 2, not one restated
    assertThat(shortForms(text).stream().filter("killed/people/2-2"::equals)).hasSize(2);
  }
}
