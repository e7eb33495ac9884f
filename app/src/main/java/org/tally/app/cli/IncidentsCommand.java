package org.tally.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.tally.app.export.Format;
import org.tally.app.export.IncidentRecord;
import org.tally.app.export.RecordWriter;
import org.tally.app.run.Batch;
import org.tally.app.run.GuardedAnalyser;
import org.tally.app.run.Ingestion;
import org.tally.link.Incident;
import org.tally.link.IncidentLinker;
import org.tally.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tally incidents}: claims of different documents linked into incidents and series, with consensus figures. */
@Command(name = "incidents", mixinStandardHelpOptions = true,
    description = {"Links claims across articles into incidents and series, with consensus and contradictions.",
        "Links the claims of all inputs (or of the database) into incidents and running series, and prints",
        "each with its consensus figures and the claims that make it.",
        "Fields (jsonl): id, kind (incident|series), harm, victims, scope, when {start, end},",
        "location {name, admin1, country}, perpetrator, claimant (series), low, best, high, conservative,",
        "contradiction, contradiction_size, rising_toll, outlets, claims [{doc, outlet, claimant, min, max, quote, ...}].",
        "With --db, claims stored since the last run are linked first (only the incidents near them change; when",
        "most claims are new, all are linked again, block by block). INPUTs are analysed into a temporary database",
        "and linked there the same way."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:success", "1:usage error", "2:some inputs failed; the others were linked"})
public final class IncidentsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin InputOptions input;

  @Mixin ListingOptions listing;

  @Override
  public Integer call() {
    input.lexicons();  // a broken rule file stops the run before anything is printed
    RecordWriter[] out = new RecordWriter[1];
    try {
      int status = eachIncident(spec, input, listing, incident -> {
        if (out[0] == null) {
          out[0] = writer();
        }
        out[0].write(listing.format == Format.jsonl ? IncidentRecord.of(incident) : IncidentRecord.flat(incident));
      });
      if (out[0] == null) {
        out[0] = writer();  // no incident: a table or CSV still gets its header
      }
      return status;
    } finally {
      if (out[0] != null) {
        out[0].close();
      }
    }
  }

  /** Made at the first incident, so that a database or rule file that fails first prints no table header. */
  private RecordWriter writer() {
    return new RecordWriter(listing.format, spec.commandLine().getOut(), List.of("id", "kind", "harm",
        "victims", "when.start", "location.admin1", "perpetrator", "low", "best", "high", "contradiction_size",
        "claims"));
  }

  /**
   * Hands over every incident and series, incidents first, each by time and id, and returns the exit status.
   * With no inputs, links what the database holds that is not linked yet and reads its incidents one at a time; a
   * read-only database is read as last linked, with a note when some claims are not linked yet. With
   * inputs, analyses them into a temporary database and does the same there, so that memory holds neither every
   * claim nor every incident; a document id given twice counts once, the last, as in ingest.
   */
  static int eachIncident(CommandSpec spec, InputOptions input, ListingOptions listing, Consumer<Incident> each) {
    IncidentLinker linker = IncidentLinker.from(input.lexicons());
    if (input.inputs.isEmpty()) {
      String location = listing.database(spec);
      try (Store store = Store.writable(location) ? Store.open(location) : Store.openReadOnly(location)) {
        if (store.readOnly()) {
          int unlinked = store.unlinkedClaims();
          if (unlinked > 0) {
            spec.commandLine().getErr().printf("tally: %s is read-only, so the %d claims stored since it was last"
                + " linked are not linked and not shown; the incidents below are as last linked%n", location, unlinked);
          }
        } else {
          store.linkNew(linker);
        }
        store.eachIncident(each);
      }
      return 0;
    }
    Path scratch = scratchDatabase();
    try (GuardedAnalyser analyser = input.guardedAnalyser(); Store store = Store.open(scratch.toString())) {
      Batch batch = new Batch(input.inputs, input.readOptions(), System.in, spec.commandLine().getErr());
      Ingestion done = new Ingestion(analyser, store, batch, false).run();
      done.stop().ifPresent(stop -> spec.commandLine().getErr().println("tally: " + stop.message(done.stored())));
      store.linkNew(linker);
      store.eachIncident(each);
      return batch.exitStatus();
    } finally {
      for (String suffix : new String[] {"", "-wal", "-shm"}) {
        try {
          Files.deleteIfExists(Path.of(scratch + suffix));
        } catch (IOException e) {
          spec.commandLine().getErr().println("tally: could not remove the temporary database " + scratch + suffix);
        }
      }
    }
  }

  /** A temporary database file; removed at exit too, should the run be interrupted (Ctrl-C). */
  private static Path scratchDatabase() {
    try {
      Path scratch = Files.createTempFile("tally-incidents-", ".db");
      for (String suffix : new String[] {"", "-wal", "-shm"}) {
        new java.io.File(scratch + suffix).deleteOnExit();
      }
      return scratch;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary database to link the inputs in ("
          + System.getProperty("java.io.tmpdir") + "): " + e.getMessage(), e);
    }
  }
}
