package org.tally.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tally.analysis.Analysis;
import org.tally.event.MainIncident;
import org.tally.model.Document;
import org.tally.model.DocumentFacts;
import org.tally.model.Layout;
import org.tally.model.Metadata;

/** Search on SQLite: the FTS5 index of schema 10.2, its ranking and snippets, and how it follows writes. */
class StoreFullTextTest {
  @TempDir Path dir;
  private String db;

  static Analysis article(String id, String title, String text) {
    return new Analysis(new Document(id, "test:" + id, text, new Metadata(title, null, "Outlet", "2016-09-18")),
        new Layout(List.of()), new DocumentFacts(title, "Outlet", LocalDate.of(2016, 9, 18), null, "en"), List.of(),
        MainIncident.NONE);
  }

  @BeforeEach
  void fill() {
    db = dir.resolve("fts.db").toString();
    try (Store store = Store.open(db)) {
      store.putAll(List.of(
          article("airport-in-title", "Strike near Deir ez-Zor airport",
              "Jets struck army positions on Saturday, the ministry said."),
          article("airport-in-text", "Army positions hit",
              "Jets struck positions near the airport on Saturday; 62 soldiers were killed, the ministry said."),
          article("other", "Aleppo market", "Shelling hit a market in Aleppo."),
          article("hostile", "<script>alert(1)</script>",
              "The payload <img src=x onerror=alert(2)> sat next to the word zeppelin and <b>bold</b> tags.")));
    }
  }

  private List<SearchHit> search(String q) {
    try (Store store = Store.open(db)) {
      return store.search(q, 50);
    }
  }

  @Test
  void theBundledSqliteHasFts5() {
    assertThat(RawDatabase.number(db, "SELECT sqlite_compileoption_used('ENABLE_FTS5')")).isEqualTo(1);
    assertThat(RawDatabase.column(db, "SELECT name FROM sqlite_master WHERE name = 'documents_fts'"))
        .containsExactly("documents_fts");
  }

  @Test
  @DisplayName("a word in the title ranks above the same word in the text (bm25, titles weigh more)")
  void titleWordsRankFirst() {
    List<SearchHit> hits = search("airport");

    assertThat(hits).extracting(SearchHit::doc).containsExactly("airport-in-title", "airport-in-text");
    assertThat(hits.get(0).rank()).isGreaterThan(hits.get(1).rank());
  }

  @Test
  void everyWordMustBeginAWordOfTheDocument() {
    assertThat(search("struck soldier")).extracting(SearchHit::doc).containsExactly("airport-in-text");
    assertThat(search("struck zeppelin")).isEmpty();
    // case and accents do not matter; a word is a prefix: "soldier" finds "soldiers"
    assertThat(search("DÉIR")).extracting(SearchHit::doc).containsExactly("airport-in-title");
  }

  @Test
  void theSnippetMarksTheWordsFound() {
    SearchHit hit = search("soldiers ministry").get(0);

    assertThat(hit.snippet()).filteredOn(SnippetPart::match).extracting(SnippetPart::text)
        .containsExactly("soldiers", "ministry");
    String passage = String.join("", hit.snippet().stream().map(SnippetPart::text).toList());
    assertThat(passage).contains("62 soldiers were killed");
  }

  @Test
  @DisplayName("a query's FTS5 syntax (quotes, NEAR, columns, stars, OR) is read as words, never as syntax")
  void queriesAreWordsNotSyntax() {
    assertThat(search("\"airport OR")).isEmpty();  // "OR" is a word here, and no document has it
    assertThat(search("title:airport")).isEmpty();  // one word "title airport", as a phrase
    assertThat(search("NEAR(airport")).isEmpty();
    assertThat(search("* ) ( \" -- ;")).isEmpty();  // no letters: nothing to look for
    assertThat(search("airport\"")).extracting(SearchHit::doc).containsExactly("airport-in-title", "airport-in-text");
  }

  @Test
  void aSnippetOfMarkupComesBackAsPlainText() {
    SearchHit hit = search("zeppelin").get(0);

    String passage = String.join("", hit.snippet().stream().map(SnippetPart::text).toList());
    assertThat(passage).contains("<img src=x onerror=alert(2)>", "<b>bold</b>");
    assertThat(hit.snippet()).filteredOn(SnippetPart::match).extracting(SnippetPart::text).containsExactly("zeppelin");
  }

  @Test
  void theIndexFollowsAReplacedDocument() {
    try (Store store = Store.open(db)) {
      store.putAll(List.of(article("other", "Idlib bakery", "A bakery in Idlib was hit by a barrel bomb.")));
    }
    assertThat(search("market")).isEmpty();
    assertThat(search("bakery")).extracting(SearchHit::doc).containsExactly("other");
    assertThat(RawDatabase.number(db, "SELECT COUNT(*) FROM document_search_keys")).isEqualTo(4);
  }

  @Test
  void theIndexFollowsADeletedDocument() {
    RawDatabase.execute(db, "DELETE FROM documents WHERE id = 'airport-in-title'");

    assertThat(search("airport")).extracting(SearchHit::doc).containsExactly("airport-in-text");
    // the index holds exactly the documents left: FTS5's own check of an external-content index
    RawDatabase.execute(db, "INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 1)");
  }

  @Test
  @DisplayName("a store written before schema 10.2 gets every stored document indexed when it is opened")
  void anOlderStoreIsIndexedOnOpen() {
    StoreMigrationTest.undoVersionTwelve(db);
    undoVersionTenTwo(db);
    // such a store has none of the versions after 10.2 either (11: rising tolls, 12, 13), which Flyway applies in order
    RawDatabase.execute(db, "ALTER TABLE incidents DROP COLUMN rising_toll");
    RawDatabase.execute(db, "DELETE FROM " + Migrations.HISTORY_TABLE + " WHERE version = '11'");
    assertThat(RawDatabase.column(db, "SELECT name FROM sqlite_master WHERE name = 'documents_fts'")).isEmpty();

    assertThat(search("airport")).extracting(SearchHit::doc).containsExactly("airport-in-title", "airport-in-text");
    assertThat(RawDatabase.number(db, "SELECT COUNT(*) FROM document_search_keys")).isEqualTo(4);
  }

  /** Takes out what SQLite's version 10.2 (the full-text index) adds, so that it runs again. */
  static void undoVersionTenTwo(String db) {
    for (String sql : List.of("DROP TRIGGER IF EXISTS documents_fts_insert",
        "DROP TRIGGER IF EXISTS documents_fts_delete", "DROP TRIGGER IF EXISTS documents_fts_update", "DROP TABLE IF EXISTS documents_fts",
        "DROP VIEW IF EXISTS document_search_rows", "DROP TABLE IF EXISTS document_search_keys",
        "DELETE FROM " + Migrations.HISTORY_TABLE + " WHERE version = '10.2'")) {
      RawDatabase.execute(db, sql);
    }
  }
}
