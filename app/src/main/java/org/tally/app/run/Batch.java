package org.tally.app.run;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.tally.app.read.DistinctIds;
import org.tally.app.read.InputSource;
import org.tally.app.read.Inputs;
import org.tally.app.read.ReadOptions;
import org.tally.app.read.ReadProblem;
import org.tally.model.Document;

/**
 * Reads every input of a command, handing each document on and printing each problem as one
 * {@code FILE: reason} line; a bad input never stops the others. Problems are counted for the exit status. Only a
 * failure that would fail every later document too (a full disk) {@linkplain #stop stops} the batch.
 */
public final class Batch {
  /** The exit status of a batch with problems: some inputs failed, the others were processed. */
  public static final int SOME_FAILED = 2;

  private final List<String> inputs;
  private final ReadOptions options;
  private final InputStream stdin;
  private final PrintWriter err;
  private final List<ReadProblem> problems = new ArrayList<>();
  private Progress progress = Progress.NONE;
  private volatile boolean stopped;

  public Batch(List<String> inputs, ReadOptions options, InputStream stdin, PrintWriter err) {
    this.inputs = inputs;
    this.options = options;
    this.stdin = stdin;
    this.err = err;
  }

  public Batch withProgress(Progress progress) {
    this.progress = progress;
    return this;
  }

  public void run(Consumer<Document> documents) {
    List<InputSource> sources = Inputs.expand(inputs, this::problem);
    progress.start(sources.size());
    DistinctIds ids = new DistinctIds(); // one for the run: an id repeated in another input is reported, not replaced
    for (InputSource source : sources) {
      if (stopped) {
        break;
      }
      Inputs.read(source, options, stdin, ids, doc -> {
        // the rest of a stopped batch's current file is read but goes nowhere
        if (!stopped) {
          documents.accept(doc);
          progress.document();
        }
      }, this::problem);
      progress.source(source.toString());
    }
    progress.finish();
  }

  /** Records a problem that a later stage met with a document (a store failure, an extraction bug). */
  public synchronized void problem(ReadProblem problem) {
    problems.add(problem);
    progress.pause();
    err.println("tally: " + problem.message());
    err.flush();
  }

  /** No further document is handed on; the caller says why, once. */
  public void stop() {
    stopped = true;
  }

  public boolean stopped() {
    return stopped;
  }

  public synchronized int problemCount() {
    return problems.size();
  }

  /** 0 when every input was processed, {@link #SOME_FAILED} otherwise. */
  public int exitStatus() {
    return problemCount() > 0 || stopped ? SOME_FAILED : 0;
  }
}
