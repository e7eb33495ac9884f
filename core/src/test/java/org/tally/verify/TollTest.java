package org.tally.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.verify.VerifyFixtures.governorate;
import static org.tally.verify.VerifyFixtures.toll;

import org.junit.jupiter.api.Test;

/** How a reason quotes a toll's words after a sentence's start. */
class TollTest {
  @Test
  void aCountOpeningItsSentenceIsQuotedInLowerCase() {
    assertThat(toll("At least 15", 15, null, governorate("Idlib"), "2016-08-01", null).quoted())
        .isEqualTo("at least 15");
    assertThat(toll("Eight", 8, 8, governorate("Idlib"), "2016-08-01", null).quoted()).isEqualTo("eight");
  }

  @Test
  void wordsInCapitalsOrFiguresAreQuotedAsWritten() {
    assertThat(toll("AT LEAST 15", 15, null, governorate("Idlib"), "2016-08-01", null).quoted())
        .isEqualTo("AT LEAST 15");
    assertThat(toll("62", 62, 62, governorate("Idlib"), "2016-08-01", null).quoted()).isEqualTo("62");
  }

  @Test
  void aReasonDescribesTheTollFromItsQuotedWords() {
    assertThat(toll("Dozens", 24, null, governorate("Idlib"), "2016-08-01", null).describe())
        .isEqualTo("dozens killed in Idlib on 2016-08-01");
  }

  @Test
  void anArticleCountingOnePersonIsQuotedAsOne() {
    assertThat(toll("a", 1, 1, governorate("Idlib"), "2016-08-01", null).describe()).startsWith("one killed");
    assertThat(toll("Another", 1, 1, governorate("Idlib"), "2016-08-01", null).quoted()).isEqualTo("one");
    assertThat(toll("Amid", 1, 1, governorate("Idlib"), "2016-08-01", null).quoted()).isEqualTo("amid");
  }
}
