package org.tally.text;

import org.tally.model.Span;

/**
 * A date that opens a report's first paragraph as its dateline: "Baghdad, June 28 (RHC)--", "KABUL, Afghanistan
 * (March 14, 2011) —". It says when the report was filed, not when what it tells of happened.
 */
public final class InlineDateline {
  /** The place before a dateline's date is short: a city, maybe its country. */
  private static final int MAX_PLACE_CHARS = 40;

  private InlineDateline() {}

  /** True when the date at {@code date} stands at a line's start or after a short place, before a mark or dash. */
  public static boolean at(String text, Span date) {
    return at(text, date, false);
  }

  /**
   * As {@link #at(String, Span)}, and a place stands before the date: a chronology's "10 February: two civilians
   * were killed" opens its line with the day things happened, not with a dateline.
   */
  public static boolean afterPlace(String text, Span date) {
    return at(text, date, true);
  }

  private static boolean at(String text, Span date, boolean placed) {
    int lineStart = text.lastIndexOf('\n', date.start() - 1) + 1;
    String before = text.substring(lineStart, date.start()).strip();
    if (placed && (before.isEmpty() || !Character.isUpperCase(before.charAt(0)))) {
      return false;
    }
    if (before.length() > MAX_PLACE_CHARS || before.contains(".")) {
      return false;
    }
    int after = skipSpaces(text, date.end());
    if (before.endsWith("(") && after < text.length() && text.charAt(after) == ')') {
      // the date in brackets after the place: what follows the bracket decides
      after = skipSpaces(text, after + 1);
    }
    return after >= text.length() || "(-–—:\n".indexOf(text.charAt(after)) >= 0;
  }

  private static int skipSpaces(String text, int at) {
    while (at < text.length() && text.charAt(at) == ' ') {
      at++;
    }
    return at;
  }
}
