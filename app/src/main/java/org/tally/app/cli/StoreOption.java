package org.tally.app.cli;

import org.tally.store.Store;
import picocli.CommandLine.Option;

/** The {@code --db} option: where documents and claims are stored. */
final class StoreOption {
  @Option(names = "--db", paramLabel = "PATH", defaultValue = "tally.db",
      description = "SQLite database file (default: ${DEFAULT-VALUE}); created on first use.")
  String db;

  Store open() {
    return Store.open(db);
  }

  String location() {
    return db;
  }
}
