package org.tally.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a store lives: the location as the user gave it, the JDBC URL it becomes, and the file it names (SQLite) or
 * the account it logs in with (PostgreSQL).
 *
 * @param given the location as written, for messages (a password in it is never shown: see {@link #toString})
 * @param jdbcUrl the SQLite or PostgreSQL JDBC URL
 * @param file the database file, absolute; null for a PostgreSQL server
 * @param user the PostgreSQL user, or null for SQLite
 * @param password the PostgreSQL password, or null for none (or SQLite)
 */
record StoreLocation(String given, String jdbcUrl, Path file, String user, String password) {
  private static final String SQLITE_URL = "jdbc:sqlite:";

  StoreLocation(String given, String jdbcUrl, Path file) {
    this(given, jdbcUrl, file, null, null);
  }

  /**
   * Reads a file path ("tally.db"), an SQLite JDBC URL ("jdbc:sqlite:/data/tally.db") or a PostgreSQL URL
   * ("postgresql://user:password@host:port/database"; parts left out come from the PG* environment variables).
   */
  static StoreLocation parse(String location) {
    return parse(location, System.getenv());
  }

  static StoreLocation parse(String location, java.util.Map<String, String> environment) {
    if (location == null || location.isBlank()) {
      throw new StoreException("no store location given: name a database file such as tally.db");
    }
    if (PostgresAddress.names(location)) {
      PostgresAddress address = PostgresAddress.parse(location, environment);
      return new StoreLocation(location, address.jdbcUrl(), null, address.user(), address.password());
    }
    String path;
    if (location.startsWith(SQLITE_URL)) {
      path = location.substring(SQLITE_URL.length());
      int query = path.indexOf('?');
      path = query < 0 ? path : path.substring(0, query);
      path = path.startsWith("file:") ? path.substring("file:".length()) : path;
    } else if (location.startsWith("jdbc:")) {
      throw new StoreException(
          location + ": not an SQLite URL; Tally stores documents in an SQLite file (tally.db or jdbc:sqlite:...)");
    } else {
      path = location;
    }
    if (path.isBlank() || path.toLowerCase(Locale.ROOT).contains(":memory:") || location.contains("mode=memory")) {
      // Flyway and the store each open a connection; an in-memory database would be a different one for each.
      throw new StoreException(location + ": in-memory databases are not supported; name a file (a temporary one will do)");
    }
    Path file = Path.of(path).toAbsolutePath().normalize();
    String url = location.startsWith(SQLITE_URL) ? location : SQLITE_URL + file;
    return new StoreLocation(location, url, file);
  }

  /** True for a PostgreSQL server, false for an SQLite file. */
  boolean postgres() {
    return file == null;
  }

  /** Fails with a message naming the location where SQLite would fail with a vague one. */
  void requireOpenable() {
    if (postgres()) {
      return;  // the server says what is wrong, when connecting
    }
    if (Files.isDirectory(file)) {
      throw new StoreException(StoreFault.NOT_A_TALLY_DATABASE,
          this + " is a folder, not a Tally database; name a database file inside it, such as tally.db");
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      // /dev/null, a FIFO, a socket: SQLite would say only "disk I/O error"
      throw new StoreException(StoreFault.NOT_A_TALLY_DATABASE,
          this + " is not a regular file (a device, pipe or socket), so not a Tally database; name a database file"
              + " such as tally.db");
    }
    Path folder = file.getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      throw new StoreException("cannot create " + this + ": folder " + folder + " does not exist");
    }
  }

  /** As {@link #requireOpenable}, and the file must exist and hold something: reading never creates a store. */
  void requireExisting() {
    requireOpenable();
    if (postgres()) {
      return;
    }
    if (!Files.exists(file)) {
      throw new StoreException("no such database: " + this);
    }
    try {
      if (Files.size(file) == 0) {
        throw new StoreException(StoreFault.NOT_A_TALLY_DATABASE, this + " is empty, so not a Tally database yet;"
            + " fill it with: tally ingest --db " + given + " INPUT...");
      }
    } catch (java.io.IOException e) {
      throw new StoreException(StoreFault.IO, "cannot read " + this + ": " + e.getMessage(), e);
    }
  }

  /**
   * The URL to read the store with. In a folder that cannot be written (a read-only mount), SQLite cannot make the
   * -shm file a WAL database needs, so the file is opened as immutable, which needs none: nothing can change it
   * there. Its -wal file, if one was left behind, would then be ignored, so that case is refused with a reason.
   */
  String readOnlyJdbcUrl() {
    if (postgres()) {
      return jdbcUrl;
    }
    Path folder = file.getParent();
    if (jdbcUrl.contains("?") || folder == null || Files.isWritable(folder)) {
      return jdbcUrl;
    }
    Path wal = Path.of(file + "-wal");
    try {
      if (Files.exists(wal) && Files.size(wal) > 0 && !Files.exists(Path.of(file + "-shm"))) {
        throw new StoreException(StoreFault.READ_ONLY, this + " is on a read-only file system and its latest writes"
            + " are still in " + wal.getFileName() + ", which cannot be read there; copy both files somewhere writable"
            + " and read the copy");
      }
    } catch (java.io.IOException e) {
      throw new StoreException(StoreFault.IO, "cannot read " + wal + ": " + e.getMessage(), e);
    }
    if (Files.exists(wal)) {
      return jdbcUrl;  // with its -wal and -shm present, SQLite reads a WAL database read-only as it is
    }
    String uriPath = file.toString().replace("%", "%25").replace("?", "%3f").replace("#", "%23");
    return SQLITE_URL + "file:" + uriPath + "?immutable=1";
  }

  /**
   * True when the file (or, for a new file, its folder) may be written, and its folder too, which must hold SQLite's
   * -wal and -shm files beside it. A read-only file system counts as read-only even for root.
   */
  boolean writable() {
    if (postgres()) {
      return true;  // the server decides, per user, and says so when a write is refused
    }
    Path folder = file.getParent();
    boolean folderWritable = folder == null || Files.isWritable(folder);
    return folderWritable && (!Files.exists(file) || Files.isWritable(file)) && !jdbcUrl.contains("mode=ro");
  }

  @Override
  public String toString() {
    if (postgres()) {
      return PostgresAddress.withoutPassword(given);
    }
    return given.equals(file.toString()) ? given : given + " (" + file + ")";
  }
}
