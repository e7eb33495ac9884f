package org.tally.app.web;

import org.tally.analysis.Analyser;
import org.tally.lexicon.Lexicons;
import org.tally.link.IncidentLinker;
import org.tally.store.Store;

/**
 * What the server serves from: the store, the analysis chain for {@code /try} and the extract and ingest routes, and
 * the {@link Ledger} snapshot that pages list from, replaced whole after each write.
 */
public final class Site {
  private final Store store;
  private final Lexicons rules;
  private final Analyser analyser;
  private volatile Ledger ledger;

  public Site(Store store, Lexicons rules) {
    this.store = store;
    this.rules = rules;
    this.analyser = Analyser.from(rules);
    if (!store.readOnly()) {
      store.linkNew(IncidentLinker.from(rules));
    }
    this.ledger = Ledger.load(store, rules);
  }

  public Store store() {
    return store;
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
    ledger = Ledger.load(store, rules);
  }
}
