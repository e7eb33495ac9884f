package org.tally.text;

import java.util.regex.Pattern;
import org.tally.model.Span;

/**
 * The wire or press-release dateline a sentence may open with ("KABUL, Afghanistan (May 14, 2011) —"): it says where
 * and when the report was filed, which the sentence's own words outrank for where and when the harm happened.
 */
public final class Dateline {
  // how far into a sentence its dateline's dash may stand: "LASHKAR GAH, Afghanistan (May 2, 2013) -"
  private static final int MAX_DATELINE = 60;

  /** "Erbil, Iraq", "Beirut (AFP)", "Gao, Mali (AP)": a dateline in mixed case needs its country or its agency. */
  private static final Pattern PLACE_THEN_COUNTRY_OR_AGENCY = Pattern.compile(
      "\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,2}"
          + "(?:, \\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,2}(?: \\([^()]{1,40}\\))?| \\([^()]{1,40}\\))");

  private Dateline() {}

  /**
   * Where a wire or press-release dateline that opens the sentence ends: a place in capitals ("KABUL", "SOUTHWEST
   * ASIA"), or in mixed case with its country or agency ("Erbil, Iraq"), a comma or parenthesis, then a dash; -1
   * where the sentence opens with none.
   */
  public static int end(String text, Span sentence) {
    int limit = Math.min(sentence.end(), sentence.start() + MAX_DATELINE);
    int firstEnd = sentence.start();
    while (firstEnd < limit && Character.isLetter(text.charAt(firstEnd))) {
      firstEnd++;
    }
    String first = text.substring(sentence.start(), firstEnd);
    boolean capitals = first.length() >= 3 && first.equals(first.toUpperCase(java.util.Locale.ROOT));
    for (int i = Math.max(firstEnd, sentence.start() + 1); i + 2 < limit; i++) {
      char c = text.charAt(i);
      // a wire's dash may be typed as two hyphens: "DAMASCUS, May 6 (Xinhua) -- Five people were killed"
      boolean doubled = c == '-' && text.charAt(i + 1) == '-' && i + 2 < limit && text.charAt(i + 2) == ' ';
      if ((c == '-' || c == '\u2013' || c == '\u2014') && text.charAt(i - 1) == ' '
          && (text.charAt(i + 1) == ' ' || doubled)) {
        boolean placeFirst = capitals || i - 1 > sentence.start()
            && PLACE_THEN_COUNTRY_OR_AGENCY.matcher(text).region(sentence.start(), i - 1).matches();
        return placeFirst ? i : -1;
      }
    }
    return -1;
  }
}
