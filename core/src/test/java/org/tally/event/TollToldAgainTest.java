package org.tally.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tally.analysis.Analyser;
import org.tally.lexicon.Lexicons;
import org.tally.model.Document;
import org.tally.model.Metadata;

/**
 * A monitor's toll told in more than one step: one more of the dead told with "also", a figure withdrawn and corrected
 * in one sentence, a toll a later death raises ("raising the toll to five").
 */
class TollToldAgainTest {
  private static final Analyser ANALYSER = Analyser.from(Lexicons.bundled());

  private static MainIncident main(String text) {
    return ANALYSER.analyse(new Document("d", "d.txt", text, new Metadata(null, null, null, "2022-06-06")))
        .mainIncident();
  }

  @Test
  void onePersonAlsoKilledAddsToTheToll() {
    assertThat(main("Clashes in Ras al-Ain\n\nClashes broke out on Monday between two factions in the town of Ras"
        + " al-Ain. Five fighters were killed and seven others were injured. A civilian, a shop owner, was also killed by"
        + " a stray bullet.").killedMin()).isEqualTo(6);
    assertThat(main("Drone strike near Amuda\n\nA drone struck a checkpoint near Amuda on Sunday, killing two fighters."
        + " The driver of a passing car was also killed.").killedMin()).isEqualTo(3);
  }

  @Test
  void alsoOfAnotherHarmOrASeparateAttackAddsNothing() {
    // near misses: "also wounded" is no death; a separate attack is another incident
    assertThat(main("Drone strike near Amuda\n\nA drone struck a checkpoint near Amuda on Sunday, killing two fighters."
        + " A child was also wounded.").killedMin()).isEqualTo(2);
    assertThat(main("Drone strike near Amuda\n\nA drone struck a checkpoint near Amuda on Sunday, killing two fighters."
        + " In a separate attack, a shepherd was also killed.").killedMin()).isEqualTo(2);
  }

  @Test
  void aFigureCorrectedInItsOwnSentenceGivesWay() {
    assertThat(main("Drone strike near Tal Rifaat\n\nA drone targeted a car near Tal Rifaat in Aleppo on Sunday."
        + " Initial reports said three people were killed; SOHR later confirmed that two fighters died in the strike.")
        .killedMin()).isEqualTo(2);
    // near miss: no correction, a part of the dead told after the figure
    assertThat(main("Drone strike near Tal Rifaat\n\nA drone targeted a car near Tal Rifaat in Aleppo on Sunday."
        + " Initial reports said three people were killed, including two fighters.").killedMin()).isEqualTo(3);
  }

  @Test
  void aDeathThatRaisesTheTollGivesTheToll() {
    assertThat(main("Attack on a post near Samarra\n\nMilitants attacked a post near Samarra late on Sunday. Four"
        + " fighters were killed and two wounded. One of the wounded died in hospital, raising the toll to five.")
        .killedMin()).isEqualTo(5);
    assertThat(main("Attack on a post near Samarra\n\nMilitants attacked a post near Samarra late on Sunday, killing"
        + " three soldiers. A wounded soldier died on Monday, bringing the death toll to four.").killedMin()).isEqualTo(4);
  }
}
