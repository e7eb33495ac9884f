package org.tally.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.resolve.place.PlaceFixture.RESOLVER;
import static org.tally.resolve.place.PlaceFixture.bodyContext;

import org.junit.jupiter.api.Test;
import org.tally.model.Span;

/**
 * A roundup's stretches each about their own governorate: a village named like villages elsewhere is the one of the
 * stretch's governorate, whichever governorate the whole document names more.
 */
class GovernorateSectionsTest {
  private static String admin1Of(String name, String text) {
    return PlaceFixture.named(text, name).admin1();
  }

  // Aqraba: a town of Damascus Countryside and a village of Daraa; the roundup names Damascus Countryside more
  private static final String ROUNDUP = "Army units killed scores of terrorists on Sunday. Damascus Countryside Army"
      + " units killed 12 terrorists in Zamalka and Harasta in Damascus Countryside, and others in Douma. Daraa Units"
      + " of the army killed 15 terrorists in Aqraba, a military source said.";

  @Test
  void aHeadedParagraphsVillageIsItsGovernorates() {
    assertThat(admin1Of("Aqraba", ROUNDUP)).isEqualTo("Daraa");
  }

  @Test
  void withoutItsHeadingTheVillageIsTheGovernorateNamedMore() {
    // the same text with the Daraa heading gone: nothing says the paragraph is Daraa's
    assertThat(admin1Of("Aqraba", ROUNDUP.replace("Daraa Units", "Units"))).isEqualTo("Rif Dimashq");
  }

  @Test
  void aParagraphNamingOneGovernorateKeepsItsVillages() {
    // Suran: a town of Hama and a village of Aleppo; the article names Aleppo more, but Suran's paragraph is Hama's
    String text = "Rebels pressed on in Hama province on Thursday. Shelling on Suran killed three civilians.\n\n"
        + "In Aleppo, a rocket hit Aleppo University, and the Aleppo governor visited the Aleppo countryside.";
    assertThat(admin1Of("Suran", text)).isEqualTo("Hama");
    assertThat(admin1Of("Suran", text.replace("\n\n", " "))).isEqualTo("Aleppo");
  }

  @Test
  void inXCommaOpensAStretch() {
    String text = "Shells fell across the country on Friday. In Hama, mortar shells hit Umm Sahrij, injuring five."
        + " In Homs, rockets hit al-Zahraa, and the Homs police said the Homs countryside was calm.";
    assertThat(bodyContext(text).sectionAdmin1(text.indexOf("Umm Sahrij"))).isEqualTo("Hama");
    assertThat(bodyContext(text).sectionAdmin1(text.indexOf("al-Zahraa"))).isEqualTo("Homs");
    assertThat(bodyContext(text).sectionAdmin1(0)).isNull();
  }

  @Test
  void aLoneHeadlineWordOrADatelineHeadsNothing() {
    String headline = "Aleppo Rebels Shell Government Districts. Shells hit Suran and Hama, killing four.";
    assertThat(bodyContext(headline).sectionAdmin1(headline.indexOf("Suran"))).isNull();
    String dateline = "Aleppo, SANA - Shells hit the city. Homs: a car bomb killed two.";
    assertThat(GovernorateSections.headingStart(dateline, RESOLVER.find(dateline, new Span(0, 6), bodyContext(dateline))
        .get(0))).isEqualTo(-1);
  }
}
