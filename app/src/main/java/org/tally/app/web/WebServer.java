package org.tally.app.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.tally.app.web.page.Shell;

/**
 * The built-in HTTP server (the JDK's): routes each request, applies {@link Access}, adds the security headers, and
 * turns every failure into a JSON error (under /api/) or a plain page, never a stack trace.
 */
public final class WebServer implements AutoCloseable {
  /** The largest request body read; a larger one gets 413. */
  public static final int MAX_BODY = 2 * 1024 * 1024;

  /** No script runs at all; styles and images only from this server; forms post only here. */
  static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self';"
      + " frame-ancestors 'none'; base-uri 'none'";

  private final HttpServer server;
  private final ExecutorService workers;
  private final List<Route> routes;
  private final Access access;
  private final PrintWriter log;
  private final PageCache cache;

  private WebServer(HttpServer server, ExecutorService workers, List<Route> routes, Access access, PrintWriter log,
      Supplier<Object> generation) {
    // 64 MB of answers at most: the ledger's share of the heap comes first
    this.cache = new PageCache(64L * 1024 * 1024, generation);
    this.server = server;
    this.workers = workers;
    this.routes = routes;
    this.access = access;
    this.log = log;
  }

  /**
   * Starts serving the routes on the address; port 0 takes any free port ({@link #port()} tells which). GET answers
   * are kept while {@code generation} gives the same object (the current ledger).
   */
  public static WebServer start(InetSocketAddress address, List<Route> routes, Access access, PrintWriter log,
      Supplier<Object> generation) throws IOException {
    // without TCP_NODELAY a small answer waits for the client's delayed ACK: about 40 ms a request. The JDK server
    // reads this property once, when its first server is made.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    HttpServer server = HttpServer.create(address, 256);
    // enough threads for 50 concurrent readers; reads of one store are serialised on its connection anyway
    ExecutorService workers = Executors.newFixedThreadPool(Math.max(16, Runtime.getRuntime().availableProcessors() * 4));
    WebServer web = new WebServer(server, workers, List.copyOf(routes), access, log, generation);
    server.createContext("/", web::handle);
    server.setExecutor(workers);
    server.start();
    return web;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public InetSocketAddress address() {
    return server.getAddress();
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    Response response;
    String path = exchange.getRequestURI().getRawPath();
    boolean api = path.startsWith("/api/");
    try {
      response = respond(exchange, path);
    } catch (WebException e) {
      response = api ? Response.jsonError(e.status(), e.getMessage()) : Response.html(e.status(),
          Shell.error(e.status(), e.getMessage()));
    } catch (RuntimeException | StackOverflowError e) {
      log.println("tally serve: " + exchange.getRequestMethod() + " " + path + ": " + e);
      log.flush();
      String message = "the server could not answer this request; the server's log says why";
      response = api ? Response.jsonError(500, message) : Response.html(500, Shell.error(500, message));
    }
    send(exchange, response);
  }

  private Response respond(HttpExchange exchange, String path) throws IOException {
    Map<String, List<String>> query = query(exchange.getRequestURI());
    Request head = new Request(exchange.getRequestMethod(), path, query, Map.of(), exchange.getRequestHeaders(),
        new byte[0], exchange.getRemoteAddress().getAddress().getHostAddress());
    if (!access.admits(head)) {
      Optional<String> offered = head.param("token");
      if (offered.isPresent() && access.matches(offered.get()) && !path.startsWith("/api/")) {
        // a browser cannot send a header: ?token= once sets an HttpOnly cookie and drops the token from the address
        // only ever to a path of this server: "//host" would leave it
        String back = path.startsWith("/") && !path.startsWith("//") && !path.contains("\\") ? path : "/";
        return Response.redirect(back, Map.of("Set-Cookie", Access.COOKIE + "=" + offered.get()
            + "; HttpOnly; SameSite=Strict; Path=/"));
      }
      throw new WebException(401, "this server needs its token: send Authorization: Bearer TOKEN, or open any"
          + " page once with ?token=TOKEN");
    }
    List<String> allowed = new ArrayList<>();
    for (Route route : routes) {
      Optional<Map<String, String>> vars = route.match(path);
      if (vars.isEmpty()) {
        continue;
      }
      if (!route.method().equals(exchange.getRequestMethod())
          && !(route.method().equals("GET") && exchange.getRequestMethod().equals("HEAD"))) {
        allowed.add(route.method());
        continue;
      }
      byte[] body = readBody(exchange);
      Request request = new Request(head.method(), path, query, vars.get(), head.headers(), body, head.client());
      if (route.method().equals("GET")) {
        return cache.get(exchange.getRequestURI().getRawPath() + "?" + exchange.getRequestURI().getRawQuery(),
            () -> route.handler().handle(request));
      }
      return route.handler().handle(request);
    }
    if (!allowed.isEmpty()) {
      throw new WebException(405, exchange.getRequestMethod() + " is not served at " + path + "; use "
          + String.join(" or ", allowed));
    }
    throw new WebException(404, "nothing is served at " + path);
  }

  private static byte[] readBody(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readNBytes(MAX_BODY + 1);
      if (body.length > MAX_BODY) {
        // read on a while, so that a client still sending sees the 413 rather than a reset connection
        byte[] sink = new byte[64 * 1024];
        long skipped = 0;
        for (int n; skipped < 4L * MAX_BODY && (n = in.read(sink)) > 0; ) {
          skipped += n;
        }
        throw new WebException(413, "the request body is over " + MAX_BODY / 1024 / 1024 + " MB");
      }
      return body;
    }
  }

  private static void send(HttpExchange exchange, Response response) throws IOException {
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", response.contentType());
    headers.set("Content-Security-Policy", CSP);
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("Cache-Control", "no-store");
    response.headers().forEach(headers::set);
    boolean head = exchange.getRequestMethod().equals("HEAD");
    long length = head || response.body().length == 0 ? -1 : response.body().length;
    exchange.sendResponseHeaders(response.status(), length);
    try (OutputStream out = exchange.getResponseBody()) {
      if (!head) {
        out.write(response.body());
      }
    } finally {
      exchange.close();
    }
  }

  private static Map<String, List<String>> query(URI uri) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    String raw = uri.getRawQuery();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
    return out;
  }

  private static String decode(String raw) {
    try {
      return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new WebException(400, "the query string is not well encoded: " + raw);
    }
  }
}
