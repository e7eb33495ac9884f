package org.tally.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tally demo}: ingest the bundled sample corpus and say where to look. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Ingests the bundled sample corpus (five seed articles and the FA-KES dev half) into SQLite and says where to look.")
public final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--db", paramLabel = "PATH", defaultValue = "tally.db", description = "Database to fill (default: ${DEFAULT-VALUE}).")
  String db;

  @Option(names = "--corpus", paramLabel = "DIR", description = "The sample corpus folder (default: corpus/ beside the tally launcher).")
  Path corpus;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Path folder = corpus != null ? corpus : Path.of(System.getProperty("tally.home", ".")).resolve("corpus");
    if (!Files.isDirectory(folder)) {
      spec.commandLine().getErr().println("tally: the sample corpus is not at " + folder + "; name it with --corpus DIR");
      return 1;
    }
    CommandLine ingest = spec.commandLine().getParent().getSubcommands().get("ingest");
    int status = ingest.execute("--db", db, folder.toString());
    out.println();
    out.println("Where to look:");
    out.println("  ./tally docs --db " + db + "                      documents: outlet, date, title, claims");
    out.println("  ./tally extract --db " + db + " --format table    every casualty claim with its claimant");
    out.println("  ./tally extract --db " + db + " --format jsonl    the same as JSON lines (docs/claims.md)");
    out.println("  ./tally incidents --db " + db + " --format table  the same strike across outlets, with contradictions");
    out.println("  ./tally outlets --db " + db + "                   each outlet's reporting profile");
    out.println("  sqlite3 " + db + " 'select harm, victims, count_min, count_max, claimant from claims limit 20'");
    return status;
  }
}
