package org.tally.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tally.lexicon.RuleRow;

/** Each row of head-links.tsv: in its example the count before the phrase has the row's role, its noun after it. */
class HeadLinksFileTest {
  static Stream<Arguments> rows() {
    return Counts.rows(CountLexicon.HEAD_LINKS);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void countBeforeThePhraseHasTheRowsRole(RuleRow row) {
    String example = Counts.example(row);
    String phrase = row.get("phrase");
    CountMention mention = Counts.in(example).stream()
        .filter(m -> example.substring(m.count().span().end()).strip().toLowerCase(Locale.ROOT).startsWith(phrase + " "))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no count before \"" + phrase + "\" in " + example));

    int phraseEnd = example.toLowerCase(Locale.ROOT).indexOf(phrase, mention.count().span().end()) + phrase.length();
    assertThat(mention.partitive()).isEqualTo(row.get("role").equals("partitive"));
    assertThat(mention.headStart()).isEqualTo(phraseEnd + 1);
  }
}
