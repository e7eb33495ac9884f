package org.tally.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.model.Harm;

/**
 * Constructions the eleventh fresh sample of issue 11 missed (fresh-documents/eleventh-*), each in sentences of our own
 * with near misses that must not fire: ages after "aged" with no commas, a name and age after "that", wounded people
 * then held, a later count that corrects a release's figure, "a couple of his associates", an accomplice past a long
 * relative clause, and a monitor report's toll that rises in an update, replaces a withdrawn figure, or grows by "two
 * more".
 */
class Issue11EleventhPassConstructionsTest {
  // releases are counted with the ISAF convention, as the owners count them
  private static final ReleaseReadings READ = new ReleaseReadings(Lexicons.bundled().layered(RuleFiles.QUANTIFIERS,
      Path.of("../examples/isaf-quantities.tsv")));

  private static String release(String body) {
    return "Operations in the province\n\nKABUL, Afghanistan (May 3, 2011) - " + body;
  }

  private static String report(String title, String body) {
    return title + "\n\nIraq incident log, 12 May 2022\n\n" + body;
  }

  private static Integer toll(String text) {
    return READ.analyse(text).mainIncident().killedMin();
  }

  @Test
  void agesAfterAgedAreNoCount() {
    assertThat(READ.claims(release("Two boys aged 11 and 14 died when an old shell exploded."), Harm.KILLED))
        .containsExactly("children/2");
    assertThat(READ.claims(release("Three women aged 30, 45 and 61 were killed in the raid."), Harm.KILLED))
        .containsExactly("women/3");
    // near miss: a number after "aged" alone is no count, nor does it stop the count before it
    assertThat(READ.claims(release("A man aged 40 was killed by a sniper."), Harm.KILLED)).containsExactly("people/1");
    // a count after "and" that follows no age is a count of its own
    assertThat(READ.claims(release("Four soldiers and 12 civilians were killed in the blast."), Harm.KILLED))
        .containsExactly("soldiers/4", "civilians/12");
  }

  @Test
  void aNameWithItsAgeAfterThatIsOnePerson() {
    assertThat(READ.total(release("Officials confirmed today that Mullah Karim, 45, a senior Taliban leader, was killed"
        + " in the strike."), Harm.KILLED)).isEqualTo(1);
    assertThat(READ.total(release("Police said that Abdul Hadi, 38, was detained at his home."), Harm.DETAINED))
        .isEqualTo(1);
    // near miss: a name and age with no harm after them count no one, and the age is never a count
    assertThat(READ.total(release("Officials confirmed that Mullah Karim, 45, led the attack on the checkpoint."),
        Harm.KILLED)).isZero();
  }

  @Test
  void woundedPeopleThenHeldAreDetainedToo() {
    assertThat(READ.claims(release("Two wounded insurgents were captured after the firefight."), Harm.DETAINED))
        .containsExactly("fighters/2");
    assertThat(READ.claims(release("Three injured attackers are in custody."), Harm.DETAINED))
        .containsExactly("fighters/3");
    assertThat(READ.claims(release("Two wounded insurgents were captured after the firefight."), Harm.INJURED))
        .containsExactly("fighters/2");
    // near misses: the wounded taken to hospital, or wounded and then dead, are not held
    assertThat(READ.claims(release("Two wounded insurgents were taken to a hospital."), Harm.DETAINED)).isEmpty();
    assertThat(READ.claims(release("Four wounded civilians died in hospital."), Harm.DETAINED)).isEmpty();
  }

  @Test
  void aLaterCountThatPutsTheNumberCorrectsTheFigure() {
    assertThat(READ.total(release("Police repelled an attack on their post, killing six insurgents, according to initial"
        + " reports.\n\nA later count by the district chief put the number of insurgents killed at eight."),
        Harm.KILLED)).isEqualTo(8);
    // near miss: a count that puts a figure with no word of a later count adds as any claim does
    assertThat(READ.total(release("The force killed two insurgents in Nad Ali. In Garmsir, officials put the number of"
        + " insurgents killed at three."), Harm.KILLED)).isEqualTo(5);
  }

  @Test
  void aQuantifierBeforeAPossessiveCountsThePossessorsPeople() {
    assertThat(READ.total(release("The force detained a Taliban facilitator and a couple of his associates."),
        Harm.DETAINED)).isEqualTo(3);
    assertThat(READ.claims(release("The troops killed a handful of their fighters near the hill."), Harm.KILLED))
        .containsExactly("fighters/4");
    // near miss: a couple of things of his is no people
    assertThat(READ.claims(release("Police detained the man and seized a couple of his rifles."), Harm.DETAINED))
        .containsExactly("people/1");
  }

  @Test
  void anAccompliceIsOnePersonPastALongRelativeClause() {
    assertThat(READ.total(release("His accomplice, who had driven him to the checkpoint on a motorcycle, was apprehended"
        + " a short distance away."), Harm.DETAINED)).isEqualTo(1);
    assertThat(READ.total(release("Police arrested two accomplices of the bomber."), Harm.DETAINED)).isEqualTo(2);
    // near miss: a relative clause longer than the aside allows tells nothing of its subject
    assertThat(READ.total(release("His accomplice, who had driven him from a village in the north of the province to"
        + " the checkpoint on the road to the city on a motorcycle, was apprehended."), Harm.DETAINED)).isZero();
  }

  @Test
  void aTollThatRisesInAnUpdateIsTheIncidents() {
    assertThat(toll(report("Car bomb in the market", "A car bomb exploded near the market in the centre of the town on"
        + " Wednesday, killing four people, according to initial reports.\n\nUpdate: The toll has risen to six dead after"
        + " two of the wounded died in hospital."))).isEqualTo(6);
    // near miss: a lower "risen to" figure is another source's count or a part of the dead
    assertThat(toll(report("Clashes in the town", "More than 50 fighters were killed in clashes in the town on"
        + " Wednesday. The number of rebels killed has risen to 39, the monitor said."))).isEqualTo(51);
  }

  @Test
  void aWithdrawnFigureGivesWayToTheNextCount() {
    assertThat(toll(report("Drone hits car", "A drone hit a car on the road on Sunday.\n\nCorrection: an earlier"
        + " version of this report said five people were killed. The Civil Defence has confirmed that four civilians"
        + " died."))).isEqualTo(4);
    // near miss: a figure with no word of withdrawal stays the lead's
    assertThat(toll(report("Drone hits car", "A drone hit a car on the road on Sunday, killing five people. The Civil"
        + " Defence said four of them were civilians."))).isEqualTo(5);
  }

  @Test
  void twoMoreDeadOfTheSameAttackAddToTheToll() {
    assertThat(toll(report("Attack on a post", "Militants attacked a post near the village on Thursday. Three fighters"
        + " were killed. When villagers came to help, the militants detonated a roadside bomb, killing two more fighters"
        + " and a civilian."))).isEqualTo(6);
    // near misses: more dead of a separate attack, or of an attack the sentence introduces, are another incident's
    assertThat(toll(report("Attack on a post", "Militants attacked a post near the village on Thursday. Three fighters"
        + " were killed. In a separate attack, two more fighters were killed."))).isEqualTo(3);
    assertThat(toll(report("Attack on a post", "Militants attacked a post near the village on Thursday. Three fighters"
        + " were killed. Two more civilians were killed in a rocket attack on a nearby town."))).isEqualTo(3);
  }
}
