package org.tally.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Samarra (Iraq, 158,000 people) and Samara (Russia, 1.2 million) fold to one key. Where the text names no other
 * place, the big city of a country whose war Tally reads beats the bigger one abroad; a village at home still loses
 * to a big city abroad (PlaceContextTest's Mansoura).
 */
class HomonymAbroadOfACoveredTownTest {
  @Test
  void iraqsSamarraWhenNothingElseTellsThem() {
    assertThat(PlaceFixture.named("Gunmen killed three members of one family in their orchard south of Samarra"
        + " yesterday.", "Samarra").country()).isEqualTo("IQ");
  }

  @Test
  void russiasSamaraWhenTheTextIsOnRussia() {
    assertThat(PlaceFixture.named("Floods hit Samara and Kazan in Russia on Monday.", "Samara").country())
        .isEqualTo("RU");
  }
}
