package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.extract.ExtractionFixture.claims;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A figure before a colon is a count unless the colon is a clock's, glued to digits on both sides: "the toll rose to
 * 53: 21 civilians and 32 fighters" opens a breakdown of the 53 (count31's count-written-10 gave no claim at all).
 */
class CountBeforeAColonTest {
  private static List<Integer> killed(String text) {
    return claims("Report", text).stream().map(c -> c.count().min()).toList();
  }

  @Test
  void aTollBeforeItsBreakdownIsCounted() {
    assertThat(killed("The death toll rose to 53: 21 civilians and 32 fighters.")).containsExactly(53, 21, 32);
    assertThat(killed("Death toll in bombing raid on Aleppo rises to 76: monitor.")).containsExactly(76);
  }

  @Test
  void aClockTimeIsNoCount() {
    // near miss: "10:30" is glued to its minutes, a time of day
    assertThat(killed("Shelling at 10:30 killed 5 people.")).containsExactly(5);
  }
}
