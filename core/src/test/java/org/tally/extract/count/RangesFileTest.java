package org.tally.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tally.lexicon.RuleRow;

/** Each row of ranges.tsv: its example reads as one range [X, Y] written with the pattern's words. */
class RangesFileTest {
  static Stream<Arguments> rows() {
    return Counts.rows(CountLexicon.RANGES);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void exampleReadsAsARange(RuleRow row) {
    CountMention mention = Counts.only(Counts.example(row));

    assertThat(mention.count().min()).isNotNull();
    assertThat(mention.count().max()).isGreaterThan(mention.count().min());
    String text = mention.text().toLowerCase(Locale.ROOT);
    for (String word : row.get("pattern").split("[XY]")) {
      assertThat(text).contains(word.strip());
    }
  }
}
