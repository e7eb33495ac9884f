package org.tally.app.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tally.lexicon.Lexicons;
import org.tally.store.Store;

/** A running {@code tally serve}: the store it opened and the server over it. Closing stops both. */
public final class Serving implements AutoCloseable {
  /** Writes and extracts each client may make per minute before it gets 429. */
  public static final int WRITES_PER_MINUTE = 60;

  /** Read-only connections beside the store's own, for document pages under concurrent readers. */
  static final int READERS = 4;

  private final Store store;
  private final List<Store> readers;
  private final WebServer server;

  private Serving(Store store, List<Store> readers, WebServer server) {
    this.store = store;
    this.readers = readers;
    this.server = server;
  }

  /**
   * Opens the database (writable where it can be, else read-only), links what is not linked yet, and serves it.
   *
   * @param token the token every request must carry, or empty for none (then writes are off)
   */
  public static Serving start(String database, InetSocketAddress address, Optional<String> token, Lexicons rules,
      PrintWriter log) throws IOException {
    Store store = Store.writable(database) ? Store.open(database) : Store.openReadOnly(database);
    List<Store> readers = new ArrayList<>();
    try {
      for (int i = 0; i < READERS; i++) {
        readers.add(Store.openReadOnly(database));
      }
      Access access = new Access(token, WRITES_PER_MINUTE);
      Site site = new Site(store, readers, rules);
      return new Serving(store, readers,
          WebServer.start(address, SiteRoutes.of(site, access), access, log, site::ledger));
    } catch (IOException | RuntimeException e) {
      readers.forEach(Store::close);
      store.close();
      throw e;
    }
  }

  public int port() {
    return server.port();
  }

  /** "http://127.0.0.1:8080/": where a browser finds it. */
  public String url() {
    InetSocketAddress at = server.address();
    String host = at.getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return "http://" + host + ":" + at.getPort() + "/";
  }

  @Override
  public void close() {
    server.close();
    readers.forEach(Store::close);
    store.close();
  }
}
