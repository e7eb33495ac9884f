package org.tally.store;

/** What {@link Store#put} did with a document, decided by its id and content hash. */
public enum PutResult {
  /** The id was not stored yet. */
  ADDED,
  /** The same id with the same content hash was stored: nothing was written. */
  UNCHANGED,
  /** The id was stored with another content hash: the old version and its sections and claims were removed. */
  REPLACED
}
