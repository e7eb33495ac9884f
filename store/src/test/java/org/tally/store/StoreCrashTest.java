package org.tally.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tally.analysis.Analysis;

/** A writer killed mid-run (destroyForcibly: SIGKILL, no shutdown hooks) leaves only whole batches behind. */
class StoreCrashTest {
  private static final int BATCH = 20;
  /** Documents the child must have committed before it is killed: the kill lands in a later batch. */
  private static final int BEFORE_KILL = 300;

  @TempDir static Path dir;
  private static Path db;
  /** Documents the child reported committed before it was killed. */
  private static int committed;
  /** Documents found in the store after the kill. */
  private static int stored;

  @BeforeAll
  static void killWriterMidRun() throws IOException, InterruptedException {
    db = dir.resolve("tally.db");
    Path childErrors = dir.resolve("child.err");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), PutLoop.class.getName(), db.toString(),
            Integer.toString(BATCH))
        .redirectError(childErrors.toFile())
        .start();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (committed < BEFORE_KILL && (line = out.readLine()) != null) {
        committed = Integer.parseInt(line.trim());
      }
      assertThat(committed).as("documents committed by the child; its errors: %s", Files.readString(childErrors))
          .isGreaterThanOrEqualTo(BEFORE_KILL);
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    try (Store store = Store.open(db.toString())) {
      stored = store.documentCount();
    }
  }

  @Test
  void everyBatchReportedCommittedSurvives() {
    assertThat(stored).isGreaterThanOrEqualTo(committed);
  }

  @Test
  void onlyWholeBatchesSurvive() {
    assertThat(stored).isGreaterThanOrEqualTo(BEFORE_KILL);
    assertThat(stored % BATCH).isZero();
  }

  @Test
  void everySurvivingDocumentHasExactlyItsSectionsAndClaims() {
    try (Store store = Store.open(db.toString())) {
      for (StoredDocument doc : store.documents()) {
        Analysis expected = SyntheticDocuments.ingested(Integer.parseInt(doc.id().substring("doc-".length())));
        assertThat(doc.document()).isEqualTo(expected.document());
        assertThat(doc.layout()).isEqualTo(expected.layout());
        assertThat(doc.facts()).isEqualTo(expected.facts());
        assertThat(store.claims(doc.id())).as("claims of %s", doc.id()).isEqualTo(expected.claims());
      }
    }
  }

  @Test
  void noClaimOrSectionOutlivesItsDocument() {
    long claims = SyntheticDocuments.range(0, stored).stream().mapToLong(d -> d.claims().size()).sum();
    long sections = SyntheticDocuments.range(0, stored).stream().mapToLong(d -> d.layout().sections().size()).sum();
    assertThat(RawDatabase.number(db, "SELECT COUNT(*) FROM claims")).isEqualTo(claims);
    assertThat(RawDatabase.number(db, "SELECT COUNT(*) FROM sections")).isEqualTo(sections);
  }

  @Test
  void reputtingAfterTheCrashKeepsWhatWasStoredAndAddsTheRest() throws IOException {
    // a copy, so the other tests see the store as the crash left it; the WAL was folded in when setup closed it
    Path copy = Files.copy(db, dir.resolve("copy.db"));
    try (Store store = Store.open(copy.toString())) {
      List<PutResult> results = store.putAll(SyntheticDocuments.range(0, stored + BATCH));
      assertThat(results.subList(0, stored)).containsOnly(PutResult.UNCHANGED);
      assertThat(results.subList(stored, stored + BATCH)).containsOnly(PutResult.ADDED);
      assertThat(store.documentCount()).isEqualTo(stored + BATCH);
    }
  }
}
