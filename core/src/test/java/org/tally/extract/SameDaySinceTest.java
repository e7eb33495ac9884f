package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.model.Claim;
import org.tally.model.Document;
import org.tally.model.Layout;
import org.tally.model.Scope;
import org.tally.model.Section;
import org.tally.model.SectionKind;

/**
 * "Killed in strikes on Douma since dawn": a "since" with a time of the same day counts one day's strikes on a place,
 * not the war's dead; the same time of a day long past ("since the morning of 15 March 2011") still does.
 */
class SameDaySinceTest {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.from(Lexicons.bundled());

  private static Scope scopeOf(String text) {
    Layout layout = new Layout(List.of(new Section(SectionKind.BODY, 0, text.length())));
    List<Claim> claims = EXTRACTOR.extract(new Document("t", "test", text, null), layout);
    assertThat(claims).as(text).hasSize(1);
    return claims.get(0).scope();
  }

  @Test
  void sinceDawnIsTheDaysIncident() {
    assertThat(scopeOf("Fourteen civilians were killed in air raids on Saqba since dawn, rescuers said."))
        .isEqualTo(Scope.INCIDENT);
  }

  @Test
  void sinceThisMorningIsTheDaysIncident() {
    assertThat(scopeOf("At least 16 people have died in the shelling of Harasta since this morning."))
        .isEqualTo(Scope.INCIDENT);
  }

  @Test
  void sinceTheMorningOfADayLongPastIsStillATotal() {
    assertThat(scopeOf("More than 400 people have been killed since the morning of 15 March 2011."))
        .isEqualTo(Scope.CUMULATIVE);
  }

  @Test
  void sinceAYearIsStillATotal() {
    assertThat(scopeOf("Some 2,000 civilians have been killed in the province since 2015."))
        .isEqualTo(Scope.CUMULATIVE);
  }
}
