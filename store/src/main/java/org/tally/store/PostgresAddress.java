package org.tally.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A PostgreSQL server and database as libpq users write it: {@code postgresql://user:password@host:port/database}
 * (or {@code postgres://}). Parts left out come from the environment variables libpq reads (PGHOST, PGPORT, PGUSER,
 * PGPASSWORD, PGDATABASE), then from libpq's defaults: localhost, 5432, the login name, and a database named as the
 * user. Query parameters ({@code ?sslmode=require}) pass on to the JDBC driver as they are.
 */
record PostgresAddress(String host, int port, String database, String user, String password, String query) {
  static boolean names(String location) {
    return location.startsWith("postgresql://") || location.startsWith("postgres://");
  }

  static PostgresAddress parse(String location, Map<String, String> environment) {
    URI uri;
    try {
      // libpq takes "postgresql://" alone (everything from PG* and defaults); java.net.URI wants a path after it
      uri = new URI(location.matches("postgres(ql)?://") ? location + "/" : location);
    } catch (URISyntaxException e) {
      throw new StoreException(withoutPassword(location) + ": not a PostgreSQL URL (" + e.getReason()
          + "); write postgresql://user:password@host:port/database");
    }
    String user = null;
    String password = null;
    if (uri.getRawUserInfo() != null) {
      String info = uri.getRawUserInfo();
      int colon = info.indexOf(':');
      user = decode(colon < 0 ? info : info.substring(0, colon));
      password = colon < 0 ? null : decode(info.substring(colon + 1));
    }
    user = firstOf(user, environment.get("PGUSER"), System.getProperty("user.name"));
    password = firstOf(password, environment.get("PGPASSWORD"));
    String host = firstOf(uri.getHost(), environment.get("PGHOST"), "localhost");
    int port = uri.getPort() > 0 ? uri.getPort() : port(environment.get("PGPORT"), location);
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    String database = firstOf(path.length() > 1 ? decode(path.substring(1)) : null, environment.get("PGDATABASE"),
        user);
    return new PostgresAddress(host, port, database, user, password, uri.getRawQuery());
  }

  String jdbcUrl() {
    String address = host.contains(":") ? "[" + host + "]" : host;
    return "jdbc:postgresql://" + address + ":" + port + "/" + database + (query == null ? "" : "?" + query);
  }

  /** The URL with its password replaced by stars, for messages and logs. */
  static String withoutPassword(String location) {
    return location.replaceFirst("^(postgres(?:ql)?://[^:/@]*):[^@/]*@", "$1:***@");
  }

  private static int port(String value, String location) {
    if (value == null || value.isBlank()) {
      return 5432;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new StoreException(withoutPassword(location) + ": PGPORT is \"" + value + "\", not a port number");
    }
  }

  private static String decode(String part) {
    return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static String firstOf(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }
}
