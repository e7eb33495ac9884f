package org.tally.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.tally.lexicon.Lexicons;
import org.tally.model.Span;

/**
 * Fuzz test of the sentence splitter on any text and any stretch of it. {@code mvn verify} replays the committed inputs
 * ({@code SentenceSplitterFuzzTestInputs/split/}); {@code scripts/fuzz.sh} fuzzes it for its {@code maxDuration}.
 * Properties: it returns, and the sentences lie inside the stretch, in order, without overlapping.
 */
class SentenceSplitterFuzzTest {
  private static final SentenceSplitter SPLITTER = SentenceSplitter.from(Lexicons.bundled());

  @FuzzTest(maxDuration = "10m")
  void split(FuzzedDataProvider data) {
    int from = data.consumeInt(0, 64);
    String text = data.consumeRemainingAsString();
    Span range = new Span(Math.min(from, text.length()), text.length());

    List<Span> sentences = SPLITTER.split(text, range);

    int end = range.start();
    for (Span sentence : sentences) {
      assertThat(sentence.start()).as("sentence %s after %s", sentence, end).isGreaterThanOrEqualTo(end);
      assertThat(sentence.end()).isGreaterThan(sentence.start()).isLessThanOrEqualTo(range.end());
      end = sentence.end();
    }
  }
}
