package org.tally.text;

import java.util.ArrayList;
import java.util.List;
import org.tally.model.Span;

/**
 * One non-blank line of a document: where its visible text is (without surrounding whitespace),
 * that text, and the same text normalised for matching cues.
 *
 * @param paragraphStart true when a blank line (or the document start) comes before it
 */
record Line(int index, Span span, String raw, String norm, boolean paragraphStart) {
  /** The non-blank lines of {@code text}; lines of only whitespace (NBSP included) separate paragraphs. */
  static List<Line> split(String text) {
    List<Line> lines = new ArrayList<>();
    boolean blankBefore = true;
    int at = 0;
    while (at <= text.length()) {
      int newline = text.indexOf('\n', at);
      int end = newline < 0 ? text.length() : newline;
      int start = at;
      int stop = end;
      while (start < stop && LineText.isSpace(text.charAt(start))) {
        start++;
      }
      while (stop > start && LineText.isSpace(text.charAt(stop - 1))) {
        stop--;
      }
      if (start == stop) {
        blankBefore = true;
      } else {
        String raw = text.substring(start, stop);
        lines.add(new Line(lines.size(), new Span(start, stop), raw, LineText.normalize(raw), blankBefore));
        blankBefore = false;
      }
      if (newline < 0) {
        break;
      }
      at = newline + 1;
    }
    return lines;
  }

  int words() {
    return LineText.words(raw);
  }
}
