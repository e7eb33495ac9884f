package org.tally.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 13 (a known miss of link28): "the Church of Saint George in Mhardeh" is in the Hama town the text names, not in
 * Antigua's Saint George Parish; the town's spelling "Mhardeh" is GeoNames' Muhradah.
 */
class ChurchOfASaintTest {
  @Test
  void theChurchOfASaintIsInTheTownNamedNextToIt() {
    assertThat(PlaceFixture.ofCount("Two citizens were killed when terrorists fired rocket shells at the Church of"
        + " Saint George in Mhardeh on Monday.", "Two")).hasValueSatisfying(m -> {
          assertThat(m.place().name()).isEqualTo("Muhradah");
          assertThat(m.place().admin1()).isEqualTo("Hama");
        });
  }
}
