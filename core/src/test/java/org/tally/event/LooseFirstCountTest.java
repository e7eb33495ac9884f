package org.tally.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tally.analysis.Analyser;
import org.tally.lexicon.Lexicons;
import org.tally.model.Document;
import org.tally.model.Metadata;

/**
 * Issue 11: a first sentence that counts the dead only loosely ("tens of civilians"), as a headline restated atop
 * the body does, is told with its figure in the next sentence ("at least 60 civilians") when that fits its bounds.
 */
class LooseFirstCountTest {
  private static final Analyser ANALYSER = Analyser.from(Lexicons.bundled());

  private static MainIncident main(String text) {
    return ANALYSER.analyse(new Document("d", "d.txt", text, new Metadata(null, null, null, "2016-10-06")))
        .mainIncident();
  }

  @Test
  void dozensThenTheFigure() {
    MainIncident incident = main("Warplanes kill dozens of civilians in Aleppo. The warplanes killed at least 60"
        + " civilians in a village northeast of Aleppo, local sources said.");
    assertThat(incident.killedMin()).isEqualTo(60);
  }

  @Test
  void severalThenTheFigure() {
    MainIncident incident = main("Several soldiers were killed in an ambush near Hama. Seven soldiers died when"
        + " insurgents attacked their convoy, the army said.");
    assertThat(incident.killedMin()).isEqualTo(7);
  }

  @Test
  void anExactFirstCountStays() {
    // near miss: "a man" is exact; a later, larger figure is another incident's
    MainIncident incident = main("A man was killed by a sniper in Aleppo. Rockets killed 12 civilians in another"
        + " district of the city, a police source said.");
    assertThat(incident.killedMin()).isEqualTo(1);
  }

  @Test
  void aFigureBelowTheLooseCountIsNotItsFigure() {
    // near miss: "dozens" is at least 24, so three is not what it said
    MainIncident incident = main("Dozens of fighters were killed in clashes near Aleppo. Three fighters were killed"
        + " in a separate raid, the monitor said.");
    assertThat(incident.killedMin()).isEqualTo(24);
  }
}
