package org.tally.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tally.event.MainIncident;
import org.tally.lexicon.Lexicons;
import org.tally.model.Document;

/**
 * A present perfect with no stated time ("the group has killed 33 men") reads as a total; where the headline gives
 * the same figure, it is the incident the article reports. A total with a stated period never is, nor are an arrest
 * release's earlier attacks.
 */
class Issue11HeadlinedTotalIsTheIncidentTest {
  private static MainIncident incident(String title, String body) {
    String text = title + "\n\nApril 6, 2017\n\n" + body + "\n";
    return Analyser.from(Lexicons.bundled()).analyse(new Document("t", "t.txt", text, null)).mainIncident();
  }

  @Test
  void aHeadlinedPresentPerfectIsTheToll() {
    MainIncident incident = incident("Militants kill 33 men near the border",
        "Activists say the militant group has killed 33 young men in the east of the country close to the border.");
    assertThat(incident.killedMin()).isEqualTo(33);
    assertThat(incident.killedMax()).isEqualTo(33);
  }

  @Test
  void aHeadlinedPeriodTotalIsNoToll() {
    MainIncident incident = incident("Assassinations kill 63 in the province",
        "Assassinations have killed 63 people in the province since January, the monitor said.");
    assertThat(incident.killedMin()).isNull();
  }

  @Test
  void anArrestReleasesEarlierBombingIsNoToll() {
    MainIncident incident = incident("Police arrest 12 in Kandahar city",
        "Police arrested 12 people suspected of planning attacks in the city yesterday. The suspects are believed to"
            + " belong to a cell responsible for a bombing that killed five civilians in March.");
    // the arrests killed no one: the dead of March are an earlier incident's, so the toll is 0, never the bombing's 5
    assertThat(incident.killedMin()).isZero();
  }
}
