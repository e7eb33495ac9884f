package org.tally.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.resolve.time.Times.day;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.model.Span;

/**
 * Issue 14, verify written-4's vw4-12: a toll update of an attack dated in the possessive runs from the attack's day to
 * the later day its sentence gives, so a per-victim export's dead of both days are its event.
 */
class UpdatedTollDaysTest {
  private static TimeMention forClaim(String text, String count, LocalDate document) {
    int c = text.indexOf(count);
    return TimeResolver.from(Lexicons.bundled()).forClaim(text, new Span(0, text.length()),
        new Span(c, c + count.length()), document).orElseThrow();
  }

  @Test
  void anUpdatedTollRunsFromItsAttacksDayToTheDayTheLastDied() {
    // 2021-04-23 is a Friday
    String text = "The death toll of Thursday's car bomb explosion in the city of Al-Bab has risen to nine after two"
        + " of the wounded died in hospital on Friday.";
    TimeMention m = forClaim(text, "nine", day("2021-04-23"));
    assertThat(m.start()).isEqualTo(day("2021-04-22"));
    assertThat(m.end()).isEqualTo(day("2021-04-23"));
    assertThat(m.span().text(text)).isEqualTo("Thursday");
  }

  @Test
  void theDeathsOfTheLaterDayKeepThatDay() {
    String text = "The death toll of Thursday's car bomb explosion in the city of Al-Bab has risen to nine after two"
        + " of the wounded died in hospital on Friday.";
    TimeMention m = forClaim(text, "two", day("2021-04-23"));
    assertThat(m.start()).isEqualTo(day("2021-04-22").plusDays(1));
    assertThat(m.isDay()).isTrue();
  }

  @Test
  void aCountThatUpdatesNoTollKeepsItsOwnDay() {
    String text = "Thursday's car bomb in Al-Bab was followed by another that killed nine people on Friday.";
    TimeMention m = forClaim(text, "nine", day("2021-04-23"));
    assertThat(m.start()).isEqualTo(day("2021-04-23"));
    assertThat(m.isDay()).isTrue();
  }

  @Test
  void anAttackLongBeforeTheUpdateIsNotWidenedTo() {
    // 2017-05-12 is a Friday: the dead counted four days after Monday's bombing are a later figure, dated as before
    String text = "The death toll of Monday's bombing has risen to 40 after more bodies were found on Friday.";
    TimeMention m = forClaim(text, "40", day("2017-05-12"));
    assertThat(m.start()).isEqualTo(day("2017-05-12"));
    assertThat(m.isDay()).isTrue();
  }
}
