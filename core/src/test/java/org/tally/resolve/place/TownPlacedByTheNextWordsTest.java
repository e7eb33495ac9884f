package org.tally.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 (place18): a town that the words right after it place in a part of another governorate than its gazetteer
 * entry's ("the village of Atshanah, east Hama": the gazetteer knows only Aleppo's Atshana) is a homonym the gazetteer
 * lacks; the part the text names is the claim's place. A list of cities or provinces is not.
 */
class TownPlacedByTheNextWordsTest {
  private static Optional<String> placeOf(String text, String count) {
    return PlaceFixture.placedAt(text, count);
  }

  @Test
  void aVillageThenARegionOfAnotherGovernorate() {
    assertThat(placeOf("The army killed 50 terrorists in the village of Atshanah, east Hama, on Monday.", "50"))
        .contains("REGION Hama east Hama");
  }

  @Test
  void aVillageInTheCountrysideOfAnotherGovernorate() {
    assertThat(placeOf("The army killed 50 terrorists in the village of Atshanah in the Hama countryside.", "50"))
        .hasValueSatisfying(p -> assertThat(p).startsWith("DISTRICT Hama"));
  }

  @Test
  void aVillageOfItsOwnGovernorateStaysTheVillage() {
    // near miss: Aleppo's Atshana in rural Aleppo is the village itself
    assertThat(placeOf("The army killed 50 terrorists in the village of Atshanah, east Aleppo, on Monday.", "50"))
        .hasValueSatisfying(p -> assertThat(p).startsWith("POINT Aleppo"));
  }

  @Test
  void aListOfCitiesAndProvinces() {
    // near miss: "Aleppo, Idlib province" lists places; the city named as its governorate is no homonym
    assertThat(placeOf("Shelling killed 12 people in Aleppo, Idlib province and Hama.", "12"))
        .hasValueSatisfying(p -> assertThat(p).startsWith("POINT Aleppo"));
  }

  @Test
  void aTownThenAProvinceAfterACommaMayBeAList() {
    // near miss: after a comma, a province may be the next item of a list
    assertThat(placeOf("Raids killed 12 people in Saraqeb, Hama province and Homs.", "12"))
        .hasValueSatisfying(p -> assertThat(p).startsWith("POINT Idlib"));
  }
}
