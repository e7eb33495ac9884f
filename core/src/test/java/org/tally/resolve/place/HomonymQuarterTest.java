package org.tally.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A quarter of a city named like villages elsewhere (Aleppo's Hamdaniyeh; Hamdaniyah villages of Hasakah and Idlib):
 * the governorate the article names picks among the homonyms, in either direction.
 */
class HomonymQuarterTest {
  private static String admin1Of(String name, String text) {
    return PlaceFixture.named(text, name).admin1();
  }

  @Test
  void inAnArticleOnAleppoTheQuarterIsAleppos() {
    assertThat(admin1Of("Hamdaniyeh", "Rebel shells hit the Hamdaniyeh neighbourhood on Sunday, killing five people."
        + " Aleppo has been divided since 2012, and government forces hold the west of Aleppo city.")).isEqualTo("Aleppo");
    assertThat(admin1Of("Ashrafiyeh", "Rockets fell on al-Ashrafiyeh on Monday. The Aleppo police command said two"
        + " people died.")).isEqualTo("Aleppo");
  }

  @Test
  void aDistrictOfTheNameIsStillTheQuarterOfTheGovernorateTheArticleNamesMost() {
    // "district of" makes the village a district, which names its governorate too: the one named more decides
    assertThat(admin1Of("Hamdaniyeh", "Rebel fire in Aleppo province killed 14 people on Wednesday in government-held"
        + " parts of Aleppo city. Rebel fire on the district of Hamdaniyeh killed 13 of them.")).isEqualTo("Aleppo");
    assertThat(admin1Of("Hamdaniyah", "Kurdish forces in Hasakah province took the district of Hamdaniyah on"
        + " Wednesday, and the Hasakah governor said the city of Qamishli was calm.")).isEqualTo("Al-Hasakah");
  }

  @Test
  void inAnArticleOnHasakahTheVillageIsHasakahs() {
    assertThat(admin1Of("Hamdaniyah", "Clashes broke out near the village of Hamdaniyah in Hasakah province, where"
        + " Kurdish forces hold the city of Qamishli.")).isEqualTo("Al-Hasakah");
  }
}
