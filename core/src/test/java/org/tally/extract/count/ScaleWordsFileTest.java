package org.tally.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tally.lexicon.RuleRow;

/** Each row of scale-words.tsv: its example ("a dozen", "one thousand") reads as one unit of the scale. */
class ScaleWordsFileTest {
  static Stream<Arguments> rows() {
    return Counts.rows(CountLexicon.SCALE_WORDS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void exampleReadsAsOneUnitOfTheScale(RuleRow row) {
    CountMention mention = Counts.only(Counts.example(row));

    int value = row.integer("value").orElseThrow();
    assertThat(mention.text().toLowerCase()).endsWith(row.get("word"));
    assertThat(mention.count().min()).isEqualTo(value);
    assertThat(mention.count().max()).isEqualTo(value);
    assertThat(mention.count().approx()).isEqualTo(row.bool("approx"));
  }
}
