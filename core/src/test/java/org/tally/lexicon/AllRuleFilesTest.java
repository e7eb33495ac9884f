package org.tally.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled rule file parses, opens with a header, and lists each entry once. */
class AllRuleFilesTest {
  static Stream<Path> ruleFiles() throws IOException {
    return Files.walk(Path.of("src/main/resources")).filter(p -> p.toString().endsWith(".tsv")).sorted();
  }

  private static RuleFile parse(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return RuleFile.parse(file.toString(), reader);
    }
  }

  @ParameterizedTest
  @MethodSource("ruleFiles")
  void opensWithAHeader(Path file) throws IOException {
    assertThat(parse(file).hasHeader()).as(file + " starts with a # comment block").isTrue();
  }

  @ParameterizedTest
  @MethodSource("ruleFiles")
  void listsEachEntryOnce(Path file) throws IOException {
    RuleFile rules = parse(file);
    Map<String, Integer> seen = new HashMap<>();
    for (RuleRow row : rules.rows()) {
      // the key is every column but the example: "killed after" and "killed before" are two entries
      List<String> key = row.fields().subList(0, Math.min(row.fields().size(), rules.columns().indexOf("example") < 0
          ? row.fields().size() : rules.columns().indexOf("example")));
      Integer before = seen.put(String.join("\t", key).toLowerCase(java.util.Locale.ROOT), row.line());
      assertThat(before).as(file + ":" + row.line() + " repeats line " + before).isNull();
    }
  }
}
