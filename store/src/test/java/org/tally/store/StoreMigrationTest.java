package org.tally.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tally.analysis.Analysis;

/** A database written before schema version 5 (main incidents) opens, migrates, and lists what it holds. */
class StoreMigrationTest {
  @TempDir Path dir;

  /**
   * A store as a Tally of schema 4 left it: versions 1-4 touch nothing that version 5 adds, so a current store with
   * version 5 taken back out holds exactly the rows that Tally wrote.
   */
  private Path schemaFourStore(List<Analysis> docs) {
    Path db = dir.resolve("old.db");
    try (Store store = Store.open(db.toString())) {
      store.putAll(docs);
    }
    RawDatabase.execute(db, "DROP TABLE main_incidents");
    RawDatabase.execute(db, "DELETE FROM " + Migrations.HISTORY_TABLE + " WHERE version = '5'");
    return db;
  }

  @Test
  void schemaFourStoreIsMigratedOnOpen() {
    Path db = schemaFourStore(SyntheticDocuments.range(0, 3));
    Store.open(db.toString()).close();
    assertThat(RawDatabase.column(db, "SELECT version FROM " + Migrations.HISTORY_TABLE + " ORDER BY installed_rank"))
        .containsExactly("1", "2", "3", "4", "5");
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
}
