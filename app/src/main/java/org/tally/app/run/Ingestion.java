package org.tally.app.run;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.tally.analysis.Analyser;
import org.tally.analysis.Analysis;
import org.tally.app.read.ReadProblem;
import org.tally.model.Document;
import org.tally.store.PutResult;
import org.tally.store.Store;

/**
 * Documents into a store: read in order, analysed on all cores a batch at a time, stored in order, one transaction
 * per batch. Memory holds one batch. A document that cannot be analysed or stored is reported to the batch and the
 * others go on.
 */
public final class Ingestion implements Consumer<Document> {
  private static final int BATCH = 200;

  private final Analyser analyser;
  private final Store store;
  private final Batch batch;
  private final boolean refresh;
  private final List<Document> read = new ArrayList<>();
  private final Map<PutResult, Integer> tally = new EnumMap<>(PutResult.class);
  private int claims;

  /** {@code refresh}: re-analyse documents stored with the same text too, replacing what was stored. */
  public Ingestion(Analyser analyser, Store store, Batch batch, boolean refresh) {
    this.analyser = analyser;
    this.store = store;
    this.batch = batch;
    this.refresh = refresh;
  }

  /** Reads every input of the batch into the store. */
  public Ingestion run() {
    batch.run(this);
    finish();
    return this;
  }

  @Override
  public void accept(Document doc) {
    read.add(doc);
    if (read.size() >= BATCH) {
      finish();
    }
  }

  /** Analyses and stores the documents still waiting. */
  public void finish() {
    store(analyse());
  }

  /** How many documents the store took as this result. */
  public int count(PutResult result) {
    return tally.getOrDefault(result, 0);
  }

  /** Claims found in the documents analysed. */
  public int claims() {
    return claims;
  }

  /** The documents read so far, analysed in parallel, in their order; the list is emptied. */
  private List<Analysis> analyse() {
    List<Analysis> analysed = read.parallelStream().map(doc -> {
      try {
        return analyser.analyse(doc);
      } catch (RuntimeException e) {
        synchronized (batch) {
          batch.problem(new ReadProblem(doc.source(), null, "cannot analyse document " + doc.id() + ": " + e));
        }
        return null;
      }
    }).filter(Objects::nonNull).toList();
    read.clear();
    return analysed;
  }

  private void store(List<Analysis> pending) {
    if (pending.isEmpty()) {
      return;
    }
    claims += pending.stream().mapToInt(i -> i.claims().size()).sum();
    try {
      for (PutResult result : store.putAll(pending, refresh)) {
        tally.merge(result, 1, Integer::sum);
      }
    } catch (RuntimeException batchFailure) {
      // one bad document must not cost the batch: store them one by one and report the bad ones
      for (Analysis one : pending) {
        try {
          tally.merge(store.putAll(List.of(one), refresh).get(0), 1, Integer::sum);
        } catch (RuntimeException e) {
          batch.problem(new ReadProblem(one.document().source(), null,
              "cannot store " + one.document().id() + ": " + e.getMessage()));
        }
      }
    }
  }
}
