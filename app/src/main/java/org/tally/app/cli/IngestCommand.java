package org.tally.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tally.analysis.Analyser;
import org.tally.analysis.Analysis;
import org.tally.app.read.ReadProblem;
import org.tally.app.run.Batch;
import org.tally.app.run.Progress;
import org.tally.model.Document;
import org.tally.store.PutResult;
import org.tally.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tally ingest}: read, analyse and store documents, idempotently. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Reads articles, finds their facts and casualty claims, and stores them.",
        "Re-ingesting a document already stored (same id and content) changes nothing."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:all inputs stored", "1:usage error", "2:some inputs failed; the others were stored"})
public final class IngestCommand implements Callable<Integer> {
  private static final int BATCH = 200;

  @Spec CommandSpec spec;
  @Mixin InputOptions input;
  @Mixin StoreOption store;

  @Option(names = "--quiet", description = "No progress output.")
  boolean quiet;

  @Option(names = "--refresh", description = "Re-analyse documents already stored with the same text and replace their"
      + " sections, facts and claims (after Tally or your --actors file changed).")
  boolean refresh;

  @Override
  public Integer call() {
    if (input.inputs.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing INPUT: name files, folders, globs or -");
    }
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    Map<PutResult, Integer> tally = new EnumMap<>(PutResult.class);
    Analyser analyser = input.analyser();
    int claims = 0;
    try (Store db = store.open()) {
      Batch batch = new Batch(input.inputs, input.readOptions(), System.in, err);
      if (!quiet) {
        batch.withProgress(Progress.on(System.err, System.console() != null, 100));
      }
      // documents are read in order, analysed on all cores a batch at a time, and stored in order
      List<Document> read = new ArrayList<>();
      int[] claimCount = {0};
      batch.run(doc -> {
        read.add(doc);
        if (read.size() >= BATCH) {
          claimCount[0] += store(db, analyse(analyser, read, batch), tally, batch, refresh);
        }
      });
      claimCount[0] += store(db, analyse(analyser, read, batch), tally, batch, refresh);
      claims = claimCount[0];
      out.printf("%s: %d added, %d replaced, %d unchanged, %d claims found; %d documents stored in all%n",
          store.location(), tally.getOrDefault(PutResult.ADDED, 0), tally.getOrDefault(PutResult.REPLACED, 0),
          tally.getOrDefault(PutResult.UNCHANGED, 0), claims, db.documentCount());
      if (batch.problemCount() > 0) {
        err.printf("tally: %d input problem(s); everything else was stored%n", batch.problemCount());
        return 2;
      }
      return 0;
    }
  }

  /** Analyses the documents read so far in parallel, keeping their order, and empties the list. */
  private static List<Analysis> analyse(Analyser analyser, List<Document> read, Batch batch) {
    List<Analysis> analysed = read.parallelStream().map(doc -> {
      try {
        return analyser.analyse(doc);
      } catch (RuntimeException e) {
        synchronized (batch) {
          batch.problem(new ReadProblem(doc.source(), null, "cannot analyse document " + doc.id() + ": " + e));
        }
        return null;
      }
    }).filter(java.util.Objects::nonNull).toList();
    read.clear();
    return analysed;
  }

  /** Stores a batch; returns how many claims it held. */
  private static int store(Store db, List<Analysis> pending, Map<PutResult, Integer> tally, Batch batch, boolean refresh) {
    if (pending.isEmpty()) {
      return 0;
    }
    int claims = pending.stream().mapToInt(i -> i.claims().size()).sum();
    try {
      for (PutResult result : db.putAll(pending, refresh)) {
        tally.merge(result, 1, Integer::sum);
      }
    } catch (RuntimeException batchFailure) {
      // one bad document must not cost the batch: store them one by one and report the bad ones
      for (Analysis one : pending) {
        try {
          tally.merge(db.putAll(List.of(one), refresh).get(0), 1, Integer::sum);
        } catch (RuntimeException e) {
          batch.problem(new ReadProblem(one.document().source(), null, "cannot store " + one.document().id() + ": " + e.getMessage()));
        }
      }
    }
    return claims;
  }
}
