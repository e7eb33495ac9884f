package org.tally.app.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh database on the PostgreSQL server the tests were given ({@code TALLY_TEST_POSTGRES}, started by
 * {@code ./run-tests}); as the store tests' StoreBackend, where a missing server skips, or fails with
 * {@code TALLY_REQUIRE_POSTGRES=1}.
 */
final class TestPostgres {
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private TestPostgres() {}

  static String freshDatabase() {
    String server = System.getenv("TALLY_TEST_POSTGRES");
    if (server == null || server.isBlank()) {
      String why = "no PostgreSQL server for the tests: set TALLY_TEST_POSTGRES (./run-tests starts one)";
      if ("1".equals(System.getenv("TALLY_REQUIRE_POSTGRES"))) {
        throw new IllegalStateException(why);
      }
      Assumptions.abort(why);
    }
    // postgresql://user@host:port/db: the JDBC form keeps host, port and database, and takes the user as a parameter
    String rest = server.substring("postgresql://".length());
    String user = rest.substring(0, rest.indexOf('@'));
    String jdbc = "jdbc:postgresql://" + rest.substring(rest.indexOf('@') + 1) + "?user=" + user;
    String database = "tally_app_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
    try (Connection connection = DriverManager.getConnection(jdbc); Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + database);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test database on " + server + ": " + e.getMessage(), e);
    }
    return server.substring(0, server.lastIndexOf('/') + 1) + database;
  }
}
