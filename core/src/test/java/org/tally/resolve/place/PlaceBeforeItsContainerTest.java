package org.tally.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.resolve.place.PlaceFixture.RESOLVER;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tally.model.Span;

/**
 * "Air strikes hit Khan Sheikhoun in southern Idlib, killing 12": where the count comes after its places, the wider
 * place nearest it (a governorate, a region, a city's bearing) only says where the place before it lies, and the claim
 * is placed at the finer one.
 */
class PlaceBeforeItsContainerTest {
  /** Name and governorate of the place of the claim whose count is the first occurrence of {@code count}. */
  private static Optional<String> placeOf(String text, String count) {
    return PlaceFixture.ofCount(text, count).map(m -> m.place().precision() + " " + m.place().admin1());
  }

  @Test
  void aTownInItsGovernorate() {
    assertThat(placeOf("Government forces shelled Manbij in Aleppo province, killing seven.", "seven"))
        .contains("POINT Aleppo");
  }

  @Test
  void aTownInARegionOfItsGovernorate() {
    assertThat(placeOf("Air strikes hit Khan Sheikhoun in southern Idlib, killing 12.", "12")).contains("POINT Idlib");
  }

  @Test
  void aTownByItsBearingFromACity() {
    assertThat(placeOf("Government forces shelled Talbiseh, north of Homs, killing seven.", "seven"))
        .contains("POINT Homs");
    assertThat(placeOf("Air strikes on Atareb west of Aleppo killed 12 civilians.", "12")).contains("POINT Aleppo");
  }

  @Test
  void aTownOfAnotherGovernorateByItsBearingFromANearbyCity() {
    String text = "A bomber blew himself up in a market in Baquba, northeast of Baghdad, killing 11 people.";
    int at = text.indexOf("11");
    assertThat(RESOLVER.forClaim(text, new Span(0, text.length()), new Span(at, at + 2), new PlaceContext("IQ", Map.of()))
        .map(m -> m.place().precision() + " " + m.place().admin1())).contains("POINT Diyala");
  }

  @Test
  void aTownFarFromTheCityOfItsBearingGivesWayToTheBearing() {
    // near miss: Manbij lies some 300 km from Damascus, so the bearing, not the town, places the claim
    assertThat(placeOf("Government forces shelled Manbij, south of Damascus, killing seven.", "seven"))
        .contains("NEAR_POINT Rif Dimashq");
  }

  @Test
  void aCitysBearingAloneStaysNearTheCity() {
    // near miss: no town before the bearing, so the claim stays near the city
    assertThat(placeOf("Shelling north of Homs killed seven people.", "seven")).contains("NEAR_POINT Homs");
  }

  @Test
  void aGovernorateAfterTheCountIsStillThePhrasesPlace() {
    // near miss: "killed in Idlib province" names the harm's place after the count; an earlier town of another
    // sentence part is not moved into it
    assertThat(placeOf("Shelling on Hama killed seven people in Idlib province.", "seven")).contains("GOVERNORATE Idlib");
  }
}
