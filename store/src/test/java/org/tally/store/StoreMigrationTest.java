package org.tally.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.tally.analysis.Analysis;
import org.tally.lexicon.Lexicons;
import org.tally.link.Incident;
import org.tally.link.IncidentLinker;

/** A database written before schema versions 5 (main incidents) and 6 (the casualties harm) opens, migrates, and lists what it holds. */
class StoreMigrationTest {
  @TempDir Path dir;

  /**
   * A store as a Tally of schema 4 left it: versions 1-4 touch nothing that version 5 adds, so a current store with
   * version 5 taken back out holds exactly the rows that Tally wrote. Version 6 only rebuilds tables, so it is taken
   * out of the history too and runs again after 5.
   */
  private Path schemaFourStore(List<Analysis> docs) {
    Path db = dir.resolve("old.db");
    try (Store store = Store.open(db.toString())) {
      store.putAll(docs);
    }
    undoVersionsNineAndTen(db);
    RawDatabase.execute(db, "DROP TABLE main_incidents");
    RawDatabase.execute(db, "DROP TABLE verdicts");
    RawDatabase.execute(db, "DROP TABLE reference_records");
    RawDatabase.execute(db, "DELETE FROM " + Migrations.HISTORY_TABLE + " WHERE version IN ('5', '6', '7')");
    return db;
  }

  @Test
  void schemaFourStoreIsMigratedOnOpen() {
    Path db = schemaFourStore(SyntheticDocuments.range(0, 3));
    Store.open(db.toString()).close();
    assertThat(RawDatabase.column(db, "SELECT version FROM " + Migrations.HISTORY_TABLE + " ORDER BY installed_rank"))
        .containsExactly("1", "2", "3", "4", "5", "6", "7", "9", "10", "10.2", "11", "12", "13");
    assertThat(RawDatabase.number(db, "SELECT COUNT(*) FROM main_incidents")).isZero();
  }

  @Test
  void documentsStoredBeforeTheMigrationComeWithTheirClaimsButWithoutAMainIncident() {
    List<Analysis> docs = SyntheticDocuments.range(0, 6);
    Path db = schemaFourStore(docs);
    List<StoredAnalysis> read = new ArrayList<>();
    try (Store store = Store.open(db.toString())) {
      store.eachAnalysis(read::add);
    }
    assertThat(read).extracting(s -> s.mainIncident().isPresent()).containsOnly(false);
    assertThat(read).extracting(StoredAnalysis::claims).isEqualTo(docs.stream().map(Analysis::claims).toList());
  }

  @Test
  void refreshingAnOldDocumentStoresItsMainIncident() {
    Analysis doc = SyntheticDocuments.ingested(4);
    Path db = schemaFourStore(List.of(doc));
    List<StoredAnalysis> read = new ArrayList<>();
    try (Store store = Store.open(db.toString())) {
      assertThat(store.putAll(List.of(doc), true)).containsExactly(PutResult.REPLACED);
      store.eachAnalysis(read::add);
    }
    assertThat(read).singleElement().satisfies(s -> assertThat(s.mainIncident()).contains(doc.mainIncident()));
  }

  /**
   * Version 6 rebuilds the claims and incidents tables to let a claim's harm be "casualties"; run again over a
   * store that holds linked incidents, it keeps every claim, incident and membership.
   */
  @Test
  void rebuildingTheTablesForTheCasualtiesHarmKeepsClaimsAndIncidents() throws IOException {
    Path db = dir.resolve("linked.db");
    List<StoredAnalysis> before = new ArrayList<>();
    List<Incident> incidentsBefore;
    IncidentLinker linker = IncidentLinker.from(Lexicons.bundled());
    try (Store store = Store.open(db.toString())) {
      store.putAll(SyntheticDocuments.range(0, 40));
      store.linkNew(linker);
      store.eachAnalysis(before::add);
      incidentsBefore = store.incidents();
    }
    long memberships = RawDatabase.number(db, "SELECT COUNT(*) FROM incident_claims");
    assertThat(memberships).isPositive();
    assertThat(before).flatExtracting(StoredAnalysis::claims).extracting(c -> c.harm().jsonName()).contains("casualties");

    undoVersionsNineAndTen(db);  // a store at version 5 has neither views nor code point columns
    RawDatabase.executeAll(db, java.util.Arrays.stream(versionSix().split(";\\s*\\n")).filter(s -> !s.isBlank()).toList());

    List<StoredAnalysis> after = new ArrayList<>();
    try (Store store = Store.open(db.toString())) {
      store.eachAnalysis(after::add);
      assertThat(store.incidents()).isEqualTo(incidentsBefore);
    }
    assertThat(after).isEqualTo(before);
    assertThat(RawDatabase.number(db, "SELECT COUNT(*) FROM incident_claims")).isEqualTo(memberships);
  }

  /**
   * Takes out what versions 9 (code point offsets), 10 (views) and 11 (rising tolls) add, so that they run again after
   * the others.
   */
  static void undoVersionsNineAndTen(Path db) {
    undoVersionsNineAndTen(db.toString());
  }

  static void undoVersionsNineAndTen(String db) {
    undoVersionTwelve(db);  // which came after them
    RawDatabase.execute(db, "DROP VIEW claim_view");
    RawDatabase.execute(db, "DROP VIEW incident_view");
    RawDatabase.execute(db, "ALTER TABLE claims DROP COLUMN evidence_cp_start");
    RawDatabase.execute(db, "ALTER TABLE claims DROP COLUMN evidence_cp_end");
    // and on PostgreSQL its own 10.1 (the text search index), which came after them
    RawDatabase.execute(db, "DROP INDEX IF EXISTS documents_text_search");
    RawDatabase.execute(db, "ALTER TABLE incidents DROP COLUMN rising_toll");
    RawDatabase.execute(db, "DELETE FROM " + Migrations.HISTORY_TABLE + " WHERE version IN ('9', '10', '10.1', '11')");
    // and on SQLite its own 10.2 (the full-text index)
    if (!db.startsWith("postgresql:")) {
      StoreFullTextTest.undoVersionTenTwo(db);
    }
  }

  /** Takes out what version 12 adds (whose deaths a reference record counts), so that it runs again after the others. */
  static void undoVersionTwelve(String db) {
    undoVersionThirteen(db);  // which came after it
    RawDatabase.execute(db, "ALTER TABLE reference_records DROP COLUMN counts");
    RawDatabase.execute(db, "DELETE FROM " + Migrations.HISTORY_TABLE + " WHERE version = '12'");
  }

  static void undoVersionThirteen(String db) {
    RawDatabase.execute(db, "ALTER TABLE reference_records DROP COLUMN admin3");
    RawDatabase.execute(db, "DELETE FROM " + Migrations.HISTORY_TABLE + " WHERE version = '13'");
  }

  private static String versionSix() throws IOException {
    try (InputStream in = StoreMigrationTest.class.getResourceAsStream("/db/migration/V6__casualties_harm.sql")) {
      String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // comments would stick to the statement after them
      return sql.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + b + "\n");
    }
  }
}
