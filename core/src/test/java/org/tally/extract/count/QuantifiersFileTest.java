package org.tally.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tally.lexicon.RuleRow;

/** Each row of quantifiers.tsv: its example reads the phrase with the row's bounds, approx and form. */
class QuantifiersFileTest {
  static Stream<Arguments> rows() {
    return Counts.rows(CountLexicon.QUANTIFIERS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void exampleReadsWithTheRowsValues(RuleRow row) {
    CountMention mention = Counts.startingWith(Counts.example(row), row.get("phrase"));

    assertThat(mention.text()).isEqualToIgnoringCase(row.get("phrase"));
    assertThat(mention.count().min()).as("min").isEqualTo(row.integer("min").orElse(null));
    assertThat(mention.count().max()).as("max").isEqualTo(row.integer("max").orElse(null));
    assertThat(mention.count().approx()).as("approx").isEqualTo(row.bool("approx"));
    assertThat(mention.form()).isEqualTo(CountForm.valueOf(row.get("form").toUpperCase(Locale.ROOT)));
  }
}
