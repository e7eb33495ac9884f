package org.tally.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Al Mayadeen is a Lebanese channel and a town of Deir ez-Zor: the words right around the name say which ("Al
 * Mayadeen TV reported", "told Al Mayadeen" are the channel; "around the town of al-Mayadeen" the town).
 */
class MediumNamedAsATownTest {
  private static List<String> places(String text) {
    return PlaceFixture.inBody(text).stream().map(m -> m.place().name()).toList();
  }

  @Test
  void theTownWhereTheWordsPlaceIt() {
    assertThat(places("The deaths came around the town of al-Mayadeen, which the army entered.")).contains("Al Mayadin");
    assertThat(places("Troops advanced on villages south of Al Mayadeen on Friday.")).contains("Al Mayadin");
  }

  @Test
  void theChannelWhereTheWordsReportThroughIt() {
    assertThat(places("Al Mayadeen TV reported clashes on Friday.")).doesNotContain("Al Mayadin");
    assertThat(places("A commander told Al Mayadeen that the siege would end.")).doesNotContain("Al Mayadin");
    assertThat(places("The Lebanon-based al-Mayadeen reported clashes.")).doesNotContain("Al Mayadin");
  }
}
