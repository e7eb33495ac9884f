package org.tally.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tally.app.web.Ledger;
import org.tally.app.web.ReadLoad;
import org.tally.app.web.Serving;
import org.tally.lexicon.Lexicons;
import org.tally.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tally bench-web}: serve a database on loopback and measure reads under many concurrent clients. */
@Command(name = "bench-web", mixinStandardHelpOptions = true,
    description = {"Serves a database on a free loopback port and reads pages and API routes from many concurrent",
        "clients (each its own connection) for a while; prints p50, p95, p99 and requests per second per kind of path.",
        "Ids are drawn from the database (--ids of each kind), so document and incident pages mostly miss the cache."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:success, every request answered 200", "1:usage or setup error", "2:some requests failed"})
public final class WebBenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--db", paramLabel = "PATH", defaultValue = "tally.db", description = "Database to serve (default: ${DEFAULT-VALUE}).")
  String db;

  @Option(names = "--clients", paramLabel = "N", defaultValue = "50", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--seconds", paramLabel = "S", defaultValue = "20", description = "Seconds measured (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--warmup", paramLabel = "S", defaultValue = "10", description = "Seconds of load before measuring (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--ids", paramLabel = "N", defaultValue = "2000", description = "Distinct documents and incidents drawn (default: ${DEFAULT-VALUE}).")
  int ids;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    String location = StoreOption.existing(spec, db);
    StringWriter log = new StringWriter();
    try (Serving serving = Serving.start(location, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
        Optional.empty(), Lexicons.bundled(), new PrintWriter(log, true))) {
      List<ReadLoad.Target> mix;
      try (Store store = Store.openReadOnly(location)) {
        mix = ReadLoad.mix(Ledger.load(store, Lexicons.bundled()), ids);
      }
      out.printf("tally bench-web: %s at %s, %d clients, %d s warm-up, %d s measured%n", location, serving.url(),
          clients, warmup, seconds);
      out.flush();
      List<ReadLoad.Figures> figures = ReadLoad.run(serving.url(), mix, clients, Duration.ofSeconds(warmup),
          Duration.ofSeconds(seconds));
      out.print(ReadLoad.table(figures));
      out.flush();
      if (!log.toString().isEmpty()) {
        spec.commandLine().getErr().print(log);
      }
      return figures.get(figures.size() - 1).errors() == 0 ? 0 : 2;
    }
  }
}
