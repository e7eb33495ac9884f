package org.tally.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.tally.analysis.Analysis;
import org.tally.model.Document;

class GuardedAnalyserTest {
  private static List<Document> documents(String... ids) {
    List<Document> docs = new ArrayList<>();
    for (String id : ids) {
      docs.add(new Document(id, "in.csv:" + (docs.size() + 2), "Text of " + id + ".", null));
    }
    return docs;
  }

  @Test
  void outcomesComeInTheDocumentsOrder() {
    try (GuardedAnalyser guarded = new GuardedAnalyser(FakeAnalysis.eachOf(FakeAnalysis::of), Duration.ofSeconds(60), 3)) {
      List<Outcome> outcomes = guarded.analyse(documents("a", "b", "c", "d", "e", "f", "g"));
      assertThat(outcomes).map(o -> ((Outcome.Analysed) o).analysis().document().id())
          .containsExactly("a", "b", "c", "d", "e", "f", "g");
    }
  }

  @Test
  void aDocumentOverItsBudgetIsAbandonedAndTheOthersStillGetAWorker() throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch returned = new CountDownLatch(1);
    // one worker: unless the stuck one is replaced, no later document is ever analysed
    try (GuardedAnalyser guarded = new GuardedAnalyser(FakeAnalysis.eachOf(doc -> {
      if (doc.id().equals("stuck")) {
        awaitQuietly(release);
        returned.countDown();
      }
      return FakeAnalysis.of(doc);
    }), Duration.ofMillis(200), 1)) {
      List<Outcome> outcomes = guarded.analyse(documents("stuck", "next", "last"));
      assertThat(outcomes.get(0)).isInstanceOfSatisfying(Outcome.Failed.class, f -> assertThat(f.reason())
          .isEqualTo("took longer than 0.2 s (the time budget, --budget-seconds); abandoned"));
      assertThat(outcomes.subList(1, 3)).allMatch(o -> o instanceof Outcome.Analysed);
      release.countDown();
      assertThat(returned.await(10, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void theFailureLineNamesFileLineAndId() {
    Outcome.Failed failed = new Outcome.Failed(documents("x").get(0), "boom\nand more");
    assertThat(failed.problem().message()).isEqualTo("in.csv:2 [x]: could not analyse: boom and more");
  }

  @Test
  void anAnalysisThatThrowsAnErrorIsAFailureNotACrash() {
    try (GuardedAnalyser guarded = new GuardedAnalyser(FakeAnalysis.eachOf(doc -> {
      throw new AssertionError("an assertion inside the analysis");
    }), Duration.ZERO, 1)) {
      assertThat(guarded.analyse(documents("a"))).singleElement()
          .isInstanceOfSatisfying(Outcome.Failed.class, f -> assertThat(f.reason())
              .isEqualTo("an internal error (AssertionError: an assertion inside the analysis); please report it"
                  + " with this document"));
    }
  }

  @Test
  void aStackOverflowIsOneDocumentsFailure() {
    try (GuardedAnalyser guarded = new GuardedAnalyser(
        FakeAnalysis.eachOf(doc -> doc.id().equals("deep") ? recurseForever(doc) : FakeAnalysis.of(doc)),
        Duration.ZERO, 1)) {
      List<Outcome> outcomes = guarded.analyse(documents("before", "deep", "after"));
      assertThat(outcomes.get(1)).isInstanceOfSatisfying(Outcome.Failed.class,
          f -> assertThat(f.reason()).contains("stack overflow"));
      assertThat(List.of(outcomes.get(0), outcomes.get(2))).allMatch(o -> o instanceof Outcome.Analysed);
    }
  }

  @Test
  void eachWorkerTakesABlockOfDocumentsAtOnce() {
    List<Integer> sizes = java.util.Collections.synchronizedList(new ArrayList<>());
    String[] ids = java.util.stream.IntStream.range(0, 70).mapToObj(i -> "d" + i).toArray(String[]::new);
    try (GuardedAnalyser guarded = new GuardedAnalyser(docs -> {
      sizes.add(docs.size());
      return FakeAnalysis.eachOf(FakeAnalysis::of).apply(docs);
    }, Duration.ofSeconds(60), 2)) {
      List<Outcome> outcomes = guarded.analyse(documents(ids));
      assertThat(outcomes).map(o -> ((Outcome.Analysed) o).analysis().document().id()).containsExactly(ids);
    }
    // 70 documents on two workers: blocks of 32 (org.tally.analysis.Analyser.BLOCK), the last one shorter
    assertThat(sizes).containsExactlyInAnyOrder(32, 32, 6);
  }

  @Test
  void inABlockThatThrowsOnlyTheDocumentsAtFaultFailEachWithItsOwnReason() {
    try (GuardedAnalyser guarded = new GuardedAnalyser(FakeAnalysis.eachOf(doc -> switch (doc.id()) {
      case "bad" -> throw new IllegalStateException("lost its way");
      case "deep" -> recurseForever(doc);
      default -> FakeAnalysis.of(doc);
    }), Duration.ZERO, 1)) {
      List<Outcome> outcomes = guarded.analyse(documents("a", "bad", "b", "deep", "c"));
      assertThat(outcomes).hasSize(5);
      assertThat(outcomes.get(1)).isInstanceOfSatisfying(Outcome.Failed.class, f -> assertThat(f.reason())
          .isEqualTo("an internal error (IllegalStateException: lost its way); please report it with this document"));
      assertThat(outcomes.get(3)).isInstanceOfSatisfying(Outcome.Failed.class,
          f -> assertThat(f.reason()).contains("stack overflow"));
      assertThat(List.of(outcomes.get(0), outcomes.get(2), outcomes.get(4)))
          .map(o -> ((Outcome.Analysed) o).analysis().document().id()).containsExactly("a", "b", "c");
    }
  }

  @Test
  void inABlockThatOverrunsOnlyTheSlowDocumentFails() throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    try (GuardedAnalyser guarded = new GuardedAnalyser(FakeAnalysis.eachOf(doc -> {
      if (doc.id().equals("slow")) {
        awaitQuietly(release);
      }
      return FakeAnalysis.of(doc);
    }), Duration.ofMillis(200), 1)) {
      List<Outcome> outcomes = guarded.analyse(documents("a", "b", "slow", "c", "d"));
      assertThat(outcomes.get(2)).isInstanceOfSatisfying(Outcome.Failed.class, f -> assertThat(f.reason())
          .isEqualTo("took longer than 0.2 s (the time budget, --budget-seconds); abandoned"));
      assertThat(List.of(outcomes.get(0), outcomes.get(1), outcomes.get(3), outcomes.get(4)))
          .map(o -> ((Outcome.Analysed) o).analysis().document().id()).containsExactly("a", "b", "c", "d");
    } finally {
      release.countDown();
    }
  }

  private static Analysis recurseForever(Document doc) {
    return recurseForever(doc);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      // abandoning interrupts; stay stuck as a runaway analysis would, until released
      awaitQuietly(latch);
    }
  }
}
