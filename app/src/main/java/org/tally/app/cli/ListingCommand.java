package org.tally.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.tally.analysis.Analyser;
import org.tally.analysis.Analysis;
import org.tally.app.export.RecordWriter;
import org.tally.app.read.ReadProblem;
import org.tally.app.run.Batch;
import org.tally.event.MainIncident;
import org.tally.store.StoredAnalysis;
import org.tally.store.Store;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What {@code docs} and {@code extract} share: analyse the named inputs, or, with none, list what the
 * database holds; then write records in the chosen format.
 */
abstract class ListingCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin InputOptions input;

  @Mixin ListingOptions listing;

  /** The record(s) one analysed document gives. */
  abstract void write(Analysis doc, RecordWriter out);

  abstract java.util.List<String> tableColumns();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    String stored = input.inputs.isEmpty() ? listing.database(spec) : null;
    input.lexicons();  // a broken file of the user's stops the run before anything is printed
    try (RecordWriter out = new RecordWriter(listing.format, spec.commandLine().getOut(), tableColumns())) {
      if (stored != null) {
        return fromStore(stored, out);
      }
      Analyser analyser = input.analyser();
      Batch batch = new Batch(input.inputs, input.readOptions(), System.in, err);
      batch.run(doc -> {
        try {
          write(analyser.analyse(doc), out);
        } catch (RuntimeException e) {
          batch.problem(new ReadProblem(doc.source(), null, "cannot analyse document " + doc.id() + ": " + e));
        }
      });
      return batch.problemCount() > 0 ? 2 : 0;
    }
  }

  /** Writes what the database holds, one document at a time, from its rows: nothing is analysed again. */
  private int fromStore(String location, RecordWriter out) {
    try (Store store = Store.open(location)) {
      store.eachAnalysis(stored -> write(stored.analysis(this::unkeptMainIncident), out));
    }
    afterStore(location);
    return 0;
  }

  /**
   * The main incident of a document stored before Tally kept main incidents. Only {@code docs} prints it; the other
   * listings need none.
   */
  MainIncident unkeptMainIncident(StoredAnalysis stored) {
    return MainIncident.NONE;
  }

  /** Called once the database has been listed: for a closing note. */
  void afterStore(String location) {}
}
