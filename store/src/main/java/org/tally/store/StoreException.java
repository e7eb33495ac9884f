package org.tally.store;

/** A store that cannot be opened, migrated, written or read; the message names the store's location. */
public final class StoreException extends RuntimeException {
  private final StoreFault fault;

  public StoreException(StoreFault fault, String message, Throwable cause) {
    super(message, cause);
    this.fault = fault;
  }

  public StoreException(String message, Throwable cause) {
    this(StoreFault.of(cause), message, cause);
  }

  public StoreException(StoreFault fault, String message) {
    this(fault, message, null);
  }

  public StoreException(String message) {
    this(StoreFault.OTHER, message, null);
  }

  public StoreFault fault() {
    return fault;
  }
}
