package org.tally.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The declarations of RuleFiles: every bundled file has one, and every file reads and fits its columns. */
class RuleFilesTest {
  static final List<RuleFileSpec> ALL = RuleFiles.ALL;

  @Test
  void everyRuleFileBesideTheCodeIsDeclared() throws IOException {
    Path resources = Path.of("src/main/resources");
    try (Stream<Path> files = Files.walk(resources)) {
      List<String> bundled = files.filter(p -> p.toString().endsWith(".tsv") || p.toString().endsWith(".tsv.gz"))
          .map(p -> "/" + resources.relativize(p).toString().replace('\\', '/')).sorted().toList();
      assertThat(ALL).extracting(RuleFileSpec::path).containsExactlyInAnyOrderElementsOf(bundled);
    }
  }

  @Test
  void fileNamesAreUniqueSoErrorsNameOneFile() {
    assertThat(ALL).extracting(RuleFileSpec::name).doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("ALL")
  void fileReadsWithItsDeclaredColumnsAndAHeader(RuleFileSpec spec) {
    RuleFile file = Lexicons.bundled().file(spec);

    assertThat(file.columns()).isEqualTo(spec.columnNames());
    assertThat(file.hasHeader()).isTrue();
    assertThat(file.rows()).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("ALL")
  void rowsSaidToShareTheirExamplesExist(RuleFileSpec spec) {
    List<String> keys = Lexicons.bundled().file(spec).rows().stream().map(r -> r.get(0)).toList();

    assertThat(keys).containsAll(spec.sharedKeys());
  }

  @Test
  void aFileIsReadOncePerProcessAndWhatIsBuiltFromItOnce() {
    assertThat(Lexicons.bundled().file(RuleFiles.HARM_CUES)).isSameAs(Lexicons.bundled().file(RuleFiles.HARM_CUES));
    assertThat(Lexicons.bundled().built(StringBuilder.class, r -> new StringBuilder()))
        .isSameAs(Lexicons.bundled().built(StringBuilder.class, r -> new StringBuilder()));
  }
}
