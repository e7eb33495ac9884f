package org.tally.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;

/**
 * Constructions of the nineteenth fresh sample of issue 11 (fresh-documents/nineteenth-report-*: monitor reports whose
 * main incident is hard to find), each in sentences of our own with near misses that must not fire: a lead that counts
 * no dead and says no one was killed, a toll raised "of the attack to" a figure, a rank before the people noun.
 */
class Issue11NineteenthPassConstructionsTest {
  private static final ReleaseReadings READ = new ReleaseReadings(Lexicons.bundled().layered(RuleFiles.QUANTIFIERS,
      Path.of("../examples/isaf-quantities.tsv")));

  private static String report(String headline, String body) {
    return headline + "\n\nBaghdad, 9 November 2021\n\n" + body;
  }

  private static Integer toll(String text) {
    return READ.analyse(text).mainIncident().killedMin();
  }

  @Test
  void aLeadThatCountsNoDeadAndSaysNoOneWasKilledHasNone() {
    assertThat(toll(report("Police detain 11 suspects in raids", "Security forces detained 11 suspects in a raid on"
        + " the town of Tarmiyah on Tuesday. No casualties were reported. Last week, an attack on a checkpoint in the"
        + " same district killed four fighters."))).isEqualTo(0);
    assertThat(toll(report("Gunmen kidnap three workers", "Gunmen kidnapped three workers at a gas field in Dibis on"
        + " Monday night. No one was killed in the incident. In January, a roadside bomb killed two engineers of the"
        + " same company."))).isEqualTo(0);
    // near miss: the words that say no one was killed come after the lead's own dead, so they are of something else
    assertThat(toll(report("Police detain 11 suspects in raids", "Security forces detained 11 suspects in a raid on"
        + " the town of Tarmiyah on Tuesday. Two soldiers were killed in a clash during the raid. No casualties were"
        + " reported among the civilians of the town."))).isEqualTo(2);
    // near miss: a lead that counts dead keeps its toll whatever a later sentence says of another blast
    assertThat(toll(report("Car bomb kills three in Tarmiyah", "A car bomb killed three people in Tarmiyah on Tuesday."
        + " No casualties were reported in a second blast."))).isEqualTo(3);
  }

  @Test
  void aTollRaisedOfTheAttackToAFigureIsTheIncidents() {
    assertThat(toll(report("Two more die after market shelling", "Two children wounded in Sunday's shelling of a"
        + " market in Idlib city died in hospital on Tuesday, raising the death toll of the attack to six civilians.")))
        .isEqualTo(6);
    // near miss: a count of a year's dead the attack brings to a figure is no toll of it
    assertThat(toll(report("Nurse killed as shells hit clinic", "A nurse was killed when shells struck a clinic in"
        + " Ariha on Sunday. The attack brings the number of health workers killed in the region this year to nine.")))
        .isEqualTo(1);
  }

  @Test
  void aRankBeforeThePeopleNounCounts() {
    assertThat(toll(report("Shelling hits monastery school", "Troops shelled a monastery school in the village on"
        + " Monday, killing a teacher and two novice monks."))).isEqualTo(3);
    // near miss: a word that is no rank still stops the count at the teacher
    assertThat(toll(report("Shelling hits monastery school", "Troops shelled a monastery school in the village on"
        + " Monday, killing a teacher and damaging two novice classrooms."))).isEqualTo(1);
  }
}
