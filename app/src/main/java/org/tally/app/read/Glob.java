package org.tally.app.read;

import java.util.regex.Pattern;

/**
 * A shell-style file pattern, matched against '/'-separated relative paths: {@code *} and {@code ?} stay within one
 * folder, {@code **}{@code /} spans any number of folders (none included, as in bash's globstar), {@code [abc]},
 * {@code [!abc]} and {@code {a,b}} as usual.
 */
final class Glob {
  private final Pattern pattern;

  private Glob(Pattern pattern) {
    this.pattern = pattern;
  }

  /** True when {@code text} holds a wildcard, so it names a pattern rather than one path. */
  static boolean isPattern(String text) {
    return text.indexOf('*') >= 0 || text.indexOf('?') >= 0 || text.indexOf('[') >= 0 || text.indexOf('{') >= 0;
  }

  static Glob of(String glob) {
    StringBuilder regex = new StringBuilder();
    int groups = 0;
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (glob.startsWith("**/", i)) {
        regex.append("(?:.*/)?");
        i += 2;
      } else if (glob.startsWith("**", i)) {
        regex.append(".*");
        i += 1;
      } else if (c == '*') {
        regex.append("[^/]*");
      } else if (c == '?') {
        regex.append("[^/]");
      } else if (c == '[') {
        int close = glob.indexOf(']', i + 2);
        if (close < 0) {
          regex.append("\\[");
        } else {
          String set = glob.substring(i + 1, close);
          regex.append('[').append(set.startsWith("!") ? "^" + quoteSet(set.substring(1)) : quoteSet(set)).append(']');
          i = close;
        }
      } else if (c == '{') {
        regex.append("(?:");
        groups++;
      } else if (c == ',' && groups > 0) {
        regex.append('|');
      } else if (c == '}' && groups > 0) {
        regex.append(')');
        groups--;
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    regex.append(")".repeat(groups));
    return new Glob(Pattern.compile(regex.toString()));
  }

  private static String quoteSet(String set) {
    return set.replace("\\", "\\\\").replace("[", "\\[").replace("^", "\\^").replace("&", "\\&");
  }

  boolean matches(String relativePath) {
    return pattern.matcher(relativePath).matches();
  }
}
