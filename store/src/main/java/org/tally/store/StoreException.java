package org.tally.store;

/** A store that cannot be opened, migrated, written or read; the message names the store's location. */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
