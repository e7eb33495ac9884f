package org.tally.app.web;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.tally.analysis.Analyser;
import org.tally.app.reference.BundledReference;
import org.tally.app.reference.ReferenceReader;
import org.tally.extract.actor.ActorDictionary;
import org.tally.lexicon.Lexicons;
import org.tally.link.IncidentLinker;
import org.tally.store.Store;
import org.tally.verify.RecordPlacer;
import org.tally.verify.ReferenceRecord;
import org.tally.verify.VerifyRules;

/**
 * What the server serves from: the store, the analysis chain for {@code /try} and the extract and ingest routes, and
 * the {@link Ledger} snapshot that pages list from (verdicts included), replaced whole after each write.
 */
public final class Site {
  private final Store store;
  private final List<Store> readers;
  private final AtomicInteger nextReader = new AtomicInteger();
  private final Lexicons rules;
  private final Analyser analyser;
  private final ActorDictionary actors;
  /** The bundled reference's records, read once: verdicts are rebuilt with each new ledger. */
  private final List<ReferenceRecord> bundled;
  private volatile Ledger ledger;

  /**
   * @param readers read-only connections to the same database, for the pages that read one document's text: a store
   *     serves one query at a time, so several let concurrent readers through (SQLite's WAL lets them read while the
   *     writer writes); empty to read through {@code store}
   */
  public Site(Store store, List<Store> readers, Lexicons rules) {
    this.store = store;
    this.readers = List.copyOf(readers);
    this.rules = rules;
    this.analyser = Analyser.from(rules);
    this.actors = ActorDictionary.from(rules);
    this.bundled = BundledReference.read(new ReferenceReader(new RecordPlacer(VerifyRules.from(rules).gazetteer()),
        null)).records();
    if (!store.readOnly()) {
      store.linkNew(IncidentLinker.from(rules));
    }
    this.ledger = Ledger.load(store, rules, bundled);
  }

  public Store store() {
    return store;
  }

  /** A store to read one document from: one of the read-only connections in turn, or the store itself. */
  public Store reader() {
    return readers.isEmpty() ? store : readers.get(Math.floorMod(nextReader.getAndIncrement(), readers.size()));
  }

  /** The actor names pages mark in a text: the same dictionary extraction reads. */
  public ActorDictionary actors() {
    return actors;
  }

  public Analyser analyser() {
    return analyser;
  }

  public Ledger ledger() {
    return ledger;
  }

  /** Links what was stored since, and lists from the new state. */
  public synchronized void refresh() {
    store.linkNew(IncidentLinker.from(rules));
    ledger = Ledger.load(store, rules, bundled);
  }
}
