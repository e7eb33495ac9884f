package org.tally.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 (place16): "a market in Idlib province's Maaret al-Numan", "the Damascus suburb of Jaramana": a governorate
 * or an area of one that a town of the same governorate follows at once only says where the town lies; the claim is
 * placed at the town. A list ("Idlib province, Saraqib and Binnish"), or a town of another governorate, is not.
 */
class TownAfterItsAreaTest {
  /** Precision and governorate of the place of the claim whose count is the first occurrence of {@code count}. */
  private static Optional<String> placeOf(String text, String count) {
    return PlaceFixture.placedAt(text, count);
  }

  @Test
  void aTownAfterItsProvincesPossessive() {
    assertThat(placeOf("Nine people were killed in air strikes on a market in Idlib province's Saraqeb.", "Nine"))
        .contains("POINT Idlib Saraqeb");
  }

  @Test
  void aTownAfterItsProvinceWithTheApostropheLost() {
    // feeds strip apostrophes: "Idlib provinces Saraqeb"
    assertThat(placeOf("Nine people were killed in air strikes on a market in Idlib provinces Saraqeb.", "Nine"))
        .contains("POINT Idlib Saraqeb");
  }

  @Test
  void aSuburbOfTheCapital() {
    assertThat(placeOf("A car bomb killed 14 people in the Damascus suburb of Jaramana on Tuesday.", "14"))
        .contains("POINT Rif Dimashq Jaramana");
  }

  @Test
  void aTownOfTheCountryside() {
    assertThat(placeOf("Shelling killed six civilians in the Aleppo countryside town of Atareb.", "six"))
        .contains("POINT Aleppo town of Atareb");
  }

  @Test
  void aListAfterTheProvinceStaysTheProvince() {
    // near miss: a comma lists places; the province holds them all
    assertThat(placeOf("Raids killed 30 people in Idlib province, Saraqeb and Binnish among the towns hit.", "30"))
        .hasValueSatisfying(p -> assertThat(p).startsWith("GOVERNORATE Idlib"));
  }

  @Test
  void aTownOfAnotherGovernorateDoesNotNarrowTheProvince() {
    // near miss: Palmyra lies in Homs, not Hama
    assertThat(placeOf("Clashes killed 12 soldiers in Hama province Palmyra's militants said.", "12"))
        .hasValueSatisfying(p -> assertThat(p).startsWith("GOVERNORATE Hama"));
  }
}
