package org.tally.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.resolve.time.Times.day;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.model.Span;

/**
 * Issue 13, written-4: a toll update dated by the day its count was said ("has climbed to 23 ... said on Wednesday")
 * split from its attack of Monday; in a toll update's sentence the harm's own day wins over a said day.
 */
class Issue13TollUpdateSaidDayTest {
  private static Optional<TimeMention> forClaim(String text, String count, LocalDate document) {
    int c = text.indexOf(count);
    return TimeResolver.from(Lexicons.bundled()).forClaim(text, new Span(0, text.length()),
        new Span(c, c + count.length()), document);
  }

  @Test
  void aTollUpdateIsDatedByItsAttacksDayNotByTheDayItWasSaid() {
    String text = "The number of civilians killed in the air attack on a market in Idlib province on Monday has climbed"
        + " to 23 local civil defense workers said on Wednesday.";
    // 2018-02-07 is a Wednesday
    Optional<TimeMention> m = forClaim(text, "23", day("2018-02-07"));
    assertThat(m.orElseThrow().span().text(text)).isEqualTo("Monday");
    assertThat(m.orElseThrow().start()).isEqualTo(day("2018-02-05"));
  }

  @Test
  void aTollUpdateThatGivesOnlyTheDayItWasSaidKeepsThatDay() {
    String text = "The number of civilians killed in the raid has risen to 25 the agency said on Friday.";
    Optional<TimeMention> m = forClaim(text, "25", day("2018-02-09"));
    assertThat(m.orElseThrow().span().text(text)).isEqualTo("Friday");
  }

  @Test
  void anotherFigureOfTheUpdatesSentenceKeepsTheNearestDay() {
    // "four" is not the updated toll: the day after it still dates it, as in any sentence
    String text = "The death toll from Thursdays suicide bombing in Hasakah city has risen to 15 the Observatory"
        + " said on Sunday as four of the wounded died in hospital.";
    Optional<TimeMention> m = forClaim(text, "four", day("2014-05-11"));
    assertThat(m.orElseThrow().span().text(text)).isEqualTo("Sunday");
  }

  @Test
  void outsideATollUpdateTheNearestDayAfterTheCountStillWins() {
    // "rescuers say killed 11 people on Sunday": a day after a cue may still be the harm's where no toll is updated
    String text = "AFP Tuesday 10 Oct 2017 The watchdog said on Tuesday it would investigate a gas attack that rescuers"
        + " say killed 11 people on Sunday.";
    Optional<TimeMention> m = forClaim(text, "11", day("2017-10-10"));
    assertThat(m.orElseThrow().span().text(text)).isEqualTo("Sunday");
  }
}
