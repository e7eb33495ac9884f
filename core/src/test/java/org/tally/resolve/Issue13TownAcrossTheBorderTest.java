package org.tally.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tally.model.Claim;

/**
 * Issue 13: a harm across the border of the country an article is about. A place abroad is mostly a dateline, a
 * government's name or background, and is passed over; but a town the text calls one ("the border city of Kilis"),
 * which the gazetteer knows only as the governorate named after it, is where the harm happened.
 */
class Issue13TownAcrossTheBorderTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2016, 9, 12);
  /** What makes the article one about Syria. */
  private static final String SYRIA = " Syrian rebels backed by Turkey took the towns of Akhtarin and Dabiq near Azaz"
      + " in Aleppo province, and air strikes hit Idlib and Jisr al-Shughur.";

  private static Claim first(String body) {
    return ResolvedBody.first(body, PUBLISHED);
  }

  @Test
  void aBorderCityCalledOneIsWhereTheRocketsKilled() {
    Claim claim = first("Rockets fired from Syria hit the Turkish border city of Kilis on Sunday, killing a police"
        + " officer." + SYRIA);
    assertThat(claim.location().country()).isEqualTo("TR");
    assertThat(claim.location().text()).contains("Kilis");
  }

  @Test
  void theTownOfAProvinceNamedLikeItCountsInAnyWording() {
    Claim claim = first("Two children were killed when a shell landed in the town of Kilis, Turkish officials said."
        + SYRIA);
    assertThat(claim.location().country()).isEqualTo("TR");
  }

  @Test
  void aProvinceAbroadNamedAsAGovernmentOrBackgroundStillGivesWay() {
    Claim claim = first("Air strikes killed 12 civilians in the town of Saraqib on Sunday, as Kilis province"
        + " prepared for more refugees." + SYRIA);
    assertThat(claim.location().country()).isEqualTo("SY");
    assertThat(claim.location().admin1()).isEqualTo("Idlib");
  }

  @Test
  void aProvinceAbroadTheSentenceCallsOneIsWhereTheSoldiersDied() {
    Claim claim = ResolvedBody.claims("Turkish shelling of the town of Jindires killed nine civilians on Tuesday."
        + " Turkey's army said two soldiers were killed in Reyhanli, in Hatay province, by rockets fired from Syria."
        + SYRIA, PUBLISHED).stream().filter(c -> "two".equals(c.countText())).findFirst().orElseThrow();
    assertThat(claim.location().country()).isEqualTo("TR");
    assertThat(claim.location().admin1()).isEqualTo("Hatay");
  }
}
