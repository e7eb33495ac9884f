package org.tally.app.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.tally.app.cli.TallyCommand;
import org.tally.lexicon.Lexicons;

/**
 * A real SQLite store filled by {@code tally ingest} from the five seed articles and one hostile article, served by a
 * real server on a free loopback port. What the server logs is kept, to print when a test fails.
 */
final class ServedLedger implements AutoCloseable {
  static final Path SEEDS = Path.of("../corpus/seeds");
  static final Path HOSTILE = Path.of("src/test/resources/org/tally/app/web/hostile.jsonl");

  final Serving serving;
  final StringWriter log;
  private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private ServedLedger(Serving serving, StringWriter log) {
    this.serving = serving;
    this.log = log;
  }

  /** Fills a database in {@code folder} and serves it; {@code token} empty for none. */
  static ServedLedger start(Path folder, Optional<String> token) throws IOException {
    String db = folder.resolve("web.db").toString();
    StringWriter out = new StringWriter();
    var cli = TallyCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(out, true));
    int status = cli.execute("ingest", "--db", db, SEEDS.toString(), HOSTILE.toString());
    if (status != 0) {
      throw new IllegalStateException("ingest failed (" + status + "): " + out);
    }
    StringWriter log = new StringWriter();
    Serving serving = Serving.start(db, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), token,
        Lexicons.bundled(), new PrintWriter(log, true));
    return new ServedLedger(serving, log);
  }

  String url(String path) {
    return serving.url() + path.substring(1);
  }

  HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String contentType, String body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
        .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", contentType);
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() {
    serving.close();
  }
}
