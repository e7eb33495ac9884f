package org.tally.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleFiles;

class BundledRuleFilesTest {
  @ParameterizedTest
  @ValueSource(strings = {"outlets.tsv", "outlet-codes.tsv", "outlet-cues.tsv", "stopwords.tsv"})
  void everyFileOpensWithAHeaderAndHasNoDuplicateKeys(String name) {
    RuleFile file = Lexicons.bundled().file(RuleFiles.named(name));
    assertThat(file.hasHeader()).isTrue();
    assertThat(file.rows()).isNotEmpty();
    assertThat(file.duplicateKeys()).isEmpty();
  }
}
