package org.tally.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.tally.lexicon.Lexicons;
import org.tally.model.Span;

/**
 * Fuzz test of the count parser on any text. {@code mvn verify} replays the committed inputs
 * ({@code CountParserFuzzTestInputs/find/}); {@code scripts/fuzz.sh} fuzzes it for its {@code maxDuration}.
 * Properties: it returns; every count's words are the text at its span; its bounds are ordered and not negative; its
 * noun starts after it.
 */
class CountParserFuzzTest {
  private static final CountParser COUNTS = CountParser.from(Lexicons.bundled());

  @FuzzTest(maxDuration = "10m")
  void find(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();

    for (CountMention mention : COUNTS.find(text, new Span(0, text.length()))) {
      Span span = mention.count().span();
      assertThat(text.substring(span.start(), span.end())).isEqualTo(mention.text());
      Integer min = mention.count().min();
      Integer max = mention.count().max();
      assertThat(min == null || min >= 0).as("min %s", min).isTrue();
      assertThat(min == null || max == null || min <= max).as("[%s, %s]", min, max).isTrue();
      assertThat(mention.headStart()).isBetween(span.end(), text.length());
    }
  }
}
