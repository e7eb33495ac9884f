package org.tally.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.tally.analysis.Analysis;
import org.tally.link.Incident;
import org.tally.link.IncidentLinker;
import org.tally.model.Claim;

/**
 * Tally's storage: an SQLite file, or a database on a PostgreSQL server, holding documents with their layouts, facts
 * and claims. Both get the same schema from the same migrations.
 *
 * <p>A document is identified by its id and content hash. Every put is one transaction, so a killed run leaves
 * each document either wholly stored or absent. One store holds one connection; its methods are synchronized.
 */
public final class Store implements AutoCloseable {
  private final StoreLocation location;
  private final Connection connection;
  private final Handle handle;
  private final Clock clock;
  private boolean closed;

  private final boolean readOnly;

  private Store(StoreLocation location, Connection connection, Clock clock, boolean readOnly) {
    this.location = location;
    this.readOnly = readOnly;
    this.connection = connection;
    this.handle = Jdbi.open(connection);
    this.clock = clock;
  }

  /**
   * Opens the store at a file path ("tally.db"), a "jdbc:sqlite:..." URL or a "postgresql://..." URL, creating (a
   * file) and migrating it as needed.
   */
  public static Store open(String location) {
    return open(location, Clock.systemUTC());
  }

  static Store open(String location, Clock clock) {
    StoreLocation where = StoreLocation.parse(location);
    where.requireOpenable();
    if (!where.writable()) {
      throw new StoreException(StoreFault.READ_ONLY, where + " is read-only: nothing can be stored in it (the file,"
          + " its folder or its file system cannot be written); nothing was stored");
    }
    DataSource source = dataSource(where);
    Connection connection = null;
    try {
      connection = source.getConnection();
      Migrations.apply(where, source, connection);
      return new Store(where, connection, clock, false);
    } catch (SQLException e) {
      closeQuietly(connection);
      throw cannotOpen(where, e);
    } catch (RuntimeException e) {
      closeQuietly(connection);
      throw e;
    }
  }

  /**
   * Opens an existing store for reading only: nothing is created, and a read-only file or file system will do. A
   * store written by an older Tally is brought up to date first, which needs it writable; otherwise this says so.
   */
  public static Store openReadOnly(String location) {
    StoreLocation where = StoreLocation.parse(location);
    where.requireExisting();
    if (Migrations.pending(where, readOnlyDataSource(where))) {
      if (!where.writable()) {
        throw new StoreException(StoreFault.READ_ONLY, where + " is read-only and was written by an older Tally:"
            + " its schema must be brought up to date once, which writes to it; copy it somewhere writable and read"
            + " the copy");
      }
      open(location).close();
    }
    DataSource source = readOnlyDataSource(where);
    try {
      return new Store(where, source.getConnection(), Clock.systemUTC(), true);
    } catch (SQLException e) {
      throw cannotOpen(where, e);
    }
  }

  /**
   * One writer at a time, as SQLite's immediate transactions give: on PostgreSQL two processes putting the same new
   * document would otherwise both find it absent, and the second would fail on its key. Readers are not held up
   * (SHARE ROW EXCLUSIVE conflicts with writes and with itself, not with reads); the lock ends with the transaction.
   */
  private void writeLock(Handle h) {
    if (location.postgres()) {
      h.execute("LOCK TABLE documents IN SHARE ROW EXCLUSIVE MODE");
    }
  }

  private static DataSource dataSource(StoreLocation where) {
    return where.postgres() ? PostgresSettings.dataSource(where, false) : SqliteSettings.dataSource(where.jdbcUrl());
  }

  private static DataSource readOnlyDataSource(StoreLocation where) {
    return where.postgres() ? PostgresSettings.dataSource(where, true)
        : SqliteSettings.readOnlyDataSource(where.readOnlyJdbcUrl());
  }

  /** True when the store was opened by {@link #openReadOnly}. */
  public boolean readOnly() {
    return readOnly;
  }

  /** True when {@link #open} may write the store at {@code location}: its file and folder are writable. */
  public static boolean writable(String location) {
    StoreLocation where = StoreLocation.parse(location);
    return where.writable();
  }

  /** How many stored claims no incident or series holds yet: what {@link #linkNew} would link. */
  public int unlinkedClaims() {
    return read(h -> {
      int[] claimsAndLinked = ClaimRefRows.ownTextClaimsAndLinked(h);
      return claimsAndLinked[0] - claimsAndLinked[1];
    });
  }

  /** Stores one document with its layout, facts and claims in one transaction. */
  public PutResult put(Analysis doc) {
    return putAll(List.of(doc)).get(0);
  }

  /** Stores a batch in one transaction: all of it, or on failure none of it. Results are in the batch's order. */
  public List<PutResult> putAll(List<Analysis> docs) {
    return putAll(docs, false);
  }

  /**
   * As {@link #putAll(List)}; with {@code refresh}, a document stored with the same content is rewritten
   * too (REPLACED), so that a newer analysis of unchanged text replaces the old one.
   */
  public synchronized List<PutResult> putAll(List<Analysis> docs, boolean refresh) {
    requireOpen();
    Instant now = clock.instant();
    try {
      return handle.inTransaction(h -> {
        writeLock(h);
        List<PutResult> results = new ArrayList<>(docs.size());
        for (Analysis doc : docs) {
          try {
            results.add(write(h, doc, now, refresh));
          } catch (JdbiException e) {
            throw new StoreException(location + ": could not store document " + doc.document().id()
                + (docs.size() > 1 ? " (nothing of its batch of " + docs.size() + " was stored)" : "")
                + ": " + reason(e), e);
          }
        }
        return results;
      });
    } catch (JdbiException e) {
      throw new StoreException(location + ": nothing of this batch was stored: " + reason(e), e);
    }
  }

  private PutResult write(Handle h, Analysis doc, Instant now, boolean refresh) {
    String id = doc.document().id();
    String hash = doc.document().contentHash();
    Optional<String> stored = DocumentRows.contentHash(h, id);
    if (stored.isPresent() && stored.get().equals(hash) && !refresh) {
      return PutResult.UNCHANGED;
    }
    stored.ifPresent(old -> DocumentRows.delete(h, id));
    DocumentRows.insert(h, doc, hash, now);
    ClaimRows.insert(h, id, doc.document().text(), doc.claims());
    return stored.isPresent() ? PutResult.REPLACED : PutResult.ADDED;
  }

  /** Every stored document, ordered by id. Holds them all: a listing reads {@link #eachAnalysis} instead. */
  public List<StoredDocument> documents() {
    List<StoredDocument> out = new ArrayList<>();
    read(h -> {
      DocumentRows.each(h, out::add);
      return out;
    });
    return out;
  }

  /**
   * Every stored document with its claims and main incident, ordered by id, handed over one at a time: memory holds
   * one document whatever the store's size. Nothing is analysed again; a document stored before Tally kept main
   * incidents comes without one.
   */
  public void eachAnalysis(Consumer<StoredAnalysis> each) {
    read(h -> {
      AnalysisRows.each(h, each);
      return null;
    });
  }

  public Optional<StoredDocument> document(String docId) {
    return read(h -> DocumentRows.one(h, docId));
  }

  /** Every stored claim, ordered by document id, then by where its evidence starts. */
  public List<Claim> claims() {
    return read(ClaimRows::all);
  }

  /** One document's claims, ordered by where their evidence starts; empty for an unknown id. */
  public List<Claim> claims(String docId) {
    return read(h -> ClaimRows.of(h, docId));
  }

  /**
   * Every incident and series as last linked: incidents first, then series, each by time and id. Holds them all: a
   * listing reads {@link #eachIncident} instead.
   */
  public List<Incident> incidents() {
    List<Incident> out = new ArrayList<>();
    eachIncident(out::add);
    return out;
  }

  /**
   * Every incident and series as last linked, in the order of {@link #incidents()}, handed over one at a time with
   * its claims: memory holds one incident whatever the store's size.
   */
  public void eachIncident(Consumer<Incident> each) {
    read(h -> {
      IncidentRows.each(h, each);
      return null;
    });
  }

  /**
   * Links the stored claims that no incident or series holds yet, in one transaction. Only the incidents near the new
   * claims in harm and time, and the series of their harms, are read and handed to the linker; only what it changes
   * is rewritten. Incidents that lost claims because their document was replaced are linked again. When more claims
   * are unlinked than linked (the first call after ingesting), all are linked again instead, block by block, each
   * incident written when complete: memory holds a window of time, and the incidents are those that linking all
   * claims at once gives. Call it after ingesting; {@link #incidents()} shows incidents as last linked.
   */
  public synchronized LinkResult linkNew(IncidentLinker linker) {
    requireOpen();
    try {
      return handle.inTransaction(h -> {
        writeLock(h);
        return IncidentLinking.linkNew(h, linker);
      });
    } catch (JdbiException e) {
      throw new StoreException(location + ": could not link incidents (nothing was changed): " + reason(e), e);
    }
  }

  /**
   * Stores the records of one reference file in one transaction: all of them or, on failure, none. A record of the
   * same source and id is replaced. Returns how many the store holds after.
   */
  public synchronized int putReferences(String file, List<org.tally.verify.ReferenceRecord> records) {
    requireOpen();
    try {
      return handle.inTransaction(h -> {
        ReferenceRows.upsert(h, file, records);
        return ReferenceRows.count(h);
      });
    } catch (JdbiException e) {
      throw new StoreException(location + ": nothing of " + file + " was stored: " + reason(e), e);
    }
  }

  /** Every stored reference record, by source and id. */
  public void eachReference(Consumer<org.tally.verify.ReferenceRecord> each) {
    read(h -> {
      ReferenceRows.each(h, each);
      return null;
    });
  }

  /** The stored verdicts still current for their document's content, by document id. */
  public java.util.Map<String, StoredVerdict> verdicts() {
    return read(VerdictRows::current);
  }

  /** Stores verdicts in one transaction, replacing a document's earlier one. */
  public synchronized void putVerdicts(List<StoredVerdict> verdicts) {
    requireOpen();
    try {
      handle.useTransaction(h -> VerdictRows.upsert(h, verdicts));
    } catch (JdbiException e) {
      throw new StoreException(location + ": the verdicts were not stored: " + reason(e), e);
    }
  }

  /**
   * Documents matching the words of {@code query}, at most {@code limit}: on PostgreSQL by the server's own text
   * search, best first; on SQLite by its FTS5 index (every word beginning a word of the title or text), best first by
   * bm25, each with a marked passage. See {@link DocumentSearch}.
   */
  public List<SearchHit> search(String query, int limit) {
    return read(h -> DocumentSearch.find(h, location.postgres(), query, limit));
  }

  public int documentCount() {
    return read(DocumentRows::count);
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    handle.close();
    closeQuietly(connection);
  }

  @Override
  public String toString() {
    return "Store[" + location + "]";
  }

  private synchronized <T> T read(Function<Handle, T> query) {
    requireOpen();
    try {
      return query.apply(handle);
    } catch (JdbiException e) {
      throw new StoreException(location + ": cannot read: " + reason(e), e);
    }
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("store " + location + " is closed");
    }
  }

  static StoreException cannotOpen(StoreLocation where, SQLException e) {
    StoreFault fault = StoreFault.of(e);
    if (fault == StoreFault.NOT_A_TALLY_DATABASE && !where.postgres()) {
      return new StoreException(fault, where + " is not a Tally database: it is not an SQLite file", e);
    }
    return new StoreException(fault, "cannot open Tally database " + where + ": "
        + StoreFault.describe(fault, String.valueOf(e.getMessage())), e);
  }

  /**
   * The database's own words, without the SQL statement and bindings that JdbiException appends, led by the fault's
   * ("disk full", "read-only").
   */
  private static String reason(JdbiException e) {
    String words = e.getCause() instanceof SQLException sql ? sql.getMessage() : e.getMessage();
    return StoreFault.describe(StoreFault.of(e), String.valueOf(words));
  }

  private static void closeQuietly(Connection connection) {
    if (connection == null) {
      return;
    }
    try {
      connection.close();
    } catch (SQLException ignored) {
      // closing after a failure; the failure is what the caller needs to see
    }
  }
}
