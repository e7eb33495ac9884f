package org.tally.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tally.analysis.Analysis;

@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(StoreBackend.class)
class StoreSearchTest {
  @org.junit.jupiter.params.Parameter StoreBackend backend;
  @TempDir Path dir;
  private String db;
  private final List<Analysis> docs = SyntheticDocuments.range(0, 20);

  @BeforeEach
  void fill() {
    db = backend.location(dir, "search.db");
    try (Store store = Store.open(db)) {
      store.putAll(docs);
    }
  }

  private List<String> found(String query) {
    try (Store store = Store.open(db)) {
      return store.search(query, 100).stream().map(SearchHit::doc).toList();
    }
  }

  @Test
  void everyWordMustOccur() {
    // only documents with claims say "people were harmed"; one in five has none
    List<String> withClaims = docs.stream().filter(d -> !d.claims().isEmpty()).map(d -> d.document().id()).toList();

    assertThat(found("people harmed")).containsExactlyInAnyOrderElementsOf(withClaims).hasSize(16);
  }

  @Test
  void aWordNoDocumentHasFindsNothing() {
    assertThat(found("harmed zeppelin")).isEmpty();
  }

  @Test
  void theLimitIsKept() {
    try (Store store = Store.open(db)) {
      assertThat(store.search("harmed", 3)).hasSize(3);
    }
  }

  @Test
  void onPostgresqlWordsAreStemmedAndRanked() {
    org.junit.jupiter.api.Assumptions.assumeTrue(backend == StoreBackend.POSTGRESQL, "stemming is PostgreSQL's");

    assertThat(found("harms people")).hasSize(16);  // "harms" and the text's "harmed" are both "harm"
    try (Store store = Store.open(db)) {
      assertThat(store.search("harmed", 100)).allSatisfy(hit -> assertThat(hit.rank()).isPositive());
    }
  }
}
