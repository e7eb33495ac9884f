package org.tally.text;

import org.tally.model.Span;

/**
 * Tells hard-wrapped text (plain-text mail and wire copy broken at a fixed width, where a line
 * break is just a space) from text whose line breaks mean something.
 */
final class HardWrap {
  private static final int MIN_WIDTH = 40;
  private static final int MAX_WIDTH = 100;
  private static final int MIN_LINES = 2;

  private HardWrap() {}

  /** Most lines that continue into a next line are of similar width and stop mid-sentence. */
  static boolean isWrapped(String text, Span range) {
    int continuing = 0;
    int wrappedLike = 0;
    int lineStart = range.start();
    for (int i = range.start(); i < range.end(); i++) {
      if (text.charAt(i) != '\n') {
        continue;
      }
      // the line without its outer white space, by bounds: no copy of each line is made
      int from = lineStart;
      int to = i;
      while (from < to && Character.isWhitespace(text.charAt(from))) {
        from++;
      }
      while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
        to--;
      }
      int length = to - from;
      int next = i + 1;
      while (next < range.end() && text.charAt(next) != '\n' && LineText.isSpace(text.charAt(next))) {
        next++;
      }
      boolean continues = length > 0 && next < range.end() && text.charAt(next) != '\n';
      if (continues) {
        continuing++;
        char last = text.charAt(to - 1);
        if (length >= MIN_WIDTH && length <= MAX_WIDTH && ".!?:\"”".indexOf(last) < 0) {
          wrappedLike++;
        }
      }
      lineStart = i + 1;
    }
    return continuing >= MIN_LINES && wrappedLike * 10 >= continuing * 7;
  }
}
