package org.tally.extract;

import java.util.regex.Pattern;

/**
 * Items of a numbered or bulleted list ("1. In Kandahar province, a force captured a Taliban leader", "• A shepherd was
 * killed by a landmine"): an operational update or a monitor's digest tells one incident per item, so the people of one
 * item are not those of another, however alike their figures ("a leader", "a facilitator").
 */
public final class ListItems {
  // what may stand between a line's start and its first sentence: a number or letter with a point or bracket, a bullet
  private static final Pattern MARKER = Pattern.compile("[ \\t]*(\\d{1,2}[.)]|[a-z][)]|[\\u2022*\\u00b7\\u2013-])[ \\t]*");
  // a marker is short: look no further back than this for the line's start
  private static final int MAX_MARKER = 8;

  private ListItems() {}

  /** Whether the sentence starting at {@code start} is the first of a list item: its line begins with a marker. */
  static boolean opens(String text, int start) {
    int from = start;
    while (from > 0 && start - from <= MAX_MARKER && text.charAt(from - 1) != '\n') {
      from--;
    }
    if (from == start || from > 0 && text.charAt(from - 1) != '\n') {
      return false;
    }
    return MARKER.matcher(text).region(from, start).matches();
  }

  /** Whether the line starting at {@code lineStart} is a list item: a marker, then words. */
  public static boolean isItemLine(String text, int lineStart) {
    int end = text.indexOf('\n', lineStart);
    java.util.regex.Matcher m = MARKER.matcher(text).region(lineStart, end < 0 ? text.length() : end);
    return m.lookingAt() && m.end() > lineStart && m.end() < m.regionEnd();
  }
}
