package org.tally.store;

import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** The connection settings of a store on a PostgreSQL server, Flyway's included. */
final class PostgresSettings {
  private PostgresSettings() {}

  static DataSource dataSource(StoreLocation location, boolean readOnly) {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setURL(location.jdbcUrl());
    if (location.user() != null) {
      source.setUser(location.user());
    }
    if (location.password() != null) {
      source.setPassword(location.password());
    }
    source.setApplicationName("tally");
    // a reading command cannot change the store, even by mistake, as an SQLite file opened read-only cannot
    source.setReadOnly(readOnly);
    // a server that does not answer is reported, not waited on for ever
    source.setConnectTimeout(30);
    return source;
  }
}
