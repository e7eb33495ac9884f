package org.tally.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16: the commands that take --db work on a PostgreSQL database as on an SQLite file, with the same results. */
class PostgresStoreTest {
  @TempDir Path dir;

  private static String corpus() {
    return ExportCommandTest.seeds();
  }

  @Test
  void ingestThenIncidentsOnPostgresEqualsSqlite() {
    String postgres = TestPostgres.freshDatabase();
    String sqlite = dir.resolve("tally.db").toString();

    assertThat(CliRun.of("ingest", "--quiet", "--db", postgres, corpus()).status()).isZero();
    assertThat(CliRun.of("ingest", "--quiet", "--db", sqlite, corpus()).status()).isZero();
    CliRun onPostgres = CliRun.of("incidents", "--db", postgres, "--format", "jsonl");
    CliRun onSqlite = CliRun.of("incidents", "--db", sqlite, "--format", "jsonl");

    assertThat(onPostgres.status()).as(onPostgres.err()).isZero();
    assertThat(onPostgres.out().lines().count()).isGreaterThan(5);
    assertThat(onPostgres.out()).isEqualTo(onSqlite.out());
  }

  @Test
  void docsExtractAndExportReadPostgresAsTheyReadSqlite() {
    String postgres = TestPostgres.freshDatabase();
    String sqlite = dir.resolve("tally.db").toString();
    CliRun.of("ingest", "--quiet", "--db", postgres, corpus());
    CliRun.of("ingest", "--quiet", "--db", sqlite, corpus());

    for (String[] command : new String[][] {{"docs", "--format", "jsonl"}, {"extract", "--format", "jsonl"},
        {"outlets", "--format", "jsonl"}, {"export", "--format", "ucdp-ged"}, {"export", "--format", "geojson"}}) {
      String[] onPostgres = append(command, "--db", postgres);
      String[] onSqlite = append(command, "--db", sqlite);
      assertThat(CliRun.of(onPostgres).out()).as(String.join(" ", command)).isNotEmpty()
          .isEqualTo(CliRun.of(onSqlite).out());
    }
  }

  @Test
  void ingestingAgainIntoPostgresChangesNothing() {
    String postgres = TestPostgres.freshDatabase();
    CliRun.of("ingest", "--quiet", "--db", postgres, corpus());

    CliRun again = CliRun.of("ingest", "--db", postgres, corpus());

    assertThat(again.status()).isZero();
    assertThat(again.out()).contains("0 added, 0 replaced, 5 unchanged");
  }

  @Test
  void aPasswordInTheUrlIsNeverPrinted() {
    String postgres = TestPostgres.freshDatabase();
    String withPassword = postgres.replaceFirst("://([^@]+)@", "://$1:s3cret-pass@").replaceFirst("/tally_app_\\w+$",
        "/no_such_database");

    CliRun run = CliRun.of("ingest", "--db", withPassword, corpus());

    assertThat(run.status()).isNotZero();
    assertThat(run.err()).contains("no_such_database").doesNotContain("s3cret-pass");
  }

  private static String[] append(String[] command, String... more) {
    String[] all = java.util.Arrays.copyOf(command, command.length + more.length);
    System.arraycopy(more, 0, all, command.length, more.length);
    return all;
  }
}
