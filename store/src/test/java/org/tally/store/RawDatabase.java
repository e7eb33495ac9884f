package org.tally.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC into a store file, for tests that look behind the Store API. */
final class RawDatabase {
  private RawDatabase() {}

  static List<String> column(Path file, String sql) {
    return column(file.toString(), sql);
  }

  /** As {@link #column(Path, String)}, for an SQLite file's path or a PostgreSQL URL ({@link StoreBackend}). */
  static List<String> column(String file, String sql) {
    try (Connection connection = DriverManager.getConnection(StoreBackend.jdbc(file));
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " on " + file + ": " + e.getMessage(), e);
    }
  }

  static long number(String file, String sql) {
    return Long.parseLong(column(file, sql).get(0));
  }

  static long number(Path file, String sql) {
    return Long.parseLong(column(file, sql).get(0));
  }

  static void execute(Path file, String sql) {
    execute(file.toString(), sql);
  }

  static void execute(String file, String sql) {
    try (Connection connection = DriverManager.getConnection(StoreBackend.jdbc(file));
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " on " + file + ": " + e.getMessage(), e);
    }
  }

  /** Runs each statement in turn on one connection, so temporary tables last from one to the next. */
  static void executeAll(Path file, List<String> sql) {
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement()) {
      for (String one : sql) {
        statement.execute(one);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("a script on " + file + ": " + e.getMessage(), e);
    }
  }
}
