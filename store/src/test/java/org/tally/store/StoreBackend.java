package org.tally.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * The two kinds of store the store tests run on: an SQLite file in the test's folder, and a fresh database on the
 * PostgreSQL server named by {@code TALLY_TEST_POSTGRES} (a URL such as postgresql://tally@127.0.0.1:5433/tally, whose
 * user may create databases). {@code ./run-tests} starts such a server ({@code scripts/test-postgres}) and sets
 * {@code TALLY_REQUIRE_POSTGRES=1}, so that there a missing server fails the PostgreSQL runs instead of skipping them.
 */
enum StoreBackend {
  SQLITE,
  POSTGRESQL;

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static final String RUN = Long.toString(ProcessHandle.current().pid());

  /** A new, empty store location: {@code name} in {@code dir}, or a new database on the test server. */
  String location(Path dir, String name) {
    if (this == SQLITE) {
      return dir.resolve(name).toString();
    }
    String server = server();
    String database = "tally_test_" + RUN + "_" + DATABASES.incrementAndGet();
    try (Connection connection = DriverManager.getConnection(jdbc(server));
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + database);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test database on " + server + ": " + e.getMessage(), e);
    }
    return server.substring(0, server.lastIndexOf('/') + 1) + database;
  }

  /** The JDBC URL for plain JDBC into a location this enum gave. */
  static String jdbc(String location) {
    if (location.startsWith("postgresql://")) {
      return StoreLocation.parse(location).jdbcUrl() + "?user=" + StoreLocation.parse(location).user();
    }
    return "jdbc:sqlite:" + location;
  }

  private static String server() {
    String server = System.getenv("TALLY_TEST_POSTGRES");
    if (server == null || server.isBlank()) {
      String why = "no PostgreSQL server for the tests: set TALLY_TEST_POSTGRES=postgresql://user@host:port/database"
          + " (./run-tests starts one)";
      if ("1".equals(System.getenv("TALLY_REQUIRE_POSTGRES"))) {
        throw new IllegalStateException(why);
      }
      Assumptions.abort(why);
    }
    return server;
  }
}
