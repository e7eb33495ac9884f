package org.tally.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tally.app.reference.ReferenceException;
import org.tally.app.reference.ReferenceFile;
import org.tally.app.reference.ReferenceReader;
import org.tally.store.Store;
import org.tally.store.StoreException;
import org.tally.verify.RecordPlacer;
import org.tally.verify.VerifyRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tally reference}: casualty datasets kept in the database for {@code tally verify --db}. */
@Command(name = "reference", mixinStandardHelpOptions = true,
    description = "Keeps casualty datasets in the database, for tally verify --db to check against.",
    subcommands = {ReferenceCommand.Add.class})
public final class ReferenceCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** {@code tally reference add FILE... --db DB}. */
  @Command(name = "add", mixinStandardHelpOptions = true,
      description = {"Reads reference files (UCDP GED, ACLED, Airwars-style, VDC-style, or any CSV through",
          "--reference-columns) and stores their records. Each file is stored whole or not at all; a record with",
          "the source and id of one stored before replaces it. Unreadable rows are skipped and counted.",
          "The bundled UCDP GED extract needs no adding: verify always uses it."},
      exitCodeListHeading = "%nExit status:%n",
      exitCodeList = {"0:success", "1:usage error", "2:some files failed; the others were stored"})
  static final class Add implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption store;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Reference files (.csv, .tsv, or gzipped).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--reference-columns", paramLabel = "MAP",
        description = "Which column gives which field, for files of another shape: field=column,... (fields: see"
            + " tally verify --help). A file of a known shape (UCDP GED, ACLED, Airwars, VDC) is read in its own"
            + " shape unless it has every column the map names; a file of no known shape must have them all.")
    String referenceColumns;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      PrintWriter out = spec.commandLine().getOut();
      ReferenceReader reader = new ReferenceReader(new RecordPlacer(
          VerifyRules.from(org.tally.lexicon.Lexicons.bundled()).gazetteer()), referenceColumns);
      int status = 0;
      try (Store db = store.open()) {
        for (Path path : files) {
          try {
            ReferenceFile file = reader.read(path);
            file.skipped().forEach(line -> err.println("tally: " + line));
            int held = db.putReferences(path.toString(), file.records());
            out.printf("%s: %d records of %s stored (the database holds %d reference records)%n", path,
                file.records().size(), file.source(), held);
          } catch (ReferenceException | StoreException e) {
            err.println("tally: " + e.getMessage());
            status = 2;
          }
        }
      }
      return status;
    }
  }
}
