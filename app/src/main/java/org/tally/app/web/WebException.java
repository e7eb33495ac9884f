package org.tally.app.web;

/** A request the server answers with a clear 4xx: an unknown id, a bad filter, a missing token. */
public final class WebException extends RuntimeException {
  private final int status;

  public WebException(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
