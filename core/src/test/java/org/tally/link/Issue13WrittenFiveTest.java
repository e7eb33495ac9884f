package org.tally.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.link.ClaimFixture.killed;
import static org.tally.model.Victims.CIVILIANS;
import static org.tally.model.Victims.PEOPLE;
import static org.tally.model.Victims.SOLDIERS;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;

/**
 * Issue 13, the fifth written linking set: one raid whose town outlets call by two of the gazetteer's names (a camp and
 * its town), and one bomb in a governorate's seat whose dead are "citizens" to one outlet and "soldiers" to another.
 */
class Issue13WrittenFiveTest {
  private final IncidentLinker linker = IncidentLinker.from(Lexicons.bundled());

  private List<Incident> link(ClaimFixture... claims) {
    return linker.link(Arrays.stream(claims).map(ClaimFixture::ref).toList());
  }

  private static ClaimFixture raidOn(String doc, String town, int toll) {
    return killed(doc, CIVILIANS, toll).saidBy("syrian-opposition").by("syrian-government")
        .on("2016-11-19", "Saturday").published("2016-11-19").at(town, "Rif Dimashq")
        .says("Regime warplanes killed civilians on Saturday in raids on " + town + ".");
  }

  @Test
  void aCampAndItsTownAreOneTown() {
    assertThat(link(raidOn("a", "Khan ash Shih camp", 7), raidOn("b", "Khan ash Shih", 7))).hasSize(1);
  }

  @Test
  void aCampAndAnotherTownOfTheGovernorateStayTwoAttacks() {
    // near miss: the generic word is dropped, not the rest of the name
    assertThat(link(raidOn("a", "Khan ash Shih camp", 7), raidOn("b", "Zakiyah", 7))).hasSize(2);
  }

  private static ClaimFixture citizens() {
    return killed("a", CIVILIANS, 4).saidBy("sana").by("syrian-opposition").on("2016-11-17", "Thursday")
        .published("2016-11-17").at("Dar'a", "Daraa")
        .says("Four citizens were martyred on Thursday when an explosive device planted by terrorists went off on a bus.");
  }

  private static ClaimFixture soldiers(int toll, String sentence) {
    return killed("b", SOLDIERS, toll).saidBy("sohr").by("syrian-opposition").on("2016-11-17", "Thursday")
        .published("2016-11-18").at("Dar'a", "Daraa").says(sentence);
  }

  @Test
  void oneBombsCitizensAndSoldiersInOneSeatCityWithOneTollAreOneIncident() {
    assertThat(link(citizens(),
        soldiers(4, "Four regime soldiers were killed on Thursday when a bomb exploded on a bus carrying troops.")))
        .hasSize(1);
  }

  @Test
  void citizensAndSoldiersWithOtherTollsStayTwoIncidents() {
    // near miss: a seat city is a governorate's name too; only the same toll with the same attack makes one report
    assertThat(link(citizens(),
        soldiers(7, "Seven regime soldiers were killed on Thursday when a bomb exploded on a bus carrying troops.")))
        .hasSize(2);
  }

  @Test
  void citizensOfABombAndSoldiersOfClashesStayTwoIncidents() {
    // near miss: the attack words must fit
    assertThat(link(citizens(), soldiers(4, "Four regime soldiers were killed on Thursday in clashes with rebels.")))
        .hasSize(2);
  }

  @Test
  void aSaidDayAfterAHyphenatedOutletIsStillASaidDay() {
    StatementDays days = LinkRules.from(Lexicons.bundled()).statementDays();
    assertThat(days.saidOn("The toll rose to 10 local activists told Al-Araby al-Jadeed on Monday.", "Monday")).isTrue();
  }

  @Test
  void peopleOfACampAndCiviliansOfItsTownJoin() {
    assertThat(link(raidOn("a", "Khan ash Shih camp", 7),
        killed("b", PEOPLE, 7).saidBy("sohr").by("syrian-government").on("2016-11-19", "Saturday")
            .published("2016-11-19").at("Khan ash Shih", "Rif Dimashq")
            .says("Air strikes killed seven people in Khan al-Shih on Saturday."))).hasSize(1);
  }
}
