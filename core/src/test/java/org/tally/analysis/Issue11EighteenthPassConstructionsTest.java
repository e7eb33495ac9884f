package org.tally.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.model.Harm;

/**
 * Constructions of the eighteenth fresh sample of issue 11 (fresh-documents/eighteenth-*), each in sentences of our own
 * with near misses that must not fire: the deaths a target was "involved in", an attack "earlier this month", an
 * operation "In one of the operations" a total told before holds, a list after "including" that ends at its verb, and
 * a day without a year right after the date a release's lead writes.
 */
class Issue11EighteenthPassConstructionsTest {
  // releases are counted with the ISAF convention, as the owners count them
  private static final ReleaseReadings READ = new ReleaseReadings(Lexicons.bundled().layered(RuleFiles.QUANTIFIERS,
      Path.of("../examples/isaf-quantities.tsv")));

  private static String release(String body) {
    return "Operations in the province\n\nKABUL, Afghanistan (May 3, 2011) - " + body;
  }

  @Test
  void theDeathsATargetWasInvolvedInAreHisRecord() {
    assertThat(READ.total(release("Police killed three gunmen in a raid on a hideout on Monday night. The gunmen were"
        + " involved in the killing of two policemen in the city in March."), Harm.KILLED)).isEqualTo(3);
    // near miss: the release's own killing told with "involved" elsewhere is still its own
    assertThat(READ.total(release("Police involved in the raid on Monday night killed three gunmen and two of their"
        + " guards."), Harm.KILLED)).isEqualTo(5);
  }

  @Test
  void anAttackEarlierThisMonthIsBackground() {
    assertThat(READ.total(release("An air weapons team killed a Taliban commander in Nad-e Ali district yesterday."
        + " Earlier this month his fighters carried out an attack that killed four policemen."), Harm.KILLED))
        .isEqualTo(1);
    // near miss: "this month" alone dates no earlier attack
    assertThat(READ.total(release("An air weapons team killed a Taliban commander in Nad-e Ali district yesterday."
        + " This month the force has also killed two of his fighters who planted bombs."), Harm.KILLED)).isEqualTo(3);
  }

  @Test
  void oneOfTheOperationsIsInTheTotalToldBefore() {
    assertThat(READ.total(release("Afghan forces conducted operations in three provinces in the past 48 hours, killing"
        + " four insurgents and detaining nine suspected insurgents. In one of the operations, in Andar district,"
        + " commandos killed an insurgent who was planting a bomb."), Harm.KILLED)).isEqualTo(4);
    // near miss: a separate operation told after a total is one more
    assertThat(READ.total(release("Afghan forces conducted operations in three provinces in the past 48 hours, killing"
        + " four insurgents. In a separate operation in Andar district, commandos killed an insurgent who was"
        + " planting a bomb."), Harm.KILLED)).isEqualTo(5);
  }

  @Test
  void aListAfterIncludingEndsAtItsVerb() {
    assertThat(READ.total(release("Twelve militants, including two commanders, were killed in the operation, and a"
        + " militant was captured with his rifle."), Harm.DETAINED)).isEqualTo(1);
    // near miss: a member of the list itself is nested
    assertThat(READ.total(release("The force detained five suspects, including a commander, and a courier."),
        Harm.DETAINED)).isEqualTo(5);
  }

  @Test
  void aDayRightAfterTheLeadsDateStaysInItsYear() {
    String text = "Strike kills commander\n\nTAMPA, Fla. - Forces conducted a strike in Syria on 12 July 2024, killing"
        + " a senior leader.\n\nSeparately, on the night of 13 July, forces conducted a raid in eastern Syria which"
        + " resulted in the capture of an ISIS official and one of his associates.";
    assertThat(READ.total(text, Harm.DETAINED)).isEqualTo(2);
  }
}
