package org.tally.resolve;

import java.util.Optional;
import org.tally.extract.ListItems;
import org.tally.model.Span;

/**
 * The line a list's items hang from: "SOHR has documented 48 incidents of infighting since the beginning of 2023,
 * which have left:" then "- 29 fighters dead", "- 71 fighters injured". An item states no time of its own; it is told
 * in the time of the line that introduced it, a running total's when that line gives one (issue 14, verify written's
 * monitor-09: the 29 read as the day's toll contradicted the day's four).
 */
final class ListLeads {
  private ListLeads() {}

  /**
   * The line ending in a colon that the list item holding {@code sentence} hangs from, past the items before it; empty
   * when the sentence is no list item or its list hangs from no such line.
   */
  static Optional<Span> of(String text, Span sentence) {
    int lineStart = text.lastIndexOf('\n', Math.max(0, sentence.start() - 1)) + 1;
    if (!ListItems.isItemLine(text, lineStart)) {
      return Optional.empty();
    }
    int start = lineStart;
    while (start > 0) {
      int end = start - 1;
      int prevStart = text.lastIndexOf('\n', Math.max(0, end - 1)) + 1;
      String line = text.substring(prevStart, end).strip();
      if (line.isEmpty()) {
        return Optional.empty();
      }
      if (!ListItems.isItemLine(text, prevStart)) {
        return line.endsWith(":") ? Optional.of(new Span(prevStart, end)) : Optional.empty();
      }
      start = prevStart;
    }
    return Optional.empty();
  }
}
