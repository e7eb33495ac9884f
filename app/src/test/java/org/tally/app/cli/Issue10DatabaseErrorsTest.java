package org.tally.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10: database failures said once, in plain words, with what was and was not stored. */
class Issue10DatabaseErrorsTest {
  @TempDir Path dir;

  private Path csv(int rows) throws IOException {
    StringBuilder text = new StringBuilder("id,title,text\n");
    for (int row = 1; row <= rows; row++) {
      text.append("r").append(row).append(",Blast ").append(row).append(",At least ").append(row % 40 + 2)
          .append(" people were killed in a blast in Hasaka on Tuesday. ").append("The market was busy. ".repeat(60))
          .append('\n');
    }
    return Files.writeString(dir.resolve("batch.csv"), text);
  }

  private static long lines(String text, String containing) {
    return Arrays.stream(text.split("\n")).filter(l -> l.contains(containing)).count();
  }

  @Test
  void aFullDiskStopsTheIngestWithOneLineThatSaysDiskFull() throws IOException {
    Path input = csv(1_500);
    // SQLite's page limit fails writes with SQLITE_FULL, as a full disk does
    CliRun run = CliRun.of("ingest", "--quiet", "--db", "jdbc:sqlite:" + dir.resolve("full.db") + "?max_page_count=120",
        input.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(lines(run.err(), "disk full")).isEqualTo(1);
    assertThat(run.err()).contains("Stopped at " + input + ":").contains("it and everything after it were not")
        .doesNotContain("everything else was stored");
  }

  @Test
  void ingestIntoAReadOnlyDatabaseSaysReadOnlyAndNothingWasStored() throws IOException {
    Path db = dir.resolve("tally.db");
    assertThat(CliRun.of("ingest", "--quiet", "--db", db.toString(), csv(2).toString()).status()).isZero();
    CliRun run = CliRun.of("ingest", "--quiet", "--db", "jdbc:sqlite:file:" + db + "?mode=ro", csv(3).toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("is read-only").contains("nothing was stored");
    assertThat(lines(run.err(), "read-only")).isEqualTo(1);
  }

  @Test
  void readingCommandsLeaveTheDatabaseFileAsItWas() throws IOException {
    Path db = dir.resolve("tally.db");
    CliRun.of("ingest", "--quiet", "--db", db.toString(), csv(3).toString());
    byte[] before = Files.readAllBytes(db);
    assertThat(CliRun.of("extract", "--db", db.toString(), "--format", "jsonl").status()).isZero();
    assertThat(CliRun.of("docs", "--db", db.toString(), "--format", "jsonl").status()).isZero();
    assertThat(Files.readAllBytes(db)).isEqualTo(before);
  }

  @Test
  void incidentsOnAReadOnlyDatabaseShowTheLastLinksAndSayWhatIsLeftOut() throws IOException {
    Path db = dir.resolve("tally.db");
    CliRun.of("ingest", "--quiet", "--db", db.toString(), csv(3).toString());
    byte[] before = Files.readAllBytes(db);
    CliRun run = CliRun.of("incidents", "--db", "jdbc:sqlite:file:" + db + "?mode=ro", "--format", "jsonl");
    assertThat(run.status()).isZero();
    assertThat(run.err()).contains("is read-only, so the 3 claims stored since it was last linked are not linked");
    assertThat(Files.readAllBytes(db)).isEqualTo(before);
  }

  @Test
  void devNullIsNotADatabaseRatherThanADiskIoError() {
    CliRun run = CliRun.of("docs", "--db", "/dev/null");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("/dev/null is not a regular file").doesNotContain("disk I/O").doesNotContain("at org.");
  }

  @Test
  void aFolderAsDatabaseIsNamedAsAFolder() {
    CliRun run = CliRun.of("extract", "--db", dir.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("is a folder, not a Tally database");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aTextFileAsDatabaseIsNotATallyDatabaseAndNoTableHeaderIsPrinted() throws IOException {
    Path notes = Files.writeString(dir.resolve("notes.txt"), "my notes ".repeat(500));
    CliRun run = CliRun.of("docs", "--db", notes.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("is not a Tally database");
    assertThat(run.out()).isEmpty();
  }
}
