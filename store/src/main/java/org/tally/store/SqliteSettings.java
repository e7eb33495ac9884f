package org.tally.store;

import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** The connection settings every store connection gets, Flyway's included. */
final class SqliteSettings {
  /** Long enough to wait out another process's batch, short enough to report a stuck lock. */
  static final int BUSY_TIMEOUT_MS = 30_000;

  private SqliteSettings() {}

  static DataSource dataSource(String jdbcUrl) {
    SQLiteConfig config = new SQLiteConfig();
    // SQLite leaves foreign keys off per connection; REPLACED relies on ON DELETE CASCADE.
    config.enforceForeignKeys(true);
    // WAL: readers do not block the writer, and a killed writer leaves only an unfinished WAL tail, which is ignored.
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    // NORMAL in WAL mode keeps every commit atomic; only a power cut may lose the last commits, never half of one.
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    // Take the write lock when a transaction begins, so a read-then-write put never fails midway on a busy lock.
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl(jdbcUrl);
    return source;
  }

  /**
   * For reading only: SQLite opens the file read-only, and no setting that writes (the journal mode) is applied, so
   * a read-only file or file system will do.
   */
  static DataSource readOnlyDataSource(String jdbcUrl) {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl(jdbcUrl);
    return source;
  }
}
