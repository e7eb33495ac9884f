package org.tally.app.export;

import java.util.Locale;

/**
 * Text from articles made safe to show: a title may carry terminal escape codes (which can clear or retitle a
 * terminal) or start like a spreadsheet formula (which a spreadsheet would run). JSON needs neither: its writer
 * escapes control characters itself.
 */
final class SafeText {
  private SafeText() {}

  /**
   * Control characters written as visible escapes ({@code \x1b}, {@code \u202e}), so that none reaches the terminal:
   * C0 and C1 controls, DEL, and the bidirectional overrides that reorder what a line shows. Tabs and line breaks
   * are left to the caller.
   */
  static String escapeControls(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\t' && c != '\n' && c != '\r' && unsafe(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        out.append(c < 0x100 ? String.format(Locale.ROOT, "\\x%02x", (int) c) : String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * A CSV cell: controls escaped, and a text that begins with {@code = + - @} (or a tab or carriage return, which
   * some spreadsheets skip before such a sign) prefixed with a single quote, so that a spreadsheet shows it as text
   * instead of running it as a formula (OWASP's advice on CSV injection). Numbers are left as they are: -3.5 is a
   * longitude, not a formula.
   */
  static Object forSpreadsheet(Object value) {
    if (!(value instanceof String text)) {
      return value;
    }
    String escaped = escapeControls(text);
    return !escaped.isEmpty() && "=+-@\t\r".indexOf(escaped.charAt(0)) >= 0 ? "'" + escaped : escaped;
  }

  private static boolean unsafe(char c) {
    return c < 0x20 || (c >= 0x7f && c < 0xa0)
        || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
  }
}
