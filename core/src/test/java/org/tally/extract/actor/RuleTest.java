package org.tally.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.RuleRow;

class RuleTest {
  private static final RuleRow ROW = new RuleRow("actors.tsv", 12, "isis\tISIS", List.of("name", "id"),
      List.of("isis", "ISIS"));

  @Test
  void aRowsRuleReadsAsItsFileAndLineWrittenOut() {
    Rule rule = Rule.of(ROW, "the ISIS group");
    assertThat(rule.where()).isEqualTo("actors.tsv:12");
    assertThat(rule.words()).isEqualTo("the ISIS group");
    assertThat(rule).hasToString("actors.tsv:12 \"the ISIS group\"");
    assertThat(rule.toString()).as("written once, the same text after").isSameAs(rule.toString());
  }

  @Test
  void rulesAreEqualAndHashedByTheirTextsWhereverTheirFileAndLineCameFrom() {
    Rule fromRow = Rule.of(ROW, "ISIS");
    Rule written = new Rule("actors.tsv:12", "ISIS");
    assertThat(fromRow).isEqualTo(written).hasSameHashCodeAs(written);
    assertThat(fromRow.hashCode()).as("as a record of the two texts hashes")
        .isEqualTo(31 * "actors.tsv:12".hashCode() + "ISIS".hashCode());
    assertThat(fromRow).isNotEqualTo(Rule.of(ROW, "Daesh")).isNotEqualTo(new Rule("actors.tsv:13", "ISIS"));
    assertThat(Rule.builtIn("the other side", "with")).isEqualTo(new Rule("built-in: the other side", "with"));
  }
}
