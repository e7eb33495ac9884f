package org.tally.app.read;

/** Thrown inside the readers when a whole input (or the rest of it) cannot be read; becomes one ReadProblem. */
final class ReadFailure extends Exception {
  private final Long line;

  ReadFailure(String reason) {
    this(null, reason);
  }

  ReadFailure(Long line, String reason) {
    super(reason, null, false, false);
    this.line = line;
  }

  ReadProblem problem(String file) {
    return new ReadProblem(file, line, getMessage());
  }
}
