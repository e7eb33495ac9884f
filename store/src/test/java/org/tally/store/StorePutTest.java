package org.tally.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tally.model.Claim;
import org.tally.model.Document;
import org.tally.model.Layout;
import org.tally.analysis.Analysis;
import org.tally.event.MainIncident;

@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(StoreBackend.class)
class StorePutTest {
  @org.junit.jupiter.params.Parameter StoreBackend backend;

  private static final Instant FIRST = Instant.parse("2024-01-01T00:00:00Z");

  @TempDir Path dir;

  private String location;

  private String db() {
    if (location == null) {
      location = backend.location(dir, "tally.db");
    }
    return location;
  }

  private Store open(Instant now) {
    return Store.open(db(), Clock.fixed(now, ZoneOffset.UTC));
  }

  @Test
  void newDocumentIsAdded() {
    try (Store store = open(FIRST)) {
      assertThat(store.put(SyntheticDocuments.ingested(7))).isEqualTo(PutResult.ADDED);
      assertThat(store.documentCount()).isEqualTo(1);
    }
  }

  @Test
  void sameDocumentAgainIsUnchangedAndWritesNothing() {
    try (Store store = open(FIRST)) {
      store.put(SyntheticDocuments.ingested(7));
    }
    try (Store store = open(FIRST.plus(Duration.ofDays(1)))) {
      assertThat(store.put(SyntheticDocuments.ingested(7))).isEqualTo(PutResult.UNCHANGED);
      assertThat(store.documentCount()).isEqualTo(1);
      assertThat(store.claims()).hasSize(SyntheticDocuments.ingested(7).claims().size());
      assertThat(store.document(SyntheticDocuments.id(7)).orElseThrow().ingestedAt()).isEqualTo(FIRST);
    }
  }

  @Test
  void editedTextReplacesTheDocument() {
    Analysis edited = withText(SyntheticDocuments.ingested(7), " Updated.");
    try (Store store = open(FIRST)) {
      store.put(SyntheticDocuments.ingested(7));
      assertThat(store.put(edited)).isEqualTo(PutResult.REPLACED);
      assertThat(store.documentCount()).isEqualTo(1);
      assertThat(store.document(SyntheticDocuments.id(7)).orElseThrow().contentHash())
          .isEqualTo(edited.document().contentHash());
    }
  }

  @Test
  void replacingRemovesTheOldSectionsAndClaims() {
    Analysis original = SyntheticDocuments.ingested(9);
    Analysis edited = new Analysis(withText(original, " Updated.").document(),
        new Layout(List.of(original.layout().sections().get(0))), original.facts(), original.claims().subList(0, 1),
        MainIncident.NONE);
    try (Store store = open(FIRST)) {
      store.put(original);
      store.put(edited);
      assertThat(store.claims(SyntheticDocuments.id(9))).isEqualTo(edited.claims());
      assertThat(store.document(SyntheticDocuments.id(9)).orElseThrow().layout()).isEqualTo(edited.layout());
    }
    assertThat(RawDatabase.number(db(), "SELECT COUNT(*) FROM sections")).isEqualTo(1);
  }

  @Test
  void batchReportsOneResultPerDocumentInOrder() {
    try (Store store = open(FIRST)) {
      store.put(SyntheticDocuments.ingested(1));
      List<PutResult> results = store.putAll(List.of(SyntheticDocuments.ingested(0),
          SyntheticDocuments.ingested(1), withText(SyntheticDocuments.ingested(0), " Again.")));
      assertThat(results).containsExactly(PutResult.ADDED, PutResult.UNCHANGED, PutResult.REPLACED);
    }
  }

  @Test
  void secondStoreOnTheSameFileSeesWhatTheFirstCommitted() {
    try (Store writer = open(FIRST); Store reader = open(FIRST)) {
      writer.putAll(SyntheticDocuments.range(0, 3));
      assertThat(reader.put(SyntheticDocuments.ingested(2))).isEqualTo(PutResult.UNCHANGED);
      assertThat(reader.documentCount()).isEqualTo(3);
    }
  }

  @Test
  void failingClaimLeavesNothingOfItsDocument() {
    Analysis broken = withBadLastClaim(SyntheticDocuments.ingested(4));
    try (Store store = open(FIRST)) {
      assertThatThrownBy(() -> store.put(broken))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining(SyntheticDocuments.id(4));
      assertThat(store.document(SyntheticDocuments.id(4))).isEmpty();
      assertThat(store.claims()).isEmpty();
    }
    assertThat(RawDatabase.number(db(), "SELECT COUNT(*) FROM sections")).isZero();
  }

  @Test
  void failingDocumentLeavesNothingOfItsBatch() {
    List<Analysis> batch = new ArrayList<>(SyntheticDocuments.range(0, 5));
    batch.add(withBadLastClaim(SyntheticDocuments.ingested(9)));
    try (Store store = open(FIRST)) {
      assertThatThrownBy(() -> store.putAll(batch)).isInstanceOf(StoreException.class);
      assertThat(store.documentCount()).isZero();
      assertThat(store.claims()).isEmpty();
    }
  }

  @Test
  void failingReplacementKeepsTheOldVersion() {
    Analysis original = SyntheticDocuments.ingested(4);
    try (Store store = open(FIRST)) {
      store.put(original);
      assertThatThrownBy(() -> store.put(withBadLastClaim(withText(original, " Edited."))))
          .isInstanceOf(StoreException.class);
      assertThat(store.document(SyntheticDocuments.id(4)).orElseThrow().document()).isEqualTo(original.document());
      assertThat(store.claims(SyntheticDocuments.id(4))).isEqualTo(original.claims());
    }
  }

  @Test
  void storeStaysUsableAfterAFailedPut() {
    try (Store store = open(FIRST)) {
      assertThatThrownBy(() -> store.put(withBadLastClaim(SyntheticDocuments.ingested(4))))
          .isInstanceOf(StoreException.class);
      assertThat(store.put(SyntheticDocuments.ingested(4))).isEqualTo(PutResult.ADDED);
    }
  }

  private static Analysis withText(Analysis doc, String appended) {
    Document d = doc.document();
    return new Analysis(new Document(d.id(), d.source(), d.text() + appended, d.metadata()), doc.layout(),
        doc.facts(), doc.claims(), doc.mainIncident());
  }

  /** The last claim has a negative count, which the schema refuses, so its insert fails after the others succeeded. */
  private static Analysis withBadLastClaim(Analysis doc) {
    List<Claim> claims = new ArrayList<>(doc.claims());
    Claim last = claims.remove(claims.size() - 1);
    claims.add(new Claim(last.doc(), last.harm(), last.victims(), new org.tally.model.Count(-1, -1, false, last.count().span()),
        last.countText(), last.perpetrator(), last.claimant(), last.location(), last.when(), last.scope(), last.stance(),
        last.attacks(), last.section(), last.evidence()));
    return new Analysis(doc.document(), doc.layout(), doc.facts(), claims, doc.mainIncident());
  }

  @Test
  void twoWritersPuttingTheSameDocumentsAtOnceStoreEachOnce() throws Exception {
    List<Analysis> docs = SyntheticDocuments.range(0, 40);
    open(FIRST).close();  // the schema first, as one ingest would have made it
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      List<java.util.concurrent.Future<List<PutResult>>> writers = new ArrayList<>();
      for (int w = 0; w < 2; w++) {
        writers.add(pool.submit(() -> {
          List<PutResult> results = new ArrayList<>();
          try (Store store = open(FIRST)) {
            for (int from = 0; from < docs.size(); from += 5) {
              results.addAll(store.putAll(docs.subList(from, from + 5)));
            }
          }
          return results;
        }));
      }
      List<PutResult> all = new ArrayList<>();
      for (var writer : writers) {
        all.addAll(writer.get());
      }
      assertThat(all).filteredOn(r -> r == PutResult.ADDED).hasSize(docs.size());
      assertThat(all).filteredOn(r -> r == PutResult.UNCHANGED).hasSize(docs.size());
    } finally {
      pool.shutdown();
    }
    assertThat(RawDatabase.number(db(), "SELECT COUNT(*) FROM documents")).isEqualTo(docs.size());
  }
}
