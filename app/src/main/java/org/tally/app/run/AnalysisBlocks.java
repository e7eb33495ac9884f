package org.tally.app.run;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.tally.analysis.Analysis;
import org.tally.model.Document;

/**
 * Documents gathered into blocks, each block analysed in parallel and handed on in read order. A document that
 * cannot be analysed becomes one problem line of the batch, and the others go on. Memory holds one block.
 */
public final class AnalysisBlocks implements Consumer<Document> {
  private final GuardedAnalyser analyser;
  private final int size;
  private final Batch batch;
  private final Consumer<List<Analysis>> analysed;
  private final List<Document> read = new ArrayList<>();

  /** {@code analysed}: takes each block's analyses, the documents that failed left out. */
  public AnalysisBlocks(GuardedAnalyser analyser, int size, Batch batch, Consumer<List<Analysis>> analysed) {
    this.analyser = analyser;
    this.size = size;
    this.batch = batch;
    this.analysed = analysed;
  }

  @Override
  public void accept(Document doc) {
    read.add(doc);
    if (read.size() >= size) {
      finish();
    }
  }

  /** Analyses and hands on the documents still waiting. */
  public void finish() {
    if (read.isEmpty()) {
      return;
    }
    List<Analysis> done = new ArrayList<>(read.size());
    for (Outcome outcome : analyser.analyse(read)) {
      if (outcome instanceof Outcome.Analysed a) {
        done.add(a.analysis());
      } else if (outcome instanceof Outcome.Failed f) {
        batch.problem(f.problem());
      }
    }
    read.clear();
    if (!done.isEmpty()) {
      analysed.accept(done);
    }
  }
}
