package org.tally.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleFiles;

class BundledRuleFilesTest {
  @ParameterizedTest
  @ValueSource(strings = {"comment-cues.tsv", "boilerplate-cues.tsv", "navigation-cues.tsv", "credit-cues.tsv",
      "related-cues.tsv", "month-names.tsv", "weekday-names.tsv", "timezone-cues.tsv", "publication-cues.tsv",
      "abbreviations.tsv"})
  void everyFileOpensWithAHeaderAndHasNoDuplicateKeys(String name) {
    RuleFile file = Lexicons.bundled().file(RuleFiles.named(name));
    assertThat(file.hasHeader()).isTrue();
    assertThat(file.rows()).isNotEmpty();
    assertThat(file.duplicateKeys()).isEmpty();
  }
}
