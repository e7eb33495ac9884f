package org.tally.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tally.lexicon.RuleRow;
import org.tally.model.Count;

/** Each row of qualifiers.tsv: in its example the qualifier has its effect on the number after it. */
class QualifiersFileTest {
  static Stream<Arguments> rows() {
    return Counts.rows(CountLexicon.QUALIFIERS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void exampleHasTheRowsEffect(RuleRow row) {
    String phrase = row.get("phrase");
    CountMention mention = Counts.startingWith(Counts.example(row), phrase);
    int n = Counts.only(mention.text().substring(phrase.length())).count().min();

    Count count = mention.count();
    switch (row.get("effect")) {
      case "min" -> assertBounds(count, n, null, false);
      case "min+1" -> assertBounds(count, n + 1, null, false);
      case "max" -> assertBounds(count, null, n, false);
      case "max-1" -> assertBounds(count, null, n - 1, false);
      case "approx" -> assertBounds(count, n, n, true);
      default -> throw new AssertionError("unknown effect " + row.get("effect"));
    }
  }

  private static void assertBounds(Count count, Integer min, Integer max, boolean approx) {
    assertThat(count.min()).as("min").isEqualTo(min);
    assertThat(count.max()).as("max").isEqualTo(max);
    assertThat(count.approx()).as("approx").isEqualTo(approx);
  }
}
