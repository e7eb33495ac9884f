package org.tally.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.model.Span;

/** statement-day-cues.tsv read by resolution: the day something was said is not the day of the harm. */
class SaidDaysTest {
  private static final SaidDays SAID = SaidDays.from(Lexicons.bundled());

  private static boolean said(String text, String day) {
    int at = text.indexOf(day);
    return SAID.saidOn(text, new Span(at, at + day.length()));
  }

  @Test
  void aMonitorSaidOnADay() {
    assertThat(said("Fourteen fighters were killed, a monitor said on Friday.", "Friday")).isTrue();
    assertThat(said("A source told AFP late on Tuesday that eight died.", "Tuesday")).isTrue();
    assertThat(said("Government forces killed 30, according to a statement released Saturday.", "Saturday")).isTrue();
    assertThat(said("The two governments traded assertions Wednesday about the attack.", "Wednesday")).isTrue();
  }

  @Test
  void theHarmsOwnDayIsNoStatements() {
    assertThat(said("Fourteen fighters were killed on Friday near the town.", "Friday")).isFalse();
    assertThat(said("Rockets hit the district of the city on Friday.", "Friday")).isFalse();
  }

  @Test
  void aCueInTheSentenceBeforeDoesNotReach() {
    assertThat(said("The monitor said. Raids hit on Friday.", "Friday")).isFalse();
  }
}
