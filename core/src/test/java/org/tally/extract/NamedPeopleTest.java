package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.extract.ExtractionFixture.claimAt;
import static org.tally.extract.ExtractionFixture.shortForms;

import org.junit.jupiter.api.Test;

/**
 * People told by name rather than by a number (NamedPeople): a roll of names with bracketed ages after its harm, a
 * nom de guerre after "alias", a name with its age in brackets or between commas. Moved here from the fourteenth
 * fresh sample's constructions (issue 11), read by the extractor alone.
 */
class NamedPeopleTest {
  @Test
  void aRollOfNamesWithBracketedAgesAfterItsHarmCountsOnePersonAnAge() {
    String roll = "Killed were: Hassan Darwish (52); his son, Adel (19); and a passer-by, Mahmoud Saeed (44), who was"
        + " near the door.";
    assertThat(shortForms(roll)).containsExactly("killed/people/3-3");
    assertThat(claimAt(roll, "Hassan Darwish (52); his son, Adel (19); and a passer-by, Mahmoud Saeed (44)")
        .count().span().start()).isEqualTo(roll.indexOf("Hassan"));
    assertThat(shortForms("The wounded were: Ali Hamid (22) and Mona Saleh (age 31).")).containsExactly(
        "injured/people/2-2");
  }

  @Test
  void aRollWithNoBracketedAgesOrNoColonCountsNoOneByAges() {
    assertThat(shortForms("Killed were the owners of the shop.")).isEmpty();
    assertThat(shortForms("Killed were civilians (3 of them in the queue).")).doesNotContain("killed/people/1-1");
  }

  @Test
  void anAliasBetweenQuotesIsOnePerson() {
    assertThat(shortForms("Alias 'El Zorro', ringleader of a drug gang, died in combat with the troops."))
        .containsExactly("killed/people/1-1");
    assertThat(claimAt("Alias \"Tornillo\" was captured by the police in Tumaco.", "Alias \"Tornillo\"").harm())
        .hasToString("DETAINED");
  }

  @Test
  void anAliasWithNoHarmOfTheirOwnIsNoOneHarmed() {
    assertThat(shortForms("Troops searched the house of alias 'El Mono', a known extortionist.")).isEmpty();
  }

  @Test
  void aNameWithItsAgeInBracketsIsOnePerson() {
    assertThat(shortForms("Hamid Sultani (41) was killed at his shop.")).containsExactly("killed/people/1-1");
    assertThat(shortForms("Sepoy Wali Muhammad (age 22 years, resident of District Bannu), having fought gallantly,"
        + " embraced shahadat.")).containsExactly("killed/people/1-1");
  }

  @Test
  void twoNamesWithBracketedAgesJoinedByAndArePeopleOfOneVerb() {
    assertThat(shortForms("Naik Imran Khan (age 31 years) and Sepoy Wali Muhammad (age 22 years) embraced"
        + " shahadat.")).containsExactly("killed/people/2-2");
  }

  @Test
  void aBracketThatCountsThingsOrASpeakersAgeIsNoPerson() {
    assertThat(shortForms("The convoy (27 vehicles) was attacked.")).isEmpty();
    assertThat(shortForms("Ahmad Ali (35) said the shell killed two people.")).containsExactly("killed/people/2-2");
  }

  @Test
  void aNameWithItsAgeBetweenCommasIsOnePersonNotACount() {
    assertThat(claimAt("The army said that Ahmad Karimi, 45, was killed.", "Ahmad Karimi").count().isExactly(1))
        .isTrue();
    // near miss: a name that is the object of a verb before it is no subject of the harm after the age
    assertThat(shortForms("The army named Ahmad Karimi, 45, was killed.")).doesNotContain("killed/people/1-1");
  }
}
