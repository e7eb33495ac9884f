package org.tally.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.model.Claim;

/**
 * Issue 13: places an article names that are not what it is about. Where the wounded died ("in hospitals in Turkey")
 * does not make a Jarablus car bomb a Turkish story; a quarter the text places in a city abroad ("the al-Rawdah
 * neighbourhood of Taiz city") votes for that city's country, not for its Syrian homonym.
 */
class Issue13PlacesNamedAbroadTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2017, 1, 10);

  @Test
  void whereTheWoundedDiedDoesNotTurnTheArticleAbroad() {
    Claim claim = ResolvedBody.first("The death toll from a car bomb that hit the market of Jarablus near the Turkish"
        + " border on Monday rose to 27 on Tuesday as more of the wounded died in hospitals in Turkey the monitor said.",
        PUBLISHED);
    assertThat(claim.location().country()).isEqualTo("SY");
    assertThat(claim.location().admin1()).isEqualTo("Aleppo");
  }

  @Test
  void aQuarterPlacedInACityAbroadVotesForThatCitysCountry() {
    List<Claim> claims = ResolvedBody.claims("A shell killed four civilians on Sunday in the al-Rawdah neighbourhood"
        + " of Taiz city. Residents of al-Rawdah said the shelling of al-Rawdah had gone on for a week. A sniper"
        + " killed a man in al-Rawdah on Monday.", PUBLISHED);
    assertThat(claims).isNotEmpty().allSatisfy(c -> assertThat(c.location().country()).isEqualTo("YE"));
  }
}
