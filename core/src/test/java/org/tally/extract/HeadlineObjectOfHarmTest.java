package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.extract.ExtractionFixture.claims;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A headline drops its articles after the verb too: "Regime shelling kills woman" counts one woman, as "kills a
 * woman" does in prose (issue 11: a monitor's headline whose body opens with a month's toll).
 */
class HeadlineObjectOfHarmTest {
  private static final String BODY = "The shelling hit the village on Monday, residents said.";

  private static List<String> titleForms(String title) {
    return claims(title, BODY).stream().map(ConstructionsTest::shortForm).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Regime shelling kills woman in Jabal al-Zawiya|killed/women/1-1",
      "Sniper kills child in Daraa|killed/children/1-1",
      "Turkish drone strike wounds journalist near Qamishli|injured/civilians/1-1",
      "Rebel shells kill man and his son in Damascus|killed/people/2-2",
      "Sniper kills father and son in Deir ez-Zor|killed/people/2-2",
      "Landmine blast kills shepherd and nephew east of Deir ez-Zor|killed/civilians/2-2",
  })
  void aBareSingularPersonAfterTheHeadlinesHarmIsOne(String title, String expected) {
    assertThat(titleForms(title)).containsExactly(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Police officer and his son shot dead in Al-Rastan|killed/people/2-2",
      "Rebel fighter and his brother killed near Hama|killed/people/2-2",
  })
  void aHeadlineOpeningWithATwoWordPersonAndKinCountsBoth(String title, String expected) {
    assertThat(titleForms(title)).containsExactly(expected);
  }

  @Test
  void aCapitalisedWordAfterAHarmNounIsNoPersonHarmed() {
    // "Wounds" is the adviser's, and "After Militant" no one
    assertThat(titleForms("Russian Military Adviser Dies of Wounds After Militant Shelling in Aleppo"))
        .noneMatch(form -> form.startsWith("injured"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // no person after the verb, or a verb of no harm before the person
      "Shelling kills hope of a truce in Daraa",
      "Regime frees woman held for two years",
      "Rebels name commander for the northern front",
  })
  void noPersonHarmedAfterTheVerbMakesNoClaim(String title) {
    assertThat(titleForms(title)).isEmpty();
  }
}
