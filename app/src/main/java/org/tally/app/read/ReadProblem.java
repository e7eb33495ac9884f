package org.tally.app.read;

import java.util.Objects;

/**
 * Why an input, or one line of it, could not be read.
 *
 * @param file the input's display name, as the user named it ("-" for standard input)
 * @param line the 1-based line the problem is on, or null when it concerns the whole file
 * @param reason what is wrong, written for the person who supplied the file
 */
public record ReadProblem(String file, Long line, String reason) {
  public ReadProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
    if (line != null && line < 1) {
      throw new IllegalArgumentException("line must be 1 or more: " + line);
    }
  }

  /** "FILE:LINE: reason", or "FILE: reason" when no line applies. */
  public String message() {
    return line == null ? file + ": " + reason : file + ":" + line + ": " + reason;
  }
}
