package org.tally.app.run;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.tally.analysis.Analysis;
import org.tally.app.read.ReadProblem;
import org.tally.model.Document;
import org.tally.store.PutResult;
import org.tally.store.Store;
import org.tally.store.StoreException;

/**
 * Documents into a store: read in order, analysed on all cores a block at a time, stored in order, one transaction
 * per block. Memory holds one block. A document that cannot be analysed or stored is reported to the batch and the
 * others go on; a failure that every later write would meet too (disk full, read-only) stops the batch instead of
 * repeating itself, and is kept for the command to report once.
 */
public final class Ingestion implements Consumer<Document> {
  private static final int BLOCK = 200;

  private final Store store;
  private final Batch batch;
  private final boolean refresh;
  private final AnalysisBlocks blocks;
  private final Map<PutResult, Integer> tally = new EnumMap<>(PutResult.class);
  private int claims;
  private StoreStop stop;

  /** {@code refresh}: re-analyse documents stored with the same text too, replacing what was stored. */
  public Ingestion(GuardedAnalyser analyser, Store store, Batch batch, boolean refresh) {
    this.store = store;
    this.batch = batch;
    this.refresh = refresh;
    this.blocks = new AnalysisBlocks(analyser, BLOCK, batch, this::store);
  }

  /** Reads every input of the batch into the store. */
  public Ingestion run() {
    batch.run(this);
    finish();
    return this;
  }

  @Override
  public void accept(Document doc) {
    blocks.accept(doc);
  }

  /** Analyses and stores the documents still waiting. */
  public void finish() {
    blocks.finish();
  }

  /** How many documents the store took as this result. */
  public int count(PutResult result) {
    return tally.getOrDefault(result, 0);
  }

  /** Documents the store took in this run, whether added, replaced or found unchanged. */
  public int stored() {
    return tally.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Claims found in the documents stored. */
  public int claims() {
    return claims;
  }

  /** Why the batch stopped early, if a store failure stopped it. */
  public Optional<StoreStop> stop() {
    return Optional.ofNullable(stop);
  }

  private void store(List<Analysis> pending) {
    if (stop != null) {
      return;
    }
    try {
      count(pending, store.putAll(pending, refresh));
    } catch (StoreException blockFailure) {
      if (blockFailure.fault().stopsBatch()) {
        stopAt(pending, blockFailure);
        return;
      }
      // one bad document must not cost the block: store them one by one and report the bad ones
      for (int i = 0; i < pending.size(); i++) {
        Analysis one = pending.get(i);
        try {
          count(List.of(one), store.putAll(List.of(one), refresh));
        } catch (StoreException e) {
          if (e.fault().stopsBatch()) {
            stopAt(pending.subList(i, pending.size()), e);
            return;
          }
          batch.problem(new ReadProblem(one.document().source(), null,
              "cannot store " + one.document().id() + ": " + e.getMessage()));
        }
      }
    }
  }

  private void count(List<Analysis> docs, List<PutResult> results) {
    for (PutResult result : results) {
      tally.merge(result, 1, Integer::sum);
    }
    claims += docs.stream().mapToInt(a -> a.claims().size()).sum();
  }

  private void stopAt(List<Analysis> unstored, StoreException failure) {
    stop = new StoreStop(failure, unstored.get(0).document(), unstored.size());
    batch.stop();
  }
}
