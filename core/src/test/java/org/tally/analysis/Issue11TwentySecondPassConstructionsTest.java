package org.tally.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.model.Harm;

/**
 * Constructions of the twenty-second fresh sample of issue 11 (fresh-documents/twenty-second-release-*: press desk
 * replies, corrections, bulleted operational updates, air summaries, ministry statements), each in sentences of our
 * own with near misses that must not fire: another's claim the release answers, a definite count or the rest of one
 * told again, a count's apposed people, a part of the other side or of another bullet's province, a subject known to
 * the reader with a coordinated passive, a death after a long relative clause, the nouns "patrolman", "foreign
 * national" and "supplier".
 */
class Issue11TwentySecondPassConstructionsTest {
  // releases are counted with the ISAF convention, as the owners count them
  private static final ReleaseReadings READ = new ReleaseReadings(Lexicons.bundled().layered(RuleFiles.QUANTIFIERS,
      Path.of("../examples/isaf-quantities.tsv")));

  private static String release(String body) {
    return "Operations in the province\n\nKABUL, Afghanistan (May 3, 2011) - " + body;
  }

  @Test
  void anothersClaimTheReleaseAnswersIsNoneOfItsOwn() {
    assertThat(READ.total(release("In response to media reports that 12 civilians were killed in an air strike in"
        + " Watapur district, ISAF states that the strike killed six insurgents."), Harm.KILLED)).isEqualTo(6);
    assertThat(READ.total(release("A security force killed two armed insurgents in Sherzad district. Claims that"
        + " civilians were killed during the operation are being reviewed."), Harm.KILLED)).isEqualTo(2);
    // near miss: a count the release passes on as its own
    assertThat(READ.total(release("The district governor said three civilians were killed when insurgents fired"
        + " rockets into the bazaar."), Harm.KILLED)).isEqualTo(3);
  }

  @Test
  void aDefiniteCountOrTheRestOfOneToldBeforeIsToldAgain() {
    assertThat(READ.total(release("The force returned fire, killing four armed insurgents. Initial information"
        + " indicates that all four individuals killed were armed."), Harm.KILLED)).isEqualTo(4);
    assertThat(READ.total(release("A security force detained three suspected insurgents in Chahar Bolak district. A"
        + " third man was wounded. The two other suspected insurgents were detained at the compound."),
        Harm.DETAINED)).isEqualTo(3);
    // near miss: two more people, not the rest
    assertThat(READ.total(release("A security force detained three suspected insurgents in Chahar Bolak district."
        + " Two other suspected insurgents were detained in a nearby village."), Harm.DETAINED)).isEqualTo(5);
  }

  @Test
  void aCountsApposedPeopleAreTheSamePeople() {
    assertThat(READ.total(release("The strike killed six insurgents. The assessment also found that two civilians,"
        + " a woman and her son, were killed when a bomb struck a house."), Harm.KILLED)).isEqualTo(8);
  }

  @Test
  void aPartIsOfItsOwnSideAndItsOwnBulletsProvince() {
    assertThat(READ.total(release("Insurgents fired rockets into a bazaar, killing three civilians. Police responded"
        + " and killed one of the attackers."), Harm.KILLED)).isEqualTo(4);
    // near miss: one of the dead told again
    assertThat(READ.total(release("The force killed three insurgents in Zurmat district. One of the insurgents killed"
        + " was a Taliban commander."), Harm.KILLED)).isEqualTo(3);
    assertThat(READ.total(release("Afghan and coalition forces conducted operations in two provinces.\n\n* Kandahar"
        + " \u2013 A security force detained a Taliban facilitator and two suspected insurgents in Panjwai district.\n\n"
        + "* Helmand \u2013 A combined force killed an insurgent in Nahr-e Saraj district. The force detained a second"
        + " insurgent, who had been wounded."), Harm.DETAINED)).isEqualTo(4);
  }

  @Test
  void peopleKnownToTheReaderTakeTheirClausesPassive() {
    assertThat(READ.total(release("Afghan forces called the occupants of the compound outside. The five men came out"
        + " peacefully and were detained."), Harm.DETAINED)).isEqualTo(5);
  }

  @Test
  void aDeathAfterALongRelativeClauseOfHarm() {
    assertThat(READ.claims(release("An insurgent who was wounded and detained during an operation in Marjah district,"
        + " Helmand province, on Wednesday later died of his wounds."), Harm.KILLED)).containsExactly("fighters/1");
    // near miss: a death in the clause, the main verb no harm
    assertThat(READ.claims(release("An insurgent who was wounded and detained during an operation in Marjah district,"
        + " Helmand province, on Wednesday later told investigators where the weapons were."), Harm.KILLED)).isEmpty();
  }

  @Test
  void patrolmenForeignNationalsAndSuppliersArePeople() {
    assertThat(READ.claims(release("One of our patrolmen was martyred."), Harm.KILLED)).containsExactly("soldiers/1");
    assertThat(READ.total(release("Our forces also captured a foreign national who was fighting with them."),
        Harm.DETAINED)).isEqualTo(1);
    assertThat(READ.total(release("A security force detained a Taliban facilitator, a weapons supplier and three"
        + " associates."), Harm.DETAINED)).isEqualTo(5);
  }
}
