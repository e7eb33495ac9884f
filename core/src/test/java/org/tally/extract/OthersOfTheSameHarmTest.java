package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.extract.ExtractionFixture.claims;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "N others" counts further victims after a figure of its own harm, and may retell one after another harm. */
class OthersOfTheSameHarmTest {
  private static List<String> harmed(String title, String body, String harm) {
    return claims(title, body).stream().map(ConstructionsTest::shortForm).filter(form -> form.startsWith(harm)).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Five dead in airstrikes|At least five civilians were killed east of Aleppo on Sunday. A day earlier more than 100"
          + " civilians were killed in Idlib while five others were killed near the capital.",
      "Shelling kills three|Shelling killed three people in the market on Monday. Elsewhere two children died in a raid"
          + " and three others were killed by a sniper.",
  })
  void othersAfterTheSameHarmAddToAnEqualEarlierFigure(String title, String body) {
    List<String> killed = harmed(title, body, "killed");
    assertThat(killed).hasSize(3);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Five killed, 12 wounded in Aleppo|A rocket attack on the city killed five people and wounded 12 others, the"
          + " governor said.",
      "Twelve wounded in shelling|Twelve people were wounded in the shelling on Monday. The shells killed two"
          + " children and injured 12 others, a doctor said.",
  })
  void othersAfterAnotherHarmStillRetellTheirFigure(String title, String body) {
    assertThat(harmed(title, body, "injured")).hasSize(1);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Nine killed in Raqqa|Nine people were killed in Raqqa on Friday. It was not clear whether the nine others"
          + " were civilians.",
  })
  void theOthersPointBack(String title, String body) {
    assertThat(harmed(title, body, "killed")).hasSize(1);
  }
}
