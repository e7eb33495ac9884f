package org.tally.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tally serve}'s setup errors: each one line, exit 1, before anything listens. */
class ServeCommandTest {
  @TempDir Path folder;

  @Test
  void aMissingDatabaseIsOneLineNamingIt() {
    CliRun run = CliRun.of("serve", "--db", folder.resolve("none.db").toString(), "--port", "0");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("no such database", "none.db").doesNotContain("Exception");
  }

  @Test
  void aShortTokenIsRefusedNamingTheFile() throws Exception {
    Path db = folder.resolve("t.db");
    assertThat(CliRun.of("ingest", "--db", db.toString(), "../examples/article.txt").status()).isEqualTo(0);
    Path token = Files.writeString(folder.resolve("token.txt"), "short\n");
    CliRun run = CliRun.of("serve", "--db", db.toString(), "--port", "0", "--token-file", token.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("token.txt", "too short");
  }

  @Test
  void aPortOutOfRangeIsAUsageError() {
    CliRun run = CliRun.of("serve", "--port", "70000");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("--port", "70000");
  }
}
