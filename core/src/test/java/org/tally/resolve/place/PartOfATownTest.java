package org.tally.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tally.model.PlacePrecision;

/**
 * Issue 13 (link/written-10): "a Christian district of Qamishli" and "the old quarter of Daraa" are parts of the town,
 * so the claim is in the town; "the district of Qamishli" is still the district the town names.
 */
class PartOfATownTest {
  @Test
  void aDistrictOfATownToldWithAIsTheTown() {
    Place place = PlaceFixture.ofCount("A suicide bomber killed three guards at a church in a Christian district of"
        + " Qamishli on Sunday.", "three").orElseThrow().place();
    assertThat(place.precision()).isEqualTo(PlacePrecision.POINT);
    assertThat(place.name()).isEqualTo("Al Qamishli");
  }

  @Test
  void theDistrictOfATownIsTheDistrict() {
    // near miss: with "the", the words name the district around the town
    Place place = PlaceFixture.ofCount("Shelling killed three people in the district of Qamishli on Sunday.", "three")
        .orElseThrow().place();
    assertThat(place.precision()).isEqualTo(PlacePrecision.DISTRICT);
  }

  @Test
  void aDirectionsDistrictOfATownStaysADistrict() {
    // near miss: "a northern district of Manbij" may be the district's north as well as a quarter of the town
    Place place = PlaceFixture.ofCount("At least 15 civilians were killed in raids in a northern district of Manbij.",
        "15").orElseThrow().place();
    assertThat(place.precision()).isNotEqualTo(PlacePrecision.POINT);
  }

  @Test
  void theOldQuarterOfATownIsInTheTown() {
    assertThat(PlaceFixture.placedAt("Seven people were killed when barrel bombs fell near a mosque in the old quarter"
        + " of Daraa on Friday.", "Seven")).hasValueSatisfying(p -> assertThat(p).startsWith("POINT Daraa"));
  }
}
