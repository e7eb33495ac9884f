package org.tally.text;

import java.util.Locale;
import java.util.regex.Pattern;

/** Small text tests on one line: whitespace, normalisation for cue matching, and headline and prose shapes. */
final class LineText {
  private static final Pattern MARKUP_ONLY = Pattern.compile("[-=*_~#\\s]{3,}");
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("#{1,3}\\s+\\S.*");
  private static final String LOOKALIKE_CYRILLIC = "АВСЕНКМОРТХаеорсух";
  private static final String LATIN_TWINS = "ABCEHKMOPTXaeopcyx";
  private static final char LOWEST_LOOKALIKE = 'А';
  private static final char HIGHEST_LOOKALIKE = 'х';

  private LineText() {}

  /** Whitespace as a reader sees it: Java's whitespace plus the no-break spaces pages are full of. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\ufeff';
  }

  /**
   * Lowercased, no-break spaces as spaces, runs of spaces as one, bullets and markdown marks
   * stripped from both ends, and Cyrillic letters that sit inside Latin words folded to their Latin
   * twins (sites use them to dodge filters: "Сomment").
   */
  static String normalize(String raw) {
    char[] out = new char[raw.length()];
    int length = 0;
    // ASCII is lower-cased on the way; only a line with other letters needs the full case mapping at the end
    boolean ascii = true;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= 0x80) {
        ascii = false;
        int twin = c >= LOWEST_LOOKALIKE && c <= HIGHEST_LOOKALIKE ? LOOKALIKE_CYRILLIC.indexOf(c) : -1;
        if (twin >= 0 && (isLatinLetter(raw, i - 1) || isLatinLetter(raw, i + 1))) {
          c = LATIN_TWINS.charAt(twin);
        }
      } else if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c <= ' ' || c >= 0x80 ? isSpace(c) : false) {
        // one space for a run of whitespace, none at the start
        if (length > 0 && out[length - 1] != ' ') {
          out[length++] = ' ';
        }
      } else {
        out[length++] = c;
      }
    }
    int start = 0;
    int end = length;
    while (start < end && "•·*#>-–—_ ".indexOf(out[start]) >= 0) {
      start++;
    }
    while (end > start && "*_ ".indexOf(out[end - 1]) >= 0) {
      end--;
    }
    String trimmed = new String(out, start, end - start);
    return ascii ? trimmed : trimmed.toLowerCase(Locale.ROOT);
  }

  private static boolean isLatinLetter(String s, int i) {
    if (i < 0 || i >= s.length()) {
      return false;
    }
    char c = s.charAt(i);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Horizontal rules and other lines of markup characters only ("---", "***"). */
  static boolean isMarkupOnly(String raw) {
    return MARKUP_ONLY.matcher(raw).matches();
  }

  /** A markdown heading of level one to three ("# *Title*"), but not a link heading (those are teasers). */
  static boolean isMarkdownHeading(String raw) {
    return MARKDOWN_HEADING.matcher(raw).matches() && raw.indexOf("](") < 0;
  }

  static int words(String raw) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < raw.length(); i++) {
      boolean letterOrDigit = Character.isLetterOrDigit(raw.charAt(i));
      if (letterOrDigit && !inWord) {
        words++;
      }
      inWord = letterOrDigit;
    }
    return words;
  }

  /** Markdown emphasis and heading marks removed from both ends: "# *Title*" gives "Title". */
  static String stripMarkup(String raw) {
    int start = 0;
    int end = raw.length();
    while (start < end && ("#*_ ".indexOf(raw.charAt(start)) >= 0 || isSpace(raw.charAt(start)))) {
      start++;
    }
    while (end > start && ("#*_ ".indexOf(raw.charAt(end - 1)) >= 0 || isSpace(raw.charAt(end - 1)))) {
      end--;
    }
    return raw.substring(start, end);
  }

  /**
   * Shaped like a headline: two to thirty words, not too long, starting with a capital or digit,
   * and not ending like a sentence or a clause (a period, comma, colon or semicolon).
   */
  static boolean isHeadlineLike(String raw) {
    String text = stripMarkup(raw);
    if (text.isEmpty() || text.length() > 220) {
      return false;
    }
    int words = words(text);
    if (words < 2 || words > 30) {
      return false;
    }
    char first = firstLetterOrDigit(text);
    if (Character.isLowerCase(first)) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    return ".,;:".indexOf(last) < 0;
  }

  /** Running text: ends like a sentence (closing quotes and brackets aside) or is long. */
  static boolean isProse(String raw) {
    String text = stripMarkup(raw);
    if (hasWords(text, 25)) {
      return true;
    }
    int end = text.length();
    while (end > 0 && "\"'”’»)]".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > 0 && ".!?…".indexOf(text.charAt(end - 1)) >= 0 && hasWords(text, 4);
  }

  /** True when {@code raw} holds at least {@code count} words: counted only that far, not through a long paragraph. */
  static boolean hasWords(String raw, int count) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < raw.length() && words < count; i++) {
      boolean letterOrDigit = Character.isLetterOrDigit(raw.charAt(i));
      if (letterOrDigit && !inWord) {
        words++;
      }
      inWord = letterOrDigit;
    }
    return words >= count;
  }

  private static char firstLetterOrDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return text.charAt(i);
      }
    }
    return ' ';
  }
}
