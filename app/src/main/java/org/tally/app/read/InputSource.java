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
 * @param id the id of the document the file holds, and the stem of its rows' ids when they have none: the file name
 *           without extension, unless another input of the same run has that name too (see {@link FileIds})
 */
public record InputSource(Path path, String name, boolean named, String id) {
  public static final String STDIN_NAME = "-";

  public InputSource {
    if (id == null || id.isEmpty()) {
      throw new IllegalArgumentException("an input needs an id: " + name);
    }
  }

  public static InputSource stdin() {
    return new InputSource(null, STDIN_NAME, true, "stdin");
  }

  /** A file whose id is its name without extension. */
  public static InputSource file(Path path, boolean named) {
    return new InputSource(path, path.toString(), named, stem(path.getFileName().toString()));
  }

  InputSource withId(String newId) {
    return new InputSource(path, name, named, newId);
  }

  public boolean isStdin() {
    return path == null;
  }

  /** The file name without its extension ("stdin" for standard input). */
  public String stem() {
    return isStdin() ? "stdin" : stem(path.getFileName().toString());
  }

  /** {@code name} without the extension of its last part: "a/report.txt" gives "a/report", ".env" stays. */
  static String stem(String name) {
    if (name.toLowerCase(Locale.ROOT).endsWith(".warc.gz")) {
      return name.substring(0, name.length() - ".warc.gz".length());
    }
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    int dot = name.lastIndexOf('.');
    return dot > slash + 1 ? name.substring(0, dot) : name;
  }

  /** The lower-case extension without the dot, or "" when there is none. */
  String extension() {
    if (isStdin()) {
      return "";
    }
    String fileName = path.getFileName().toString();
    if (fileName.toLowerCase(Locale.ROOT).endsWith(".warc.gz")) {
      return "warc.gz";
    }
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }
}
