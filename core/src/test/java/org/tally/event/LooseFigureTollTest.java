package org.tally.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tally.analysis.Analyser;
import org.tally.lexicon.Lexicons;
import org.tally.model.Document;
import org.tally.model.Metadata;

/**
 * Issue 11: in the lead sentence, a vague word ("dozens", "scores of", "several") beside a figure for the same
 * victims ("where 38 civilians have been killed") is the figure said loosely; the incident's toll is the figure.
 */
class LooseFigureTollTest {
  private static final Analyser ANALYSER = Analyser.from(Lexicons.bundled());

  private static MainIncident main(String text) {
    return ANALYSER.analyse(new Document("d", "d.txt", text, new Metadata(null, null, null, "2016-10-30")))
        .mainIncident();
  }

  @Test
  void dozensOfCiviliansThenTheirFigure() {
    MainIncident incident = main("Dozens of civilians were killed in air strikes on the town of Saraqeb on Saturday,"
        + " where 41 civilians have died since the morning, a monitor said.");
    assertThat(incident.killedMin()).isEqualTo(41);
  }

  @Test
  void severalSoldiersThenTheirFigure() {
    MainIncident incident = main("Several soldiers were killed when a roadside bomb hit a patrol near Hama on"
        + " Saturday, and seven soldiers died in all, the army said.");
    assertThat(incident.killedMin()).isEqualTo(7);
  }

  @Test
  void scoresOfPeopleThenTheirFigure() {
    MainIncident incident = main("Scores of people were killed in a car bomb in the town of Azaz on Saturday, where"
        + " 57 people died, rescuers said.");
    assertThat(incident.killedMin()).isEqualTo(57);
  }

  @Test
  void aVagueWordAloneIsStillTheToll() {
    // near miss: without a figure beside it, the vague word is all the article says
    MainIncident incident = main("Dozens of civilians were killed in air strikes on the town of Saraqeb on Saturday,"
        + " a monitor said.");
    assertThat(incident.killedMin()).isEqualTo(24);
  }

  @Test
  void aFigureInWordsIsNoVagueWord() {
    // near miss: "more than twenty" is a figure, so the lead's first figure stays the toll
    MainIncident incident = main("Air strikes killed more than twenty fighters near Palmyra on Saturday, and 100"
        + " fighters have died there since the start of the month, a monitor said.");
    assertThat(incident.killedMin()).isEqualTo(21);
  }
}
