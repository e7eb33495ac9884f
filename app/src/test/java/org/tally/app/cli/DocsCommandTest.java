package org.tally.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tally docs --db} prints from stored rows what {@code tally docs INPUT} prints from the files. */
class DocsCommandTest {
  private static final Path SEEDS = Path.of("../corpus/seeds");

  @TempDir Path dir;

  private String ingestedSeeds() {
    String db = dir.resolve("tally.db").toString();
    assertThat(CliRun.of("ingest", "--quiet", "--db", db, SEEDS.toString()).status()).isZero();
    return db;
  }

  /**
   * Takes schema version 5 back out, leaving the rows a Tally of schema 4 wrote: no main incidents. Version 6 only
   * rebuilds tables, so it goes too and runs again after 5.
   */
  private static void asSchemaFour(String db) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
      s.execute("DROP TABLE main_incidents");
      s.execute("DROP TABLE verdicts");  // schema 7 came after: taken out too, to run again after 5 and 6
      s.execute("DROP TABLE reference_records");
      // versions 9 (code point offsets), 10 (views), 11 (rising tolls), 12 and 13 (reference columns) came after 4 too
      s.execute("DROP VIEW claim_view");
      s.execute("DROP VIEW incident_view");
      s.execute("ALTER TABLE claims DROP COLUMN evidence_cp_start");
      s.execute("ALTER TABLE claims DROP COLUMN evidence_cp_end");
      s.execute("ALTER TABLE incidents DROP COLUMN rising_toll");
      // and SQLite's 10.2 (the full-text index)
      for (String name : new String[] {"documents_fts_insert", "documents_fts_delete", "documents_fts_update"}) {
        s.execute("DROP TRIGGER " + name);
      }
      s.execute("DROP TABLE documents_fts");
      s.execute("DROP VIEW document_search_rows");
      s.execute("DROP TABLE document_search_keys");
      s.execute("DELETE FROM tally_schema_history WHERE version IN ('5', '6', '7', '9', '10', '10.2', '11', '12', '13')");
    }
  }

  @Test
  void storedDocsPrintAsTheFilesDoInEveryFormat() {
    String db = ingestedSeeds();
    for (String format : new String[] {"jsonl", "csv", "table"}) {
      CliRun stored = CliRun.of("docs", "--db", db, "--format", format);
      assertThat(stored.status()).isZero();
      assertThat(stored.err()).isEmpty();
      assertThat(stored.out()).contains("001_4565c09814c26c97")
          .isEqualTo(CliRun.of("docs", SEEDS.toString(), "--format", format).out());
    }
  }

  @Test
  void databaseOfAnOlderTallyListsTheSameDocsAndSaysHowToStoreTheirMainIncidents() throws SQLException {
    String db = ingestedSeeds();
    asSchemaFour(db);
    CliRun old = CliRun.of("docs", "--db", db, "--format", "jsonl");
    assertThat(old.status()).isZero();
    assertThat(old.out()).contains("\"event_killed\":{\"min\":18")
        .isEqualTo(CliRun.of("docs", SEEDS.toString(), "--format", "jsonl").out());
    assertThat(old.err()).contains("5 of 5 documents").contains("tally ingest --refresh --db " + db);
  }

  @Test
  void refreshingAnOlderDatabaseStoresTheMainIncidentsAndTheNoteGoes() throws SQLException {
    String db = ingestedSeeds();
    asSchemaFour(db);
    assertThat(CliRun.of("ingest", "--quiet", "--refresh", "--db", db, SEEDS.toString()).status()).isZero();
    CliRun refreshed = CliRun.of("docs", "--db", db, "--format", "jsonl");
    assertThat(refreshed.err()).isEmpty();
    assertThat(refreshed.out()).isEqualTo(CliRun.of("docs", SEEDS.toString(), "--format", "jsonl").out());
  }

  /**
   * A press release's own operations added up: the force's two raids, "including a commander" inside the first, and
   * an attack it recalls from April left out.
   */
  @Test
  void aReleasesOwnOperationsAreAddedUp() throws Exception {
    Path release = dir.resolve("release.txt");
    java.nio.file.Files.writeString(release, "Coalition force kills insurgents in Helmand\n\n"
        + "KABUL, Afghanistan (May 12, 2011) - An Afghan and coalition security force killed four insurgents, including"
        + " a Taliban commander, during an operation in Nad-e Ali district yesterday.\n\n"
        + "In a separate operation in Nahr-e Saraj district, the force killed two insurgents and detained three"
        + " suspects.\n\nThe commander had planned an attack that killed five policemen in April.\n");
    CliRun docs = CliRun.of("docs", release.toString(), "--format", "jsonl");
    assertThat(docs.status()).isZero();
    assertThat(docs.out()).contains("\"reported_killed\":6").contains("\"reported_detained\":3");
  }
}
