package org.tally.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where a store lives: the location as the user gave it, the JDBC URL it becomes, and the file it names.
 *
 * @param given the location as written, for messages
 * @param jdbcUrl the SQLite JDBC URL
 * @param file the database file, absolute
 */
record StoreLocation(String given, String jdbcUrl, Path file) {
  private static final String SQLITE_URL = "jdbc:sqlite:";

  /** Reads a file path ("tally.db") or an SQLite JDBC URL ("jdbc:sqlite:/data/tally.db"). */
  static StoreLocation parse(String location) {
    if (location == null || location.isBlank()) {
      throw new StoreException("no store location given: name a database file such as tally.db");
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

  /** Fails with a message naming the location where SQLite would fail with a vague one. */
  void requireOpenable() {
    if (Files.isDirectory(file)) {
      throw new StoreException(this + " is a folder; name a database file inside it, such as tally.db");
    }
    Path folder = file.getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      throw new StoreException("cannot create " + this + ": folder " + folder + " does not exist");
    }
  }

  @Override
  public String toString() {
    return given.equals(file.toString()) ? given : given + " (" + file + ")";
  }
}
