package org.tally.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "said Abu Omar, an activist": a nom de guerre quoted with a person's noun after it is a person, though villages
 * bear the name; a place a quote follows ("in Douma, a doctor said") stays a place.
 */
class PersonAppositionTest {
  private static List<String> places(String text) {
    return PlaceFixture.inBody(text).stream()
        .map(m -> m.place().name() + "/" + m.place().admin1()).toList();
  }

  @Test
  void aNameQuotedWithAPersonsNounIsNoPlace() {
    assertThat(places("\"The shelling has not stopped since dawn,\" said Abu Omar, an activist in Zamalka."))
        .containsExactly("Zamalka/Rif Dimashq");
    assertThat(places("Abu Hassan a resident of Kafr Nabl said the jets came back twice."))
        .containsExactly("Kafranbel/Idlib");
  }

  @Test
  void theSameNameWithoutTheNounIsStillAVillage() {
    assertThat(places("Shells fell on Abu Omar, wounding two.")).containsExactly("Abu Omar/Deir ez-Zor");
  }

  @Test
  void aPlaceAQuoteFollowsStaysAPlace() {
    assertThat(places("Two children were killed in Douma, a doctor said.")).containsExactly("Duma/Rif Dimashq");
    assertThat(places("Villages around Tal Rifaat, north of Aleppo, a spokesman for the SDF told reporters."))
        .contains("Aleppo/Aleppo");
  }
}
