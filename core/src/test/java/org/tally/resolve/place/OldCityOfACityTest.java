package org.tally.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: "the Old City of Damascus" is a quarter of Damascus; the gazetteer's "Old City" alone is Jerusalem's, in
 * the West Bank.
 */
class OldCityOfACityTest {
  private static List<String> places(String text) {
    return PlaceFixture.inBody(text).stream()
        .map(m -> m.place().name() + "/" + m.place().admin1() + "/" + m.place().country()).toList();
  }

  @Test
  void theOldCityOfDamascusIsInDamascus() {
    assertThat(places("Two people were killed when mortar shells hit the Old City of Damascus on Monday."))
        .singleElement().satisfies(p -> assertThat(p).endsWith("/Damascus/SY"));
  }

  @Test
  void theOldCityOfAleppoIsInAleppo() {
    assertThat(places("Rebels shelled the old city of Aleppo.")).noneMatch(p -> p.endsWith("/PS"))
        .anyMatch(p -> p.endsWith("/Aleppo/SY"));
  }
}
