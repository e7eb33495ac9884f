package org.tally.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.model.Claim;

/**
 * Issue 13: a running total of the whole war, in a sentence that names no place, counts the dead of every governorate;
 * it does not take the place of the attack told in the sentence before it. A total since a later day does.
 */
class Issue13WarTotalsTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2016, 6, 5);

  private static Claim withCount(String body, String countText) {
    List<Claim> claims = ResolvedBody.claims(body, PUBLISHED);
    return claims.stream().filter(c -> countText.equals(c.countText())).findFirst()
        .orElseThrow(() -> new AssertionError("no claim \"" + countText + "\" in " + claims));
  }

  @Test
  void aTotalSinceTheWarStartedIsTheCountrys() {
    Claim total = withCount("Barrel bombs killed nine civilians in the Qaterji district of Aleppo on Sunday. At least"
        + " 280000 people have been killed since Syrias war started in 2011.", "At least 280000");
    assertThat(total.location().admin1()).isNull();
    assertThat(total.location().country()).isEqualTo("SY");
  }

  @Test
  void aTotalOfTheConflictWithALaterReportDayIsTheCountrys() {
    Claim total = withCount("Shells hit the Sheikh Maqsoud district of Aleppo on Thursday, killing 23 people. A"
        + " February report said the conflict has claimed the lives of over 470000 people.", "over 470000");
    assertThat(total.location().admin1()).isNull();
  }

  @Test
  void aTotalSinceALaterDayKeepsThePlaceBeforeIt() {
    Claim total = withCount("Government helicopters dropped barrel bombs on the town of al-Bab in Aleppo province on"
        + " Thursday, killing 11 civilians. Since Saturday at least 68 civilians have been killed in air raids on the"
        + " town.", "at least 68");
    assertThat(total.location().admin1()).isEqualTo("Aleppo");
  }
}
