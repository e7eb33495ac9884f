package org.tally.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tally.model.Claim;

/**
 * Issue 13 (place18): "an organisation monitoring the conflict said" describes the monitor; it does not make an
 * incident's toll one of the war as a whole, so the region of the claim's sentence still gives way to the town the
 * next sentence names.
 */
class Issue13MonitorOfTheConflictTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2015, 2, 13);
  private static final String NEXT = " The strikes hit the town of Tal Abyad in the northern province of Raqqa on"
      + " Thursday, he said.";

  @Test
  void aMonitorOfTheConflictStillLetsTheNextSentencePlaceTheIncident() {
    Claim claim = ResolvedBody.first("Air strikes killed at least 20 fighters in northern Syria, an organisation"
        + " monitoring the conflict said on Friday." + NEXT, PUBLISHED);
    assertThat(claim.location().admin1()).isEqualTo("Ar-Raqqah");
  }

  @Test
  void theWarAsAWholeKeepsItsRegion() {
    // near miss: a toll of the whole war keeps the country or region it names
    Claim claim = ResolvedBody.first("More than 200,000 people have been killed in northern Syria in the conflict,"
        + " a monitor said on Friday." + NEXT, PUBLISHED);
    assertThat(claim.location().admin1()).isNull();
  }
}
