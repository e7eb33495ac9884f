package org.tally.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tally.analysis.Analyser;
import org.tally.lexicon.Lexicons;
import org.tally.model.Document;
import org.tally.model.Metadata;

/**
 * Issue 11 ({@link PastLeads#recalled}): a first incident the text dates weeks before the report ("Three months ago,
 * a suicide bomber killed 20") is recalled to set the scene; the later incident it dates to the report's days is the
 * main incident.
 */
class PastLeadsRecalledTest {
  private static final Analyser ANALYSER = Analyser.from(Lexicons.bundled());

  // a Sunday
  private static MainIncident main(String text) {
    return ANALYSER.analyse(new Document("d", "d.txt", text, new Metadata(null, null, null, "2017-10-15")))
        .mainIncident();
  }

  @Test
  void monthsAgoThenSaturdaysBlast() {
    MainIncident incident = main("Three months ago, a suicide bomber killed 20 people in Damascus. On Saturday,"
        + " another blast killed seven people in Bab Musalla, police said.");
    assertThat(incident.killedMin()).isEqualTo(7);
    assertThat(incident.date()).isEqualTo(LocalDate.of(2017, 10, 14));
  }

  @Test
  void lastWeeksAttackStaysTheNews() {
    // near miss: an attack five days back is a follow-up's incident, not a recollection
    MainIncident incident = main("On Tuesday, a suicide bomber killed 20 people in Damascus. On Saturday, a"
        + " second blast killed seven people in Bab Musalla, police said.");
    assertThat(incident.killedMin()).isEqualTo(20);
  }

  @Test
  void anOldAttackAloneStaysTheNews() {
    // near miss: nothing recent follows, so the old attack is what the article is about
    MainIncident incident = main("Three months ago, a suicide bomber killed 20 people in Damascus. On Saturday,"
        + " investigators named the bomber, police said.");
    assertThat(incident.killedMin()).isEqualTo(20);
  }
}
