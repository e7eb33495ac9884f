package org.tally.app.read;

import java.util.List;
import java.util.Locale;

/**
 * Guesses the format of a named file of unknown extension, or of standard input, from its first few kilobytes:
 * JSON Lines if it opens with '{', a JSON array if it opens with '[' and then '{', an RSS or Atom feed if it opens with a
 * tag and names a feed's root element, HTML if it opens with a tag, CSV or TSV if its
 * first line is a comma- or tab-separated header naming a text column, else plain text.
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
    if (start.startsWith("[") && (start.length() == 1 || start.substring(1).stripLeading().startsWith("{")
        || start.substring(1).stripLeading().startsWith("]"))) {
      return Format.JSON;
    }
    if (FeedReader.looksLikeFeed(start)) {
      return Format.FEED;
    }
    if (start.startsWith("<")) {
      return Format.HTML;
    }
    if (looksLikeHeader(start, "\t")) {
      return Format.TSV;
    }
    if (looksLikeHeader(start, ",")) {
      return Format.CSV;
    }
    return Format.TEXT;
  }

  private boolean looksLikeHeader(String start, String delimiter) {
    int end = start.indexOf('\n');
    String firstLine = (end < 0 ? start : start.substring(0, end)).strip();
    if (!firstLine.contains(delimiter)) {
      return false;
    }
    List<String> names = List.of(firstLine.toLowerCase(Locale.ROOT).replace("\"", "").split(delimiter));
    return columns.find(Field.TEXT, names).isPresent();
  }
}
