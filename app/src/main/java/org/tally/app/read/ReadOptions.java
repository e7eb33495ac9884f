package org.tally.app.read;

/**
 * How to read inputs: which CSV column or JSON field holds each document field, and how large one document may be.
 * A null column name means "recognise it by the usual names" (see {@code column-names.tsv}); a named column must exist.
 *
 * @param idColumn column holding the document id
 * @param titleColumn column holding the headline
 * @param textColumn column holding the article text
 * @param sourceColumn column holding the outlet that published it
 * @param dateColumn column holding the date, kept as written
 * @param urlColumn column holding the article's address
 * @param maxDocumentBytes the largest document accepted, in bytes; larger ones are reported, not read
 */
public record ReadOptions(String idColumn, String titleColumn, String textColumn, String sourceColumn,
                          String dateColumn, String urlColumn, long maxDocumentBytes) {
  /** 10 MiB: far above any news article, small enough to keep a stray data dump out of memory. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;

  public ReadOptions {
    if (maxDocumentBytes <= 0) {
      throw new IllegalArgumentException("maxDocumentBytes must be positive: " + maxDocumentBytes);
    }
  }

  /** Columns recognised by name (FA-KES and generic names), documents up to 10 MiB. */
  public static ReadOptions defaults() {
    return new ReadOptions(null, null, null, null, null, null, DEFAULT_MAX_DOCUMENT_BYTES);
  }

  /** The column explicitly named for {@code field}, or null when it is recognised by the usual names. */
  String explicitColumn(Field field) {
    return switch (field) {
      case ID -> idColumn;
      case TITLE -> titleColumn;
      case TEXT -> textColumn;
      case OUTLET -> sourceColumn;
      case DATE -> dateColumn;
      case URL -> urlColumn;
    };
  }

  ReadOptions withTextColumn(String column) {
    return new ReadOptions(idColumn, titleColumn, column, sourceColumn, dateColumn, urlColumn, maxDocumentBytes);
  }

  ReadOptions withMaxDocumentBytes(long bytes) {
    return new ReadOptions(idColumn, titleColumn, textColumn, sourceColumn, dateColumn, urlColumn, bytes);
  }

  /** The reason given for a document of {@code bytes} bytes that is over the limit. */
  String overLimit(long bytes) {
    return bytes + " bytes, over the " + humanSize(maxDocumentBytes) + " limit for one document (--max-doc-size)";
  }

  static String humanSize(long bytes) {
    if (bytes % (1024L * 1024) == 0) {
      return bytes / (1024L * 1024) + " MiB";
    }
    if (bytes % 1024 == 0) {
      return bytes / 1024 + " KiB";
    }
    return bytes + " bytes";
  }
}
