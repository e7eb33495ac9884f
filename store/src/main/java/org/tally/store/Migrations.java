package org.tally.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/** Brings a store's schema to the newest version with the SQL files in db/migration, once per version. */
final class Migrations {
  /** Named for Tally, so that a database with this table is recognisably a Tally store. */
  static final String HISTORY_TABLE = "tally_schema_history";

  private Migrations() {}

  /** Migrates an empty or Tally database; refuses a database that holds someone else's tables. */
  static void apply(StoreLocation location, DataSource source, Connection connection) throws SQLException {
    requireTallyOrEmpty(location, tables(connection));
    try {
      Flyway flyway = flyway(location, source);
      requireNoNewerSchema(location, flyway.info().current());
      flyway.migrate();
    } catch (FlywayException e) {
      StoreFault fault = StoreFault.of(e);
      throw new StoreException(fault, "cannot bring the schema of " + location + " up to date: "
          + StoreFault.describe(fault, String.valueOf(e.getMessage())), e);
    }
  }

  /**
   * Whether an existing Tally database needs migrating, read without writing to it. Refuses a database with no
   * tables or someone else's, and one written by a newer Tally.
   */
  static boolean pending(StoreLocation location, DataSource readOnly) {
    try (Connection connection = readOnly.getConnection()) {
      List<String> tables = tables(connection);
      if (tables.isEmpty()) {
        throw new StoreException(StoreFault.NOT_A_TALLY_DATABASE,
            location + " is a database with no tables: not a Tally database (yet)");
      }
      requireTallyOrEmpty(location, tables);
      Flyway flyway = flyway(location, readOnly);
      requireNoNewerSchema(location, flyway.info().current());
      return flyway.info().pending().length > 0;
    } catch (SQLException e) {
      throw Store.cannotOpen(location, e);
    } catch (FlywayException e) {
      StoreFault fault = StoreFault.of(e);
      throw new StoreException(fault, "cannot read the schema of " + location + ": "
          + StoreFault.describe(fault, String.valueOf(e.getMessage())), e);
    }
  }

  private static void requireTallyOrEmpty(StoreLocation location, List<String> tables) {
    boolean tally = tables.stream().anyMatch(t -> t.equalsIgnoreCase(HISTORY_TABLE));
    if (!tables.isEmpty() && !tally) {
      throw new StoreException(StoreFault.NOT_A_TALLY_DATABASE, location + " is a database but not a Tally"
          + " database: it has tables " + String.join(", ", tables) + " and no " + HISTORY_TABLE);
    }
  }

  /**
   * db/migration for every store (SQL and the Java migrations in package db.migration); db/postgresql or db/sqlite on
   * top, for what one server does its own way (the full-text index).
   */
  private static Flyway flyway(StoreLocation location, DataSource source) {
    String[] locations = location.postgres()
        ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
        : new String[] {"classpath:db/migration", "classpath:db/sqlite"};
    return Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(source)
        .locations(locations)
        .table(HISTORY_TABLE)
        .failOnMissingLocations(true)
        // through slf4j, like the rest of Tally, so the application's binding decides; Flyway's own fallback
        // would print INFO lines through java.util.logging in the middle of CLI output
        .loggers("slf4j")
        .load();
  }

  /** Flyway ignores versions it does not know; this build would misread a schema made by a newer one. */
  private static void requireNoNewerSchema(StoreLocation location, MigrationInfo current) {
    if (current != null && (current.getState() == MigrationState.FUTURE_SUCCESS
        || current.getState() == MigrationState.FUTURE_FAILED)) {
      throw new StoreException(location + " was written by a newer Tally (schema version " + current.getVersion()
          + "); open it with that version or newer");
    }
  }

  private static List<String> tables(Connection connection) throws SQLException {
    List<String> names = new ArrayList<>();
    DatabaseMetaData meta = connection.getMetaData();
    // in the connection's own schema: a PostgreSQL database has other schemas (information_schema, others' tables)
    try (ResultSet rows = meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        String name = rows.getString("TABLE_NAME");
        // SQLite's own bookkeeping tables come with any database
        if (!name.toLowerCase(Locale.ROOT).startsWith("sqlite_")) {
          names.add(name);
        }
      }
    }
    return names;
  }
}
