package org.tally.app.read;

import java.nio.file.Path;
import java.util.Locale;

/**
 * One input to read: a file, or standard input.
 *
 * @param path the file, or null for standard input
 * @param name how messages and {@code Document.source} name it: the path as the user reached it, or "-"
 * @param named true when the user named this file itself (not found by walking a folder), so a file
 *              of unknown extension is sniffed rather than skipped
 */
public record InputSource(Path path, String name, boolean named) {
  public static final String STDIN_NAME = "-";

  public static InputSource stdin() {
    return new InputSource(null, STDIN_NAME, true);
  }

  public static InputSource file(Path path, boolean named) {
    return new InputSource(path, path.toString(), named);
  }

  public boolean isStdin() {
    return path == null;
  }

  /** The file name without its extension ("stdin" for standard input): the default document id. */
  public String stem() {
    if (isStdin()) {
      return "stdin";
    }
    String fileName = path.getFileName().toString();
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  /** The lower-case extension without the dot, or "" when there is none. */
  String extension() {
    if (isStdin()) {
      return "";
    }
    String fileName = path.getFileName().toString();
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }
}
