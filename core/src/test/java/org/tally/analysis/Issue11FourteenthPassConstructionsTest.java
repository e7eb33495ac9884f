package org.tally.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.model.Harm;

/**
 * Constructions of the fourteenth fresh sample of issue 11 (fresh-documents/fourteenth-*), each in sentences of our own
 * with near misses that must not fire: a military report's KIA and WIA, an army's honours for its own dead and
 * Pakistan's word for the enemy it killed, a participle of belonging between the people and their harm, and the nouns
 * armies use for their soldiers and their enemies' members (jawan, operative, elements, suppliers, over-ground worker).
 */
class Issue11FourteenthPassConstructionsTest {
  // releases are counted with the ISAF convention, as the owners count them
  private static final ReleaseReadings READ = new ReleaseReadings(Lexicons.bundled().layered(RuleFiles.QUANTIFIERS,
      Path.of("../examples/isaf-quantities.tsv")));

  private static String release(String body) {
    return "Operations in the province\n\nKABUL, Afghanistan (May 3, 2011) - " + body;
  }

  private static String report(String body) {
    return "Shelling hits a house\n\nIdlib, 4 March 2022\n\n" + body;
  }

  private static Integer toll(String text) {
    return READ.analyse(text).mainIncident().killedMin();
  }

  @Test
  void thePeopleAColonListsAfterACountOfTheDeadAreThatCounts() {
    assertThat(toll(report("A shell hit a house in Sarmin on Monday, killing four members of one family: a woman,"
        + " her two daughters and her nephew."))).isEqualTo(4);
    assertThat(toll(report("A shell hit a house in Binnish on Monday, killing three members of one family: Salma"
        + " Omar, 38, her daughter Lina, 7, and her nephew Karim, 16."))).isEqualTo(3);
    assertThat(toll(report("A drone struck a car near Atarib, killing five people: a man, his wife and their three"
        + " children."))).isEqualTo(5);
    // near miss: without the colon the kin add up, as the people before them are counted as one of their own
    assertThat(toll(report("A shell hit a house in Sarmin on Monday, killing a woman, her two daughters and her"
        + " nephew."))).isEqualTo(4);
  }

  @Test
  void aReleasesTotalCountsAColonsListInsideTheCountBeforeIt() {
    assertThat(READ.total(release("The patrol detained three men: a facilitator, his brother and a courier."),
        Harm.DETAINED)).isEqualTo(3);
    // near miss: a count after a colon with no count before it is the release's own
    assertThat(READ.total(release("Results: two insurgents killed near the village."), Harm.KILLED)).isEqualTo(2);
  }

  // the roll's own readings are NamedPeopleTest's (org.tally.extract); here, that it makes the report's toll
  @Test
  void aRollOfNamesWithBracketedAgesIsTheReportsToll() {
    String roll = report("A shell hit a house in Kafr Nabl at noon. Killed were: Hassan Darwish (52); his son, Adel"
        + " (19); and a passer-by, Mahmoud Saeed (44), who was near the door.");
    assertThat(toll(roll)).isEqualTo(3);
  }

  @Test
  void kiaAndWiaAfterACountAreKilledAndWounded() {
    String sitrep = release("The patrol was engaged by insurgents near the village. Enemy casualties: 4 KIA, 1 WIA."
        + " Friendly casualties: 2 WIA.");
    assertThat(READ.claims(sitrep, Harm.KILLED)).containsExactly("people/4");
    assertThat(READ.claims(sitrep, Harm.INJURED)).containsExactly("people/1", "people/2");
    assertThat(READ.claims(release("Casualties: 3 IA KIA near the checkpoint."), Harm.KILLED))
        .containsExactly("soldiers/3");
    // near miss: the words without a count before them count no one
    assertThat(READ.claims(release("The KIA and WIA figures will be released later."), Harm.KILLED)).isEmpty();
  }

  @Test
  void anArmysHonoursForItsDeadAndItsWordForTheEnemysAreDeaths() {
    assertThat(READ.claims(release("Two terrorists were sent to hell and one jawan attained martyrdom in the"
        + " encounter."), Harm.KILLED)).containsExactly("fighters/2", "soldiers/1");
    assertThat(READ.claims(release("Sadly, one soldier paid the supreme price while two others were wounded."),
        Harm.KILLED)).containsExactly("soldiers/1");
    assertThat(READ.claims(release("Three policemen paid the ultimate price at the gate."), Harm.KILLED))
        .containsExactly("soldiers/3");
    // near miss: a price paid in money is no death
    assertThat(READ.claims(release("The villagers paid the price of the fuel in cash."), Harm.KILLED)).isEmpty();
  }

  @Test
  void aParticipleOfBelongingStandsBetweenThePeopleAndTheirHarm() {
    assertThat(READ.claims(release("Twelve terrorists belonging to the Islamic State in the Greater Sahara were"
        + " neutralized during the operation."), Harm.KILLED)).containsExactly("fighters/12");
    assertThat(READ.claims(release("Six fighters affiliated with the group were detained in the raid."),
        Harm.DETAINED)).containsExactly("fighters/6");
    assertThat(READ.claims(release("Nine fighters loyal to the government were killed in the clashes."),
        Harm.KILLED)).containsExactly("fighters/9");
    // near miss: a count of things that belong to someone is no people
    assertThat(READ.claims(release("Three vehicles belonging to the group were destroyed."), Harm.KILLED)).isEmpty();
  }

  @Test
  void armiesNounsForTheirSoldiersAndTheirEnemiesMembersArePeople() {
    assertThat(READ.claims(release("The force detained three ISIS operatives near the town."), Harm.DETAINED))
        .containsExactly("fighters/3");
    assertThat(READ.claims(release("An ISIS operative was captured near the town."), Harm.DETAINED))
        .containsExactly("fighters/1");
    assertThat(READ.claims(release("Five elements of the militia were captured in the attack."), Harm.DETAINED))
        .containsExactly("fighters/5");
    assertThat(READ.claims(release("The troops also arrested two logistics suppliers of the terrorists."),
        Harm.DETAINED)).containsExactly("fighters/2");
    assertThat(READ.claims(release("An over-ground worker who had sheltered the militants was apprehended."),
        Harm.DETAINED)).containsExactly("fighters/1");
    assertThat(READ.claims(release("Two jawans were injured in the exchange of fire."), Harm.INJURED))
        .containsExactly("soldiers/2");
  }

  @Test
  void aFigureTheReleaseTellsAsItsEarlierVersionsIsNoneOfItsCount() {
    String corrected = release("A combined force killed an armed insurgent in Sabari district. Correction: An earlier"
        + " version of this release said that two civilians were killed in the operation.");
    assertThat(READ.total(corrected, Harm.KILLED)).isEqualTo(1);
    String update = release("A service member died following an insurgent attack today. A previous release reported"
        + " that two service members were killed in the attack.");
    assertThat(READ.total(update, Harm.KILLED)).isEqualTo(1);
    // near miss: a release's own word that something was reported is still its count
    String reported = release("Afghan police reported that two insurgents were killed in the clash.");
    assertThat(READ.total(reported, Harm.KILLED)).isEqualTo(2);
  }

  @Test
  void banditsAreFightersOfTheirGangs() {
    assertThat(READ.claims(release("Troops eliminated 12 bandits in Dansadau forest."), Harm.KILLED))
        .containsExactly("fighters/12");
  }

  @Test
  void eachRowOfATableWithCellBordersIsItsOwnOperation() {
    // (a text that ends with such short lines reads them as links to related articles, no claims of its own: the body
    // goes on after the table here, as it does in the release it comes from)
    String table = release("The following table summarises operations in the past 24 hours.\n\n"
        + "Province | District | Result\n"
        + "Helmand | Nad-e Ali | Two insurgents killed\n"
        + "Kandahar | Panjwa'i | Three suspected insurgents detained\n"
        + "Paktiya | Zurmat | One Taliban leader detained, one insurgent killed\n"
        + "Kunar | Asadabad | Weapons cache found, no detentions\n\nIn all operations, no civilians were harmed.\n");
    assertThat(READ.total(table, Harm.KILLED)).isEqualTo(3);
    assertThat(READ.total(table, Harm.DETAINED)).isEqualTo(4);
  }
}
