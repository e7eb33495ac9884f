package org.tally.extract.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleFileException;
import org.tally.lexicon.RuleFiles;

/** The count grammar's rule files: headers, unique keys, examples, and how bad rows are reported. */
class CountRuleFilesTest {
  static final java.util.List<String> FILES = CountLexicon.FILES;

  @ParameterizedTest
  @FieldSource("FILES")
  void fileOpensWithAHeader(String file) {
    assertThat(Lexicons.bundled().file(RuleFiles.named(file)).hasHeader()).isTrue();
  }

  @ParameterizedTest
  @FieldSource("FILES")
  void fileListsEachKeyOnce(String file) {
    assertThat(Lexicons.bundled().file(RuleFiles.named(file)).duplicateKeys()).isEmpty();
  }

  @ParameterizedTest
  @FieldSource("FILES")
  void everyRowHasAnExample(String file) {
    assertThat(Lexicons.bundled().file(RuleFiles.named(file)).rows()).allSatisfy(row -> assertThat(row.get("example")).isNotBlank());
  }

  @Test
  void everyBadRowOfAFileIsReportedWithItsLine() {
    RuleFile bad = fixture("bad-qualifiers.tsv");

    assertThatThrownBy(() -> CountLexicon.of(file -> file.equals(CountLexicon.QUALIFIERS) ? bad
            : Lexicons.bundled().file(RuleFiles.named(file))))
        .isInstanceOf(RuleFileException.class)
        .satisfies(e -> {
          RuleFileException r = (RuleFileException) e;
          assertThat(r.file()).isEqualTo("bad-qualifiers.tsv");
          assertThat(r.problems()).extracting(RuleFileException.Problem::line).containsExactly(4, 6);
          assertThat(r.getMessage()).contains("\"min+2\" is not an effect").contains("listed twice");
        });
  }

  private static RuleFile fixture(String name) {
    try (var reader = new InputStreamReader(CountRuleFilesTest.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
      return RuleFile.parse(name, reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
