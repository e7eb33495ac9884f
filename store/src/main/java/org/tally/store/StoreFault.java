package org.tally.store;

import java.sql.SQLException;
import org.sqlite.SQLiteException;

/** What kind of failure a {@link StoreException} is: the ones that fail every later write too stop a batch. */
public enum StoreFault {
  /** The disk, or the database's size limit, is full. */
  DISK_FULL(true, "disk full"),
  /** The file, its folder or its file system cannot be written. */
  READ_ONLY(true, "read-only"),
  /** The file is not an SQLite database, or holds someone else's tables. */
  NOT_A_TALLY_DATABASE(true, "not a Tally database"),
  /** The disk or file system failed to read or write. */
  IO(true, "disk I/O error"),
  /** Anything else: one document's rows, a lock held too long. */
  OTHER(false, "");

  private final boolean stopsBatch;
  private final String words;

  StoreFault(boolean stopsBatch, String words) {
    this.stopsBatch = stopsBatch;
    this.words = words;
  }

  /** The fault in the words messages use ("disk full", "read-only"); empty for {@link #OTHER}. */
  public String words() {
    return words;
  }

  /** SQLite's own words for a failure, led by the fault's: "disk full (database or disk is full)". */
  static String describe(StoreFault fault, String sqliteWords) {
    return fault == OTHER || sqliteWords.contains(fault.words) ? sqliteWords : fault.words + " (" + sqliteWords + ")";
  }

  /** True when every later write would fail the same way, so a batch should stop rather than repeat it. */
  public boolean stopsBatch() {
    return stopsBatch;
  }

  /** The fault SQLite reports somewhere in {@code failure}'s causes. */
  static StoreFault of(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLiteException sqlite) {
        return ofPrimaryCode(sqlite.getResultCode().code & 0xff);
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null && POSTGRES_STATES.containsKey(sql.getSQLState())) {
        return POSTGRES_STATES.get(sql.getSQLState());
      }
      if (t instanceof SQLException sql && sql.getErrorCode() != 0) {
        return ofPrimaryCode(sql.getErrorCode() & 0xff);
      }
    }
    return OTHER;
  }

  /** PostgreSQL's SQLSTATE codes (postgresql.org/docs/current/errcodes-appendix.html) of the faults above. */
  private static final java.util.Map<String, StoreFault> POSTGRES_STATES = java.util.Map.of(
      "53100", DISK_FULL,   // disk_full
      "25006", READ_ONLY,   // read_only_sql_transaction
      "58030", IO);         // io_error

  // SQLite's primary result codes (sqlite.org/rescode.html)
  private static StoreFault ofPrimaryCode(int code) {
    return switch (code) {
      case 13 -> DISK_FULL;          // SQLITE_FULL
      case 8 -> READ_ONLY;           // SQLITE_READONLY
      case 26 -> NOT_A_TALLY_DATABASE; // SQLITE_NOTADB
      case 10, 14 -> IO;             // SQLITE_IOERR, SQLITE_CANTOPEN
      default -> OTHER;
    };
  }
}
