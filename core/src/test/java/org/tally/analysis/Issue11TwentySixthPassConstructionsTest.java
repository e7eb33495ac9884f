package org.tally.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.model.Harm;

/**
 * Constructions of the twenty-sixth and twenty-seventh fresh passes of issue 11 (fresh-documents/twenty-sixth-release-*
 * and twenty-seventh-report-*: detentions worded every way, Afghan forces alone, numbered operations; monitor reports
 * of 2021-2024 with context leads and tolls in pieces), each in sentences of our own with near misses that must not
 * fire: people detained and let go in their own clause, "the individual" told again, commandos, a unit's number, a
 * wounded man "who later died".
 */
class Issue11TwentySixthPassConstructionsTest {
  private static final ReleaseReadings READ = new ReleaseReadings(Lexicons.bundled().layered(RuleFiles.QUANTIFIERS,
      Path.of("../examples/isaf-quantities.tsv")));

  private static String release(String body) {
    return "Operations in the province\n\nKABUL, Afghanistan (May 3, 2011) - " + body;
  }

  @Test
  void peopleDetainedAndLetGoInTheirOwnClauseAreNoDetainees() {
    assertThat(READ.total(release("The force detained two suspected insurgents. Four other men were detained for"
        + " questioning and later released."), Harm.DETAINED)).isEqualTo(2);
    assertThat(READ.total(release("Police arrested a bomb maker. Three persons of interest were questioned and"
        + " released at the scene."), Harm.DETAINED)).isEqualTo(1);
    // near miss: detained, and released nothing of theirs
    assertThat(READ.total(release("Four men were detained for questioning and taken to the district centre."),
        Harm.DETAINED)).isEqualTo(4);
  }

  @Test
  void theIndividualDetainedIsThePersonToldBefore() {
    assertThat(READ.total(release("The security force detained a Taliban leader in the district. After initial"
        + " questioning, the security force detained the individual along with one other suspected insurgent."),
        Harm.DETAINED)).isEqualTo(2);
    // near miss: the leader's bodyguard is someone else
    assertThat(READ.total(release("The commandos captured a Taliban leader. The force also detained the leader's"
        + " bodyguard."), Harm.DETAINED)).isEqualTo(2);
  }

  @Test
  void commandosAreSoldiersButAUnitsNumberIsNoCount() {
    assertThat(READ.claims(release("One commando was killed and four were wounded when their vehicle struck a mine."),
        Harm.KILLED)).containsExactly("soldiers/1");
    assertThat(READ.claims(release("Three commandos were killed in the ambush."), Harm.KILLED))
        .containsExactly("soldiers/3");
    // near miss: "40 Commando" is a unit of the Royal Marines
    assertThat(READ.claims(release("A soldier from 40 Commando was killed in the attack."), Harm.KILLED))
        .doesNotContain("soldiers/40", "people/40");
  }

  @Test
  void aWoundedManWhoLaterDiedIsDead() {
    assertThat(READ.total(release("The soldiers killed seven attackers. An insurgent was detained as he tried to flee"
        + " with a wounded comrade, who later died of his wounds."), Harm.KILLED)).isEqualTo(8);
    // near miss: a wounded man who was treated lives
    assertThat(READ.total(release("The soldiers killed seven attackers and detained a wounded insurgent, who was"
        + " treated at the base."), Harm.KILLED)).isEqualTo(7);
  }

  private static String report(String body) {
    return "Strike on market\n\nKadugli, 4 March 2024 - " + body;
  }

  @Test
  void moreDeadInTheSentenceAddToItsToll() {
    assertThat(READ.analyse(report("A drone struck a market in the town of Kauda on Saturday. Local authorities said 11"
        + " people died at the scene and two more in hospital.")).mainIncident().killedMin()).isEqualTo(13);
    // near miss: a part of the dead is no more
    assertThat(READ.analyse(report("A drone struck a market in the town of Kauda on Saturday, killing 11 people,"
        + " among them two children.")).mainIncident().killedMin()).isEqualTo(11);
    // near miss: a risen toll holds the more found after it
    assertThat(READ.analyse(report("The toll of Tuesday's attack on the market has risen to 21 dead, after six more"
        + " bodies were recovered on Thursday.")).mainIncident().killedMin()).isEqualTo(21);
  }
}
