package org.tally.app.cli;

import org.tally.app.export.Format;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** What the listing commands share: the database read when no INPUT is named, and the output format. */
final class ListingOptions {
  @Option(names = "--db", paramLabel = "PATH", description = "With no INPUT: read what this database holds (default: tally.db); a file or a postgresql:// URL.")
  String db;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
      description = "jsonl, csv or table (default: ${DEFAULT-VALUE}).")
  Format format;

  /** The database to read, which must exist: see {@link StoreOption#existing}. */
  String database(CommandSpec spec) {
    return StoreOption.existing(spec, db);
  }
}
