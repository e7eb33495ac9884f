package org.tally.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
