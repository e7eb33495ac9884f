package org.tally.app.read;

import java.util.Locale;
import java.util.Optional;

/** The input formats Tally reads, with the file extensions that select each one. */
enum Format {
  /** plain text or Markdown: the whole file is one document, kept exactly */
  TEXT("txt", "text", "md", "markdown"),
  /** a web page: main content extracted */
  HTML("html", "htm", "xhtml"),
  /** a table with a header row: one document per row */
  CSV("csv"),
  /** a tab-separated table with a header row, quoted as CSV is: one document per row */
  TSV("tsv", "tab"),
  /** one JSON object per line: one document per line */
  JSONL("jsonl", "ndjson"),
  /** a JSON array of objects: one document per object */
  JSON("json"),
  /** a web archive (WARC), plain or gzipped: one document per HTML page it captured */
  WARC("warc", "warc.gz"),
  /** an RSS or Atom feed: one document per item */
  FEED("rss", "atom", "xml");

  private final String[] extensions;

  Format(String... extensions) {
    this.extensions = extensions;
  }

  /** The format a file extension (without dot, any case) selects, if it is one Tally knows. */
  static Optional<Format> ofExtension(String extension) {
    String wanted = extension.toLowerCase(Locale.ROOT);
    for (Format format : values()) {
      for (String known : format.extensions) {
        if (known.equals(wanted)) {
          return Optional.of(format);
        }
      }
    }
    return Optional.empty();
  }

  /** True for formats whose whole file is one document, so the file size limit applies to the file. */
  boolean oneDocumentPerFile() {
    return this == TEXT || this == HTML;
  }

  /** True for formats of rows, where a bad byte spoils only its own row. */
  boolean rows() {
    return !oneDocumentPerFile();
  }

  /** True for formats that say how their bytes decode themselves (WARC headers, the XML declaration), so Tally's
   * own detection of text encodings does not apply: a gzipped WARC file is not text at all. */
  boolean selfDescribing() {
    return this == WARC || this == FEED;
  }
}
