package org.tally.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tally.lexicon.RuleRow;

/** Each row of number-words.tsv: its example reads as the row's value. */
class NumberWordsFileTest {
  static Stream<Arguments> rows() {
    return Counts.rows(CountLexicon.NUMBER_WORDS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void exampleReadsAsTheWordsValue(RuleRow row) {
    CountMention mention = Counts.startingWith(Counts.example(row), row.get("word"));

    int value = row.integer("value").orElseThrow();
    assertThat(mention.count().min()).isEqualTo(value);
    assertThat(mention.count().max()).isEqualTo(value);
    assertThat(mention.count().approx()).isFalse();
  }
}
