package org.tally.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tally.analysis.Analysis;
import org.tally.app.read.ReadOptions;
import org.tally.model.Document;
import org.tally.store.Store;

/**
 * Issue 10: one document that the analysis cannot get through, at row 15,001 of a 20,000-row batch, costs that row
 * only: one line names it, the other 19,999 are stored, and the exit status is 2.
 */
class Issue10PoisonedDocumentTest {
  private static final int ROWS = 20_000;
  private static final int POISONED_ROW = 15_001;

  @TempDir Path dir;
  private Duration budget = Duration.ofSeconds(60);

  /** The ingest of a CSV with {@code ROWS} rows, the analysis replaced by {@code analyser}; returns what it left. */
  private Ingested ingest(Function<Document, Analysis> analyser) throws IOException {
    return ingest(ROWS, POISONED_ROW, analyser);
  }

  private Ingested ingest(int rowCount, int poisonedRow, Function<Document, Analysis> analyser) throws IOException {
    Path csv = dir.resolve("batch.csv");
    StringBuilder rows = new StringBuilder("id,title,text\n");
    for (int row = 1; row <= rowCount; row++) {
      String id = row == poisonedRow ? "poison" : "doc-" + row;
      rows.append(id).append(",Title ").append(row).append(",At least ").append(row % 90 + 2)
          .append(" people were killed in a blast on Tuesday.\n");
    }
    Files.writeString(csv, rows, StandardCharsets.UTF_8);
    StringWriter err = new StringWriter();
    Batch batch = new Batch(List.of(csv.toString()), ReadOptions.defaults(),
        new ByteArrayInputStream(new byte[0]), new PrintWriter(err, true));
    try (GuardedAnalyser guarded = new GuardedAnalyser(FakeAnalysis.eachOf(analyser), budget, 2);
        Store store = Store.open(dir.resolve("tally.db").toString())) {
      new Ingestion(guarded, store, batch, false).run();
      return new Ingested(store.documentCount(), store.document("poison").isPresent(), batch.exitStatus(),
          Arrays.stream(err.toString().split("\n")).filter(l -> !l.isBlank()).toList(), csv.toString());
    }
  }

  private record Ingested(int stored, boolean poisonStored, int status, List<String> errLines, String csv) {}

  @Test
  void aThrowingDocumentAtRow15001IsOneLineAndTheOther19999AreStored() throws IOException {
    Ingested run = ingest(doc -> {
      if (doc.id().equals("poison")) {
        throw new IllegalStateException("sentence splitter lost its way");
      }
      return FakeAnalysis.of(doc);
    });
    assertThat(run.stored()).isEqualTo(ROWS - 1);
    assertThat(run.poisonStored()).isFalse();
    assertThat(run.status()).isEqualTo(2);
    // row 15,001 sits on line 15,002, under the header
    assertThat(run.errLines()).containsExactly("tally: " + run.csv() + ":15002 [poison]: could not analyse: an internal"
        + " error (IllegalStateException: sentence splitter lost its way); please report it with this document");
  }

  @Test
  void aDocumentOverItsBudgetIsOneLineAndWhatItReturnsLaterIsNeverStored()
      throws IOException, InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch returned = new CountDownLatch(1);
    budget = Duration.ofMillis(300);
    // a smaller batch than the others: what matters here is the abandoned document, not the batch's size
    Ingested run = ingest(2_000, 1_501, doc -> {
      if (doc.id().equals("poison")) {
        awaitUninterruptibly(release);
        returned.countDown();
      }
      return FakeAnalysis.of(doc);
    });
    assertThat(run.errLines()).containsExactly("tally: " + run.csv() + ":1502 [poison]: could not analyse: took longer"
        + " than 0.3 s (the time budget, --budget-seconds); abandoned");
    release.countDown();
    assertThat(returned.await(10, TimeUnit.SECONDS)).isTrue();
    try (Store store = Store.open(dir.resolve("tally.db").toString())) {
      assertThat(store.documentCount()).isEqualTo(2_000 - 1);
      assertThat(store.document("poison")).isEmpty();
    }
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      awaitUninterruptibly(latch);  // a runaway analysis ignores the interrupt that abandoning sends
    }
  }
}
