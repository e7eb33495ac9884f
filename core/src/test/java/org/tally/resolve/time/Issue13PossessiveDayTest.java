package org.tally.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.resolve.time.Times.day;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.model.Span;

/**
 * Issue 13, link/written-3: a follow-up that names its attack by a possessive day ("Thursdays twin attacks") and
 * closes on the day its figure was said ("state media said on Saturday") tells of Thursday's dead, not Saturday's.
 */
class Issue13PossessiveDayTest {
  private static Optional<TimeMention> forClaim(String text, String count, LocalDate document) {
    int c = text.indexOf(count);
    return TimeResolver.from(Lexicons.bundled()).forClaim(text, new Span(0, text.length()),
        new Span(c, c + count.length()), document);
  }

  @Test
  void aPossessiveDayOfTheAttackBeatsTheDayTheFigureWasSaid() {
    String text = "Syrian security forces arrested six people suspected of helping the bombers who carried out"
        + " Thursdays twin attacks in Tartus which killed 38 people state media said on Saturday.";
    // 2016-07-16 is a Saturday
    Optional<TimeMention> m = forClaim(text, "38", day("2016-07-16"));
    assertThat(m.orElseThrow().span().text(text)).startsWith("Thursday");
    assertThat(m.orElseThrow().start()).isEqualTo(day("2016-07-14"));
  }

  @Test
  void withoutAPossessiveDayTheSaidDayStillDatesTheFigure() {
    String text = "Twin attacks in Tartus killed 38 people state media said on Saturday.";
    Optional<TimeMention> m = forClaim(text, "38", day("2016-07-16"));
    assertThat(m.orElseThrow().span().text(text)).isEqualTo("Saturday");
  }

  @Test
  void aDayThatIsOnlyAnotherWordIsNoPossessive() {
    assertThat(EventDays.isPossessive("Mondays shelling", new Span(0, 7))).isTrue();
    assertThat(EventDays.isPossessive("Monday's shelling", new Span(0, 6))).isTrue();
    assertThat(EventDays.isPossessive("Monday shelling", new Span(0, 6))).isFalse();
  }
}
