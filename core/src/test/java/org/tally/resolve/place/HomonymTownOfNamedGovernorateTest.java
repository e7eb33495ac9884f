package org.tally.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Al Hamidiyah: a town of Tartus and villages of Idlib and Quneitra. Of two towns at home, the one in the governorate
 * the article names beats a bigger one of a governorate it does not name; where it names none, the town wins.
 */
class HomonymTownOfNamedGovernorateTest {
  private static String admin1Of(String name, String text) {
    return PlaceFixture.named(text, name).admin1();
  }

  @Test
  void theVillageOfTheNamedGovernorate() {
    assertThat(admin1Of("Hamidiyah", "Rebels attacked an army post near the village of al-Hamidiyah, killing four"
        + " soldiers. The attack came amid fighting in the countryside of Quneitra.")).isEqualTo("Quneitra");
  }

  @Test
  void theTownWhereNoGovernorateIsNamed() {
    assertThat(admin1Of("Hamidiyah", "Rebels attacked an army post near the village of al-Hamidiyah, killing four"
        + " soldiers.")).isEqualTo("Tartus");
  }

  @Test
  void theCapitalsMarketInAnArticleOnDamascus() {
    assertThat(admin1Of("Hamidiyeh", "A bomb went off in the heart of Damascus on Wednesday. Health officials said"
        + " 21 were wounded near al-Hamidiyeh market.")).isEqualTo("Damascus");
  }
}
