package org.tally.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10: a user's rule file may have a plain header row, and a bad one is named by file and line, no trace. */
class Issue10RuleFilesTest {
  private static final String ARTICLE = "Red Hand fighters killed 12 civilians in Aleppo on Monday.";

  @TempDir Path dir;

  @Test
  void anActorsFileWithAHeaderRowIsAccepted() throws IOException {
    Path article = Files.writeString(dir.resolve("article.txt"), ARTICLE);
    Path actors = Files.writeString(dir.resolve("my-actors.tsv"),
        "name\tactor\texample\trole\nRed Hand\tisis\tRed Hand fighters killed 3 people.\t\n");
    CliRun run = CliRun.of("extract", article.toString(), "--actors", actors.toString(), "--format", "jsonl");
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("\"perpetrator\":\"isis\"");
  }

  @Test
  void aBadLineOfAHeaderRowFileNamesTheUsersFileAndLine() throws IOException {
    Path article = Files.writeString(dir.resolve("article.txt"), ARTICLE);
    Path actors = Files.writeString(dir.resolve("my-actors.tsv"),
        "name\tactor\texample\trole\nRed Hand\tisis\tRed Hand fighters killed 3 people.\tattacker\n");
    CliRun run = CliRun.of("extract", article.toString(), "--actors", actors.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains(actors + ":2: role:").doesNotContain("tally-rules").doesNotContain("Exception")
        .doesNotContain("at org.");
    assertThat(run.out()).as("no table header before the error").isEmpty();
  }

  @Test
  void aMissingActorsFileIsOneLineWithoutAJavaName() throws IOException {
    Path article = Files.writeString(dir.resolve("article.txt"), ARTICLE);
    CliRun run = CliRun.of("docs", article.toString(), "--actors", dir.resolve("nope.tsv").toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err().strip()).doesNotContain("\n").contains("nope.tsv").doesNotContain("Exception");
  }

  @Test
  void topLevelHelpPointsToEachCommandsOptions() {
    CliRun run = CliRun.of("--help");
    assertThat(run.out()).contains("tally COMMAND --help");
  }

  /**
   * A typo in a bundled rule file ("2O" for "20"), as a hand edit of the build would make: a Tally whose class path
   * holds the broken quantifiers.tsv first prints its help as ever, and a command that reads text names the file, line
   * and column, with no stack trace and no Java class.
   */
  @Test
  void aTypoInABundledRuleFileIsOneLineNamingItsLineAndHelpStillWorks() throws Exception {
    Path rules = dir.resolve("rules/org/tally/extract/count");
    Files.createDirectories(rules);
    String bundled;
    try (InputStream in = getClass().getResourceAsStream("/org/tally/extract/count/quantifiers.tsv")) {
      bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Files.writeString(rules.resolve("quantifiers.tsv"), bundled.replace("dozens\t24\t", "dozens\t2O\t"));
    Path article = Files.writeString(dir.resolve("article.txt"), ARTICLE);

    Result help = tally(dir.resolve("rules"), "--help");
    Result extract = tally(dir.resolve("rules"), "extract", article.toString());

    assertThat(help.status()).isZero();
    assertThat(help.err()).doesNotContain("Exception").doesNotContain("at org.");
    assertThat(extract.status()).isEqualTo(1);
    assertThat(extract.err()).contains("quantifiers.tsv:").contains(": min: \"2O\"")
        .doesNotContain("Exception").doesNotContain("at org.");
  }

  private record Result(int status, String err) {}

  private static Result tally(Path firstOnClassPath, String... args) throws Exception {
    String classPath = firstOnClassPath + File.pathSeparator + System.getProperty("java.class.path");
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath,
        TallyCommand.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), err);
  }
}
