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

/**
 * {@code tally demo}: ingest the bundled sample corpus, say where to look, and serve it. When standard input is not a
 * terminal (a script, CI) it does not serve, since nobody could stop it with Ctrl-C; it says how to instead.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Ingests the bundled sample corpus (five seed articles and the FA-KES dev half) into SQLite, says where"
        + " to look, and serves it in a browser (tally serve) until Ctrl-C.",
        "When not run from a terminal (standard input or output redirected), or with --no-serve, it stops after saying how to serve."})
public final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--db", paramLabel = "PATH", defaultValue = "tally.db", description = "Database to fill (default: ${DEFAULT-VALUE}).")
  String db;

  @Option(names = "--corpus", paramLabel = "DIR", description = "The sample corpus folder (default: corpus/ beside the tally launcher).")
  Path corpus;

  @Option(names = "--no-serve", description = "Do not serve the database in a browser at the end.")
  boolean noServe;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port to serve on (default: ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

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
    out.println("  ./tally serve --db " + db + "                     the same in a browser: map, timeline, incidents side by side");
    if (noServe || status == 1) {
      return status;
    }
    if (System.console() == null) {
      out.println();
      out.println("Not run from a terminal (standard input or output is redirected), so the demo does not serve; to see it in a browser run:");
      out.println("  ./tally serve --db " + db);
      return status;
    }
    out.println();
    out.flush();
    int served = spec.commandLine().getParent().getSubcommands().get("serve")
        .execute("--db", db, "--port", String.valueOf(port));
    return served != 0 ? served : status;
  }
}
