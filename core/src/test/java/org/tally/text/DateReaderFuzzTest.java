package org.tally.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.tally.lexicon.Lexicons;
import org.tally.model.Span;

/**
 * Fuzz test of the date reader on any text. {@code mvn verify} replays the committed inputs
 * ({@code DateReaderFuzzTestInputs/find/}); {@code scripts/fuzz.sh} fuzzes it for its {@code maxDuration}.
 * Properties: it returns, and every date lies in the text and names a real month and day.
 */
class DateReaderFuzzTest {
  private static final DateReader DATES = DateReader.from(Lexicons.bundled());

  @FuzzTest(maxDuration = "10m")
  void find(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();

    for (DateMention date : DATES.find(text, new Span(0, text.length()))) {
      assertThat(date.span().start()).isGreaterThanOrEqualTo(0);
      assertThat(date.span().end()).isGreaterThan(date.span().start()).isLessThanOrEqualTo(text.length());
      assertThat(date.month()).isBetween(1, 12);
      assertThat(date.day()).isBetween(1, 31);
    }
  }
}
