package org.tally.app.export;

/** Output formats of the listing commands. */
public enum Format {
  /** One JSON object per line: what other tools read. */
  jsonl,
  /** RFC 4180 CSV with a header; nested objects flattened to dotted columns. */
  csv,
  /** Aligned columns for reading on a terminal. */
  table
}
