package org.tally.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.resolve.place.PlaceFixture.RESOLVER;
import static org.tally.resolve.place.PlaceFixture.SYRIA;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tally.model.Span;

/**
 * Issue 13 (place18): the land around a city that is a governorate of its own lies in the governorate around it
 * ("the suburbs of the capital Damascus", "the Damascus region" are Rif Dimashq), and "the capital" or "Syrias capital"
 * before the city's name only restates it, so the words before them still place it.
 */
class SurroundingsOfTheCapitalTest {
  /** Precision and governorate of the place of the claim whose count is the first occurrence of {@code count}. */
  private static Optional<String> placeOf(String text, String count) {
    return PlaceFixture.placedAt(text, count);
  }

  @Test
  void theSuburbsOfTheCapitalNamedAfterIt() {
    assertThat(placeOf("Air raids on the eastern suburbs of the capital Damascus killed 14 people.", "14"))
        .hasValueSatisfying(p -> assertThat(p).contains("Rif Dimashq"));
  }

  @Test
  void theRegionOfTheCapital() {
    assertThat(placeOf("Shelling killed nine people in the Damascus region on Tuesday.", "nine"))
        .contains("DISTRICT Rif Dimashq Damascus region");
  }

  @Test
  void theCountrysideOfAnotherCityStaysInItsGovernorate() {
    // near miss: Hama is no governorate of its own, so its countryside is Hama's
    assertThat(placeOf("Shelling killed nine people in the Hama region on Tuesday.", "nine"))
        .contains("DISTRICT Hama Hama region");
  }

  @Test
  void bearingFromTheCountrysCapitalNamedAfterIt() {
    assertThat(placeOf("Blasts near a shrine south of Syrias capital Damascus killed 50 people.", "50"))
        .contains("NEAR_POINT Rif Dimashq south of Syrias capital Damascus");
  }

  @Test
  void theOutskirtsOfTheSyrianCapitalNamedAfterIt() {
    assertThat(placeOf("Air strikes on the outskirts of the Syrian capital Damascus killed 12 people.", "12"))
        .hasValueSatisfying(p -> assertThat(p).startsWith("NEAR_POINT Rif Dimashq"));
  }

  @Test
  void theCapitalItselfStaysTheCity() {
    // near miss: "in the capital Damascus" is the city
    assertThat(placeOf("A car bomb killed 12 people in the capital Damascus on Monday.", "12"))
        .contains("POINT Damascus Damascus");
  }

  @Test
  void aQuarterOfTheCapitalStaysTheCity() {
    // near miss: "district" is a quarter of the city, not the land around it
    assertThat(placeOf("Mortar shells on the Jobar district of Damascus killed 3 people.", "3"))
        .hasValueSatisfying(p -> assertThat(p).contains(" Damascus "));
  }

  @Test
  void theOutskirtsOfTheCapitalUnnamed() {
    assertThat(placeOf("Five others were killed on the outskirts of the capital on Monday.", "Five"))
        .contains("NEAR_POINT Rif Dimashq on the outskirts of the capital");
  }

  @Test
  void theSuburbsOfTheCapitalUnnamed() {
    assertThat(placeOf("Air strikes on rebel areas in the suburbs of the capital killed 14 people.", "14"))
        .contains("DISTRICT Rif Dimashq suburbs of the capital");
  }

  @Test
  void theCapitalOfAProvinceIsNoCountrysCapital() {
    // near miss: "the capital of Raqqa province" is Raqqa city, named after it
    assertThat(placeOf("A bomb went off near the capital of Raqqa province, killing 5 people.", "5"))
        .hasValueSatisfying(p -> assertThat(p).doesNotContain("Rif Dimashq").doesNotContain("Damascus"));
  }

  @Test
  void theCapitalThatOnlyLocatesThePlaceBeforeItIsNoPlaceOfItsOwn() {
    // "outside the capital" says where Eastern Ghouta lies: it adds no place, so it weighs nothing in the focus
    String text = "Rebels hold territory in the Eastern Ghouta region outside the capital.";
    assertThat(RESOLVER.find(text, new Span(0, text.length()), SYRIA))
        .noneMatch(m -> m.span().text(text).contains("capital"));
  }
}
