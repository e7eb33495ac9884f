package org.tally.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tally.analysis.Analyser;
import org.tally.lexicon.Lexicons;
import org.tally.model.Document;
import org.tally.model.Metadata;

/**
 * A count a sentence gives after another and "days after" is an earlier attack's, named as background: the main
 * incident is the first count's, with its toll and its day (link/written-9 check, issue 13).
 */
class EarlierAttackCountsTest {
  private static final Analyser ANALYSER = Analyser.from(Lexicons.bundled());

  private static String text(String body) {
    return "Warplanes strike Darat Izza three days after shelling\n\n" + body;
  }

  private static MainIncident main(String text) {
    return ANALYSER.analyse(new Document("d", "d.txt", text, new Metadata(null, null, null, "2017-01-21")))
        .mainIncident();
  }

  @Test
  void theCountAfterDaysAfterIsBackground() {
    String text = text("Warplanes struck a bakery in the town of Darat Izza west of Aleppo on Saturday killing seven civilians three"
        + " days after rocket shelling killed three people in the town activists said.");
    MainIncident incident = main(text);
    assertThat(incident.killedMin()).isEqualTo(7);
    assertThat(text.substring(incident.leadCount().start(), incident.leadCount().end())).isEqualTo("seven");
    assertThat(incident.date()).hasToString("2017-01-21");
  }

  @Test
  void daysAfterBeforeAnyCountIsTheNews() {
    // near miss: "two days after the truce began" comes before the only count; that count is the news
    MainIncident incident = main(text("Two days after the truce began warplanes struck a bakery in the town of Darat"
        + " Izza on Saturday killing seven civilians activists said."));
    assertThat(incident.killedMin()).isEqualTo(7);
  }
}
