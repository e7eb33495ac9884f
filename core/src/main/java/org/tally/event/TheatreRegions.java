package org.tally.event;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tally.model.Claim;

/**
 * The theatre a release's sentence names: "troops of Operation HADIN KAI in the North East neutralised twelve
 * terrorists" and "In the North Central, troops of Operation SAFE HAVEN arrested two suspected kidnappers" are two
 * theatres, so a week's total of the one holds none of the other's arrests. A total that names no theatre ("across the
 * theatres in the past week") holds them all. Issue 11, wars24 (twentieth-release-15).
 */
final class TheatreRegions {
  // "in the North East", "In the South South": a named stretch of country after "in the" (capitalised words)
  private static final Pattern REGION = Pattern.compile("\\b[Ii]n\\s+the\\s+(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2})");

  private TheatreRegions() {}

  /** Whether the two claims' sentences name different theatres. */
  static boolean apart(String text, Claim a, Claim b) {
    String one = region(text, a);
    String two = region(text, b);
    return one != null && two != null && !one.equals(two);
  }

  private static String region(String text, Claim c) {
    Matcher m = REGION.matcher(text.substring(c.evidence().start(), c.evidence().end()));
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
  }
}
