package org.tally.app.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Escaping for each place text from an article, an outlet name or a query may land in a page. Every such text goes
 * through one of these; pages never concatenate raw text into markup.
 */
public final class Html {
  private Html() {}

  /** Text between tags, and attribute values in double quotes: the five HTML specials become entities. */
  public static String text(String raw) {
    if (raw == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(raw.length() + 16);
    raw.codePoints().forEach(c -> {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          // control characters (other than line breaks and tabs) and bidirectional overrides are shown, not obeyed
          if ((c < 0x20 && c != '\n' && c != '\t' && c != '\r') || (c >= 0x202A && c <= 0x202E)
              || (c >= 0x2066 && c <= 0x2069)) {
            out.append(String.format("\\u%04x", c));
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.toString();
  }

  /** An attribute value; the caller writes the surrounding double quotes. */
  public static String attr(String raw) {
    return text(raw);
  }

  /** One path segment or query value, percent-encoded (spaces as %20, so it also fits a path). */
  public static String url(String raw) {
    return raw == null ? "" : URLEncoder.encode(raw, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
