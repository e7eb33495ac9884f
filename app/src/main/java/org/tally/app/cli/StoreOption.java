package org.tally.app.cli;

import org.tally.store.Store;
import picocli.CommandLine.Option;

/** The {@code --db} option: where documents and claims are stored. */
final class StoreOption {
  @Option(names = "--db", paramLabel = "PATH", defaultValue = "tally.db",
      description = "SQLite database file (default: ${DEFAULT-VALUE}), created on first use; or a PostgreSQL"
          + " database, postgresql://user[:password]@host[:port]/database (PG* variables fill in the rest).")
  String db;

  Store open() {
    return Store.open(db);
  }

  String location() {
    return db;
  }

  /**
   * The database a reading command lists when it has no INPUT: {@code --db}, else tally.db. It must exist
   * already: reading never creates one.
   */
  static String existing(picocli.CommandLine.Model.CommandSpec spec, String db) {
    String location = db != null ? db : "tally.db";
    // a jdbc:sqlite: URL is checked when the store opens it, a PostgreSQL database when Tally connects to it
    if (!location.startsWith("jdbc:") && !location.startsWith("postgres") && !new java.io.File(location).exists()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), db == null
          ? "Missing INPUT: name files, folders, globs or -, or a database with --db"
          : "no such database: " + db + " (fill one with: tally ingest --db " + db + " INPUT…)");
    }
    return location;
  }
}
