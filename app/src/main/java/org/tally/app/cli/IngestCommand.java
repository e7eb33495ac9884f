package org.tally.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.tally.app.run.Batch;
import org.tally.app.run.GuardedAnalyser;
import org.tally.app.run.Ingestion;
import org.tally.app.run.Progress;
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
    try (GuardedAnalyser analyser = input.guardedAnalyser(); Store db = store.open()) {
      Batch batch = new Batch(input.inputs, input.readOptions(), System.in, err);
      if (!quiet) {
        batch.withProgress(Progress.on(System.err, System.console() != null, 100));
      }
      Ingestion done = new Ingestion(analyser, db, batch, refresh).run();
      out.printf("%s: %d added, %d replaced, %d unchanged, %d claims found; %d documents stored in all%n",
          store.location(), done.count(PutResult.ADDED), done.count(PutResult.REPLACED),
          done.count(PutResult.UNCHANGED), done.claims(), db.documentCount());
      done.stop().ifPresent(stop -> err.println("tally: " + stop.message(done.stored())));
      if (batch.problemCount() > 0) {
        err.println("tally: " + IngestSummary.problems(batch.problemCount(), done.stored(), done.stop().isPresent()));
      }
      return batch.exitStatus();
    }
  }
}
