package org.tally.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tally.model.PlacePrecision;

/**
 * Issue 13, link/written-7: "Regime raids kill 10 in Idlib village" is a village somewhere in Idlib governorate, not
 * the city of Idlib; a village called a village ("Tokhar village") is still that village.
 */
class CityNamedVillageTest {
  @Test
  void aCityThatNamesItsGovernorateCalledAVillageIsTheGovernorate() {
    Place place = PlaceFixture.named("Regime raids kill 10 in Idlib village.", "Idlib");
    assertThat(place.admin1()).isEqualTo("Idlib");
    assertThat(place.precision()).isEqualTo(PlacePrecision.GOVERNORATE);
  }

  @Test
  void theCityAloneIsStillTheCity() {
    assertThat(PlaceFixture.named("Regime raids kill 10 in Idlib city.", "Idlib").precision())
        .isEqualTo(PlacePrecision.POINT);
  }
}
