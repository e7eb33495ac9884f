package org.tally.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tally.analysis.Analyser;
import org.tally.lexicon.Lexicons;
import org.tally.model.Document;
import org.tally.model.Metadata;

/**
 * Issue 11 (a monitor's reports with no toll): an event whose article says in so many words that it killed no one
 * has a toll of 0, read from that sentence; an event of unknown toll keeps none.
 */
class NoCasualtiesTest {
  private static final Analyser ANALYSER = Analyser.from(Lexicons.bundled());

  private static MainIncident main(String text) {
    return ANALYSER.analyse(new Document("d", "d.txt", text, new Metadata(null, null, null, "2022-03-02")))
        .mainIncident();
  }

  @Test
  void noCasualtiesReportedIsATollOfZero() {
    String text = "Rockets hit Erbil airport\n\nSeveral rockets hit the outskirts of Erbil airport on Wednesday night. "
        + "No casualties were reported, officials said.";
    MainIncident incident = main(text);
    assertThat(incident.killedMin()).isZero();
    assertThat(incident.killedMax()).isZero();
    assertThat(incident.evidence().text(text)).isEqualTo("No casualties were reported, officials said.");
    assertThat(incident.leadCount().text(text)).isEqualTo("No casualties");
  }

  @Test
  void nobodyKilledInTheLeadSentence() {
    String text = "Convoy attacked near Daraa\n\nGunmen attacked an army convoy near Daraa on Tuesday, but nobody was "
        + "killed.";
    assertThat(main(text).killedMax()).isZero();
  }

  @Test
  void theSentenceStartsAfterAQuotationsClosingMark() {
    String text = "Gas attack on Kurdish forces\n\nFighters said \"our eyes burned.\" The group reported no deaths in the "
        + "attack in Hasakah last month.";
    MainIncident incident = main(text);
    assertThat(incident.evidence().text(text)).startsWith("The group reported no deaths");
  }

  @Test
  void anEventWithADeathTollKeepsIt() {
    // near miss: "no casualties" told of another attack does not undo the event's toll
    MainIncident incident = main("Rebel attack repelled in Aleppo\n\nArmy units killed 25 rebels who attacked positions "
        + "in Aleppo on Monday. Shells later fell on a nearby village, causing no casualties.");
    assertThat(incident.killedMin()).isEqualTo(25);
  }

  @Test
  void anArticleThatSpeaksOfNoDeathReportsNone() {
    // "causing no injuries", a protest, an arrest: no count of the dead and no word of death
    String text = "Shells hit Jaramana\n\nMortar shells hit a square in Jaramana on Sunday, causing no injuries.";
    MainIncident incident = main(text);
    assertThat(incident.killedMin()).isZero();
    assertThat(incident.leadCount()).isNull();
  }

  @Test
  void aWordOfDeathWithoutACountLeavesTheTollUnknown() {
    // near miss: "casualties" were reported, but how many is not read, so the toll is unknown, not 0
    assertThat(main("Rockets hit Erbil airport\n\nSeveral rockets hit the outskirts of Erbil airport on Wednesday, "
        + "causing casualties, officials said.").hasToll()).isFalse();
  }
}
