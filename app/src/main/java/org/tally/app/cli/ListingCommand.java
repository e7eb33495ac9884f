package org.tally.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.tally.analysis.Analysis;
import org.tally.app.export.RecordWriter;
import org.tally.app.run.AnalysisBlocks;
import org.tally.app.run.Batch;
import org.tally.app.run.GuardedAnalyser;
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

  /** Documents analysed at once; their records are written in read order. */
  private static final int BLOCK = 64;

  /** The record(s) one analysed document gives. */
  abstract void write(Analysis doc, RecordWriter out);

  abstract java.util.List<String> tableColumns();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    String stored = input.inputs.isEmpty() ? listing.database(spec) : null;
    if (stored != null) {
      input.lexicons();  // a broken file of the user's stops the run before anything is printed
      // opened before the writer, so that a database that cannot be read prints no table header
      try (Store store = Store.openReadOnly(stored);
          RecordWriter out = new RecordWriter(listing.format, spec.commandLine().getOut(), tableColumns())) {
        store.eachAnalysis(doc -> write(doc.analysis(this::unkeptMainIncident), out));
      }
      afterStore(stored);
      return 0;
    }
    try (GuardedAnalyser analyser = input.guardedAnalyser();
        RecordWriter out = new RecordWriter(listing.format, spec.commandLine().getOut(), tableColumns())) {
      Batch batch = new Batch(input.inputs, input.readOptions(), System.in, err);
      AnalysisBlocks blocks = new AnalysisBlocks(analyser, BLOCK, batch, done -> done.forEach(doc -> write(doc, out)));
      batch.run(blocks);
      blocks.finish();
      return batch.exitStatus();
    }
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
