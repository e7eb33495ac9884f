package org.tally.app.read;

import java.util.List;
import java.util.Locale;

/**
 * Guesses the format of a named file of unknown extension, or of standard input, from its first few kilobytes:
 * JSON Lines if it opens with '{', HTML if it opens with a tag, CSV if its first line is a comma-separated header
 * naming a text column, else plain text.
 */
final class FormatSniffer {
  private final ColumnNames columns;

  FormatSniffer(ColumnNames columns) {
    this.columns = columns;
  }

  Format sniff(String head) {
    String start = head.stripLeading();
    if (start.startsWith("{")) {
      return Format.JSONL;
    }
    if (start.startsWith("<")) {
      return Format.HTML;
    }
    if (looksLikeCsvHeader(start)) {
      return Format.CSV;
    }
    return Format.TEXT;
  }

  private boolean looksLikeCsvHeader(String start) {
    int end = start.indexOf('\n');
    String firstLine = (end < 0 ? start : start.substring(0, end)).strip();
    if (!firstLine.contains(",")) {
      return false;
    }
    List<String> names = List.of(firstLine.toLowerCase(Locale.ROOT).replace("\"", "").split("\\s*,\\s*"));
    return columns.find(Field.TEXT, names).isPresent();
  }
}
