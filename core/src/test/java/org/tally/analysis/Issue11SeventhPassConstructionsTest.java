package org.tally.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.model.Harm;

/**
 * Constructions the seventh fresh sample of issue 11 missed (fresh-documents/seventh-*), each in sentences of its own
 * with a near miss: kin of a soldier, modifiers of the person, an army's "neutralised", a headline's dates, list items,
 * and what a release's total leaves out.
 */
class Issue11SeventhPassConstructionsTest {
  private static final ReleaseReadings READ = new ReleaseReadings(Lexicons.bundled());

  @Test
  void aSoldierAndHisTwoSonsAreThreePeople() {
    String text = "Soldier killed with his sons\n\nKABUL (July 9, 2011) - Insurgents killed a soldier and his two sons at"
        + " their home in Andar district, Ghazni province, last night.";
    assertThat(READ.claims(text, Harm.KILLED)).containsExactly("people/3");
    assertThat(READ.analyse(text).mainIncident().killedMin()).isEqualTo(3);
  }

  @Test
  void aWomanAndHerChildrenAreStillCountedApart() {
    assertThat(READ.claims("Shell hits house\n\nA shell killed a woman and her three children in the town on Sunday.",
        Harm.KILLED)).containsExactlyInAnyOrder("women/1", "children/3");
  }

  @Test
  void anOffDutySoldierIsOne() {
    assertThat(READ.claims("Gunmen kill soldier\n\nGunmen shot dead an off-duty Afghan National Army soldier in Ghazni"
        + " city on Monday.", Harm.KILLED)).containsExactly("soldiers/1");
  }

  @Test
  void theSubjectOfAClauseEndingInAPassiveHarmIsItsVictim() {
    assertThat(READ.claims("Search in Khost\n\nDuring the search, an insurgent armed with a rifle threatened the force and"
        + " was killed.", Harm.KILLED)).containsExactly("fighters/1");
    // near miss: a verb phrase of no harm
    assertThat(READ.claims("Market day\n\nA man walked to the market and was seen by witnesses.", Harm.KILLED)).isEmpty();
  }

  @Test
  void anArmyNeutralisesTheEnemyItKills() {
    assertThat(READ.claims("Army repels attack\n\nThe response of our forces neutralised about thirty terrorists near"
        + " Hombori on Monday.", Harm.KILLED)).containsExactly("fighters/30");
    // near miss: a threat or a device is neutralised, no people
    assertThat(READ.claims("Army clears road\n\nEngineers neutralised two explosive devices on the road on Monday.",
        Harm.KILLED)).isEmpty();
  }

  @Test
  void aHeadlinesDatesAreNoFigure() {
    String text = "Weekly digest, North and East Syria: 5-11 September 2022\n\nHeadline: A drone strike on a car near"
        + " the town of Amuda killed three members of the Asayish forces on Thursday, 8 September.\n\n"
        + "Other incidents this week:\n\u2022 SDF forces arrested five suspected ISIS members in raids in al-Hol camp.\n"
        + "\u2022 Gunmen shot dead a member of a local council in the town of Shuhail.";
    assertThat(READ.analyse(text).mainIncident().killedMin()).isEqualTo(3);
  }

  @Test
  void onePersonOfEachNumberedItemIsSomeoneElse() {
    String text = "Operational update\n\nKABUL, Afghanistan (Dec. 3, 2011)\n\n1. In Kandahar province, a security"
        + " force captured a Taliban leader in Zharay district yesterday.\n\n2. In Helmand province, a security force"
        + " arrested a Taliban facilitator in Nad-e Ali district.";
    assertThat(READ.claims(text, Harm.DETAINED)).containsExactly("fighters/1", "fighters/1");
  }

  @Test
  void onePersonToldTwiceOutsideAListIsOneClaim() {
    String text = "Teacher shot dead in Daraa\n\nGunmen shot dead a teacher in the town of Jasim on Monday. Local"
        + " sources said a teacher was shot dead near his school.";
    assertThat(READ.claims(text, Harm.KILLED)).hasSize(1);
  }

  @Test
  void anEarlierAttackToldInARelativeClauseIsNotTheReleasesToll() {
    String text = "Force detains facilitator\n\nKABUL, Afghanistan (Oct. 14, 2011) - A security force detained a"
        + " Haqqani network facilitator in Sabari district, Khost province, yesterday.\n\nHe supplied the explosives"
        + " for a suicide attack in August that killed three Afghan police officers and a civilian.";
    assertThat(READ.total(text, Harm.KILLED)).isZero();
    assertThat(READ.total(text, Harm.DETAINED)).isEqualTo(1);
  }

  @Test
  void anEarlierAttackToldInThePluperfectIsNotTheReleasesToll() {
    String text = "Police capture militants\n\nLASHKAR GAH, Afghanistan (May 2, 2013) - Police captured seven militants"
        + " in Nad Ali district today.\n\nThe militants had attacked a police checkpoint in the district on Monday,"
        + " killing two policemen.";
    assertThat(READ.total(text, Harm.KILLED)).isZero();
  }

  @Test
  void anEarlierTimeOfAnotherClauseLeavesTheArrestsInTheTotal() {
    String text = "Police arrest facilitators\n\nKABUL, Afghanistan (Sept. 2, 2012) - Police arrested four men"
        + " suspected of helping a suicide bomber who attacked a police checkpoint in Kabul last week.";
    assertThat(READ.total(text, Harm.DETAINED)).isEqualTo(4);
  }

  @Test
  void theReleasesOwnDeadOfItsDayCount() {
    String text = "Force kills insurgents\n\nKABUL, Afghanistan (June 2, 2011) - A security force killed two"
        + " insurgents in Nahr-e Saraj district yesterday.\n\nThe insurgents had fired on the force.";
    assertThat(READ.total(text, Harm.KILLED)).isEqualTo(2);
  }
}
