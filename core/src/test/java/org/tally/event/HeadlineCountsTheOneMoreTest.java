package org.tally.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tally.analysis.Analyser;
import org.tally.lexicon.Lexicons;
import org.tally.model.Document;

/**
 * "A civilian was also killed" adds one to the lead's toll, unless the headline's toll already counts the body's first
 * dead and that one together (issue 11: an interaction of the seventeenth session's merges on a monitor report).
 */
class HeadlineCountsTheOneMoreTest {
  private static final String BODY = "Clashes between the SDF and clan fighters in the town of Diban in the eastern"
      + " countryside of Deir ez-Zor on Tuesday left six fighters dead, SOHR said. A civilian was also killed by stray"
      + " bullets outside his home.";

  @ParameterizedTest
  @CsvSource({
      // seven is six and the one more
      "Clashes in Diban leave seven dead, 7",
      // six is the fighters alone: the civilian is one more
      "Clashes in Diban leave six fighters dead, 7",
  })
  void theOneMoreIsAddedOnlyWhereTheHeadlineLeftHimOut(String title, int toll) {
    String text = title + "\n\nDeir ez-Zor, 30 August 2023\n\n" + BODY + "\n";
    MainIncident incident = Analyser.from(Lexicons.bundled()).analyse(new Document("t", "t.txt", text, null))
        .mainIncident();
    assertThat(incident.killedMin()).isEqualTo(toll);
  }
}
