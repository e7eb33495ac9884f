package org.tally.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.tally.app.web.Serving;
import org.tally.lexicon.Lexicons;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tally serve}: the web pages and the JSON API over a database, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serves web pages and a JSON API over a database, until interrupted (Ctrl-C).",
        "Pages: / (overview: totals, timeline, map, contradictions), /incidents, /incidents/{id}, /documents/{doc},",
        "/outlets, /outlets/{outlet}, /series/{id}, /search?q=, /try. API: /api/documents, /api/documents/{doc},",
        "/api/claims, /api/incidents, /api/incidents/{id}, /api/outlets, POST /api/extract, POST /api/documents,",
        "described by /api/openapi.json. Nothing on the pages is fetched from elsewhere; no script runs on them.",
        "With --token-file, every request needs the token (Authorization: Bearer TOKEN, or open a page once with",
        "?token=TOKEN); without one, POST /api/documents is refused (401)."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:stopped", "1:usage or setup error (no such database, port in use, unreadable token file)"})
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--db", paramLabel = "PATH", defaultValue = "tally.db", description = "Database to serve (default: ${DEFAULT-VALUE}).")
  String db;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 takes any free port, printed).")
  int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String bind;

  @Option(names = "--token-file", paramLabel = "FILE", description = "A file holding the token every request must carry; allows POST /api/documents.")
  Path tokenFile;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port: " + port + " is not a port; give 0 to 65535");
    }
    String location = StoreOption.existing(spec, db);
    Optional<String> token = token();
    InetAddress address = address();
    if (!address.isLoopbackAddress() && token.isEmpty()) {
      err.println("tally: warning: serving on " + bind + ", which other machines can reach, without a token:"
          + " anyone there can read every page; writes are off (give --token-file FILE)");
    }
    Serving serving;
    try {
      serving = Serving.start(location, new InetSocketAddress(address, port), token, Lexicons.bundled(), err);
    } catch (java.net.BindException e) {
      err.println("tally: cannot listen on " + bind + ":" + port + ": " + e.getMessage()
          + " (another program may use the port; try --port 0)");
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      serving.close();
      stopped.countDown();
    }, "tally-serve-stop"));
    out.println("Tally serves " + location + " at " + serving.url() + " (Ctrl-C to stop)");
    out.flush();
    stopped.await();
    return 0;
  }

  private Optional<String> token() {
    if (tokenFile == null) {
      return Optional.empty();
    }
    try {
      String token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
      if (token.isEmpty()) {
        throw new ParameterException(spec.commandLine(), tokenFile + ": the token file is empty");
      }
      if (token.length() < 16) {
        throw new ParameterException(spec.commandLine(), tokenFile + ": the token is too short; use at least 16"
            + " characters (for example: head -c 24 /dev/urandom | base64 > " + tokenFile + ")");
      }
      return Optional.of(token);
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(), tokenFile + ": cannot read the token file: " + e.getMessage());
    }
  }

  private InetAddress address() {
    try {
      return InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      throw new ParameterException(spec.commandLine(), "--bind: " + bind + " is not an address of this machine");
    }
  }
}
