package org.tally.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;

class StatementDaysTest {
  private final StatementDays days = LinkRules.from(Lexicons.bundled()).statementDays();

  @Test
  void aDayAfterAWordOfSpeakingIsWhenItWasSaid() {
    assertThat(days.saidOn("Forty people died in the raid, the monitor said on Sunday.", "Sunday")).isTrue();
    assertThat(days.saidOn("The toll rose to 8, a source told SANA late on Tuesday.", "Tuesday")).isTrue();
    assertThat(days.saidOn("The army announced Friday that 30 fighters were killed.", "Friday")).isTrue();
  }

  @Test
  void aDayOfTheHarmIsNot() {
    assertThat(days.saidOn("At least 19 people were killed near the capital on Tuesday.", "Tuesday")).isFalse();
    assertThat(days.saidOn("Barrel bombs dropped on Thursday killed 11 civilians.", "Thursday")).isFalse();
    // a word of speaking too far before the day is not about it
    assertThat(days.saidOn("The monitor said that rockets fired at the city killed ten on Wednesday.", "Wednesday"))
        .isFalse();
  }

  @Test
  void aDayTheSentenceDoesNotHoldIsNotASaidDay() {
    assertThat(days.saidOn("The monitor said ten were killed.", "Monday")).isFalse();
    assertThat(days.saidOn(null, "Monday")).isFalse();
  }
}
