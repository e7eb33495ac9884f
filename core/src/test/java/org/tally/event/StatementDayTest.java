package org.tally.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tally.analysis.Analyser;
import org.tally.lexicon.Lexicons;
import org.tally.model.Document;
import org.tally.model.Metadata;

/**
 * Issues 11 and 13: the main incident's day is the day the text gives the harm. A day on which something was said
 * ("a monitor said on Friday") only bounds it: the day the next sentences give the harm goes first; a lead that gives
 * no day takes the day of a later sentence that counts its dead again.
 */
class StatementDayTest {
  private static final Analyser ANALYSER = Analyser.from(Lexicons.bundled());
  // a Saturday
  private static final String PRINTED = "2018-03-17";

  private static MainIncident main(String text) {
    return ANALYSER.analyse(new Document("d", "d.txt", text, new Metadata(null, null, null, PRINTED))).mainIncident();
  }

  @Test
  void theNextSentenceGivesTheStrikesDay() {
    MainIncident incident = main("Air raids killed at least 14 fighters near the town of Mayadeen, a monitor said on"
        + " Saturday. The monitor said the raids on the town's outskirts came on Thursday.");
    assertThat(incident.date()).isEqualTo(LocalDate.of(2018, 3, 15));
  }

  @Test
  void thePossessiveDayOfTheBlast() {
    MainIncident incident = main("Nine civilians were killed by a car bomb at a market in the town of Azaz, rescuers"
        + " said on Saturday. Fridays blast tore through the crowded market.");
    assertThat(incident.date()).isEqualTo(LocalDate.of(2018, 3, 16));
  }

  @Test
  void aStatementReleasedOnADayIsTheStatementsDay() {
    MainIncident incident = main("Government forces killed 30 people in a village near Hama, according to a statement"
        + " released Saturday by an opposition group. The troops shot the villagers on Friday night.");
    assertThat(incident.date()).isEqualTo(LocalDate.of(2018, 3, 16));
  }

  @Test
  void aStatementsDayStandsWhereNoOtherDayIsGiven() {
    // near miss: nothing else dates the harm, so the harm happened by the day it was told
    MainIncident incident = main("Air raids killed at least 14 fighters near the town of Mayadeen, a monitor said on"
        + " Thursday. The town has been bombed for weeks.");
    assertThat(incident.date()).isEqualTo(LocalDate.of(2018, 3, 15));
  }

  @Test
  void aDayLongBeforeTheStatementIsAnotherIncidents() {
    // near miss: the second sentence's day lies more than two days before the statement
    MainIncident incident = main("Air raids killed at least 14 fighters near the town of Mayadeen, a monitor said on"
        + " Saturday. The town was first bombed on March 5.");
    assertThat(incident.date()).isEqualTo(LocalDate.of(2018, 3, 17));
  }

  @Test
  void theDayOfTheHarmInTheLeadStands() {
    // near miss: the lead gives the harm its own day, which a later day does not replace
    MainIncident incident = main("Air raids on Thursday killed at least 14 fighters near the town of Mayadeen, a"
        + " monitor said on Saturday. More raids hit the town on Friday.");
    assertThat(incident.date()).isEqualTo(LocalDate.of(2018, 3, 15));
  }

  @Test
  void aLeadWithoutADayTakesTheRestatementsDay() {
    MainIncident incident = main("According to the hospital, four people died in the gas attack on the district of"
        + " Zubdiya. At least four people died when gas was dropped on the district on Thursday, rescuers said.");
    assertThat(incident.date()).isEqualTo(LocalDate.of(2018, 3, 15));
  }

  @Test
  void yesterdaysWithoutItsApostrophe() {
    MainIncident incident = main("Eight rescuers were killed in yesterdays strike on their centre in the town of"
        + " Kafr Zeita.");
    assertThat(incident.date()).isEqualTo(LocalDate.of(2018, 3, 16));
  }
}
