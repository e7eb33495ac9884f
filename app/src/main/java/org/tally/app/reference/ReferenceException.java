package org.tally.app.reference;

/** A reference file that cannot be read at all; the message starts with the file ("FILE: no column date_start"). */
public final class ReferenceException extends RuntimeException {
  public ReferenceException(String message) {
    super(message);
  }

  public ReferenceException(String message, Throwable cause) {
    super(message, cause);
  }
}
