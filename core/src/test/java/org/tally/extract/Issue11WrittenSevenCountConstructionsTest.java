package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.extract.ExtractionFixture.shortForms;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Counting constructions that missed in count-written-7's blind pass and count-written-6's check (issue 11, count28),
 * in sentences written for this test, with near misses: a toll's rows after a colon, a family counted inside a toll, a
 * figure quoted on its own, care as harm, the frames "among the victims were" and "among the dead were also", "killed or
 * wounded" before its object, and the press by its trades.
 */
class Issue11WrittenSevenCountConstructionsTest {

  @Test
  void aTollsRowsAfterAColonCountItsHarm() {
    String text = "The monitor documented the death of 90 people in May. The toll is distributed as follows:\n"
        + "Civilians: 40, among them 9 children\nGovernment soldiers: 30\nRebel fighters: 20";
    assertThat(shortForms(text)).containsExactly("killed/people/90-90", "killed/civilians/40-40",
        "killed/children/9-9", "killed/soldiers/30-30", "killed/fighters/20-20");
  }

  @Test
  void rowsOfNoVictimsTakeTheTollsNotItsBreakdowns() {
    String text = "The network documented the killing of 80 civilians in July, 20 of them children and 9 women. "
        + "It attributed the deaths as follows:\nISIS | 50\nOther parties | 30";
    assertThat(shortForms(text)).contains("killed/civilians/50-50", "killed/civilians/30-30");
  }

  @Test
  void aRowThatNamesItsOwnHarmKeepsIt() {
    String text = "Shells killed nine people and wounded 30 in the city. The police gave this toll:\n"
        + "- Bab Touma: four killed, 11 injured\n- Jaramana: five killed";
    assertThat(shortForms(text)).contains("killed/people/4-4", "injured/people/11-11", "killed/people/5-5");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // no colon introduces the rows
      "The monitor documented the death of 90 people in May.\nCivilians: 40\nSoldiers: 30",
      // the colon introduces no toll
      "The hospital lists its staff as follows:\nDoctors: 12\nNurses: 30",
  })
  void rowsOfNoIntroducedTollCountNoOne(String text) {
    assertThat(shortForms(text)).noneMatch(s -> s.endsWith("/40-40") || s.endsWith("/30-30") || s.endsWith("/12-12"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Warplanes struck the building, killing seven civilians, among them a family of five.|killed/civilians/7-7,killed/people/5-5",
      "The shelling wounded 12 people, including a family of four.|injured/people/12-12,injured/people/4-4",
      // a family of no toll
      "Rescuers searched the houses, including that of a family of five.|",
  })
  void aFamilyInsideATollIsItsPart(String text, String expected) {
    assertThat(shortForms(text)).containsExactly(expected == null ? new String[0] : expected.split(","));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The group said its fighters killed \"dozens\" of regime soldiers near the town.|killed/soldiers/24+",
      "The group said its fighters killed \"dozens of regime soldiers\" near the town.|killed/soldiers/24+",
      "The charity said it had treated 11 patients after the attack.|injured/civilians/11-11",
      "Among the victims were four women who were waiting at the checkpoint.|killed/women/4-4",
      "Among the dead were also two paramedics who rushed to the scene.|killed/civilians/2-2",
      "Air strikes on a market killed or wounded more than 20 civilians.|casualties/civilians/21+",
      "Two correspondents of the agency, Ahmad Aziza and Mohammad al-Hamdan, were killed on Sunday.|killed/civilians/2-2",
  })
  void quotedFiguresCareFramesAndTrades(String text, String expected) {
    assertThat(shortForms(text)).containsExactly(expected.split(","));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // care of no count, a treatment of no people
      "Doctors treated the wounded at a field hospital.",
      "The council treated 40 tons of waste.",
  })
  void careOfNoCountedPeopleCountsNoOne(String text) {
    assertThat(shortForms(text)).isEmpty();
  }

  @Test
  void theWiresOwnCorrespondentIsNoVictim() {
    assertThat(shortForms("A police source confirmed the death toll to an AFP correspondent.")).isEmpty();
  }
}
