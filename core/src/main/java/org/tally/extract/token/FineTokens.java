package org.tally.extract.token;

import java.util.Arrays;
import java.util.Locale;

/**
 * A text's finest tokens, read in one left-to-right pass: runs of letters, figures, one dash, one other mark. Kept
 * in parallel arrays, so that the count grammar reads them without objects, and {@link Tokenizer} builds the words
 * every other finder reads ("US-led", "U.S.", "1,319", "'s") by joining them, never reading the text again.
 *
 * <p>A figure takes thousands separators (",", ".", a space, a no-break or thin space) only between groups of
 * exactly three digits after a first group of one to three, all with the same separator; "2014 100" stays two
 * figures. A "." followed by other than three digits starts a fraction. "1.319" is kept both ways (1319, and 1.319
 * for "1.319 million"); the grammar picks. An apostrophe joins letters ("O'Brien") except before a possessive "s".
 */
public final class FineTokens {
  public static final byte WORD = 0;
  public static final byte NUMBER = 1;
  public static final byte DASH = 2;
  public static final byte MARK = 3;

  /** Figures above this many digits cannot be a count and would overflow a long. */
  private static final int MAX_DIGITS = 18;

  private final String text;
  private int size;
  private int[] start;
  private int[] end;
  private byte[] kind;
  private String[] word;
  private long[] integer;
  private double[] decimal;

  private FineTokens(String text, int capacity) {
    this.text = text;
    start = new int[capacity];
    end = new int[capacity];
    kind = new byte[capacity];
    word = new String[capacity];
    integer = new long[capacity];
    decimal = new double[capacity];
  }

  /** Characters each thread has scanned, so that a test can see a document's analysis tokenise its text once. */
  private static final ThreadLocal<long[]> SCANNED = ThreadLocal.withInitial(() -> new long[1]);

  /** The tokens of {@code text} in characters {@code [from, to)}; offsets are into the whole text. */
  public static FineTokens scan(String text, int from, int to) {
    SCANNED.get()[0] += Math.max(0, to - from);
    // about one token in five characters: room for all of them at once, so the arrays are not copied as they grow
    FineTokens tokens = new FineTokens(text, Math.max(8, (to - from) / 4 + 1));
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
      } else if (isDigit(c)) {
        i = tokens.readNumber(i, to);
      } else if (Character.isLetter(c)) {
        i = tokens.readWord(i, to);
      } else if ((c == '\'' || c == '\u2019') && i + 1 < to && tokens.possessiveAt(i, to)) {
        // "'s" is two tokens here and one word to the tokenizer; its "s" is never the start of a longer word
        tokens.add(i, i + 1, MARK, null, -1, Double.NaN);
        tokens.add(i + 1, i + 2, WORD, "s", -1, Double.NaN);
        i += 2;
      } else {
        boolean dash = c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013';
        tokens.add(i, i + 1, dash ? DASH : MARK, dash ? "-" : null, -1, Double.NaN);
        i++;
      }
    }
    return tokens;
  }

  private int readWord(int i, int to) {
    int j = i + 1;
    boolean lower = Character.isLowerCase(text.charAt(i));
    while (j < to) {
      char c = text.charAt(j);
      if (Character.isLetter(c)) {
        lower &= Character.isLowerCase(c);
        j++;
      } else if ((c == '\'' || c == '\u2019') && j + 1 < to && Character.isLetter(text.charAt(j + 1))
          && !possessiveAt(j, to)) {
        j += 2;
      } else {
        break;
      }
    }
    String w = text.substring(i, j);
    add(i, j, WORD, lower ? w : w.toLowerCase(Locale.ROOT), -1, Double.NaN);
    return j;
  }

  /** An apostrophe at {@code at} that opens a possessive "'s": an "s" after it and no letter or digit after that. */
  private boolean possessiveAt(int at, int to) {
    char s = text.charAt(at + 1);
    return (s == 's' || s == 'S') && (at + 2 >= to || !Character.isLetterOrDigit(text.charAt(at + 2)));
  }

  private int readNumber(int i, int to) {
    int j = i;
    while (j < to && isDigit(text.charAt(j))) {
      j++;
    }
    int digits = j - i;
    long value = digits <= MAX_DIGITS ? Long.parseLong(text, i, j, 10) : -1;
    char separator = 0;
    int groups = 0;
    // "0 214", "0,500": a number never opens with a zero group, so the groups after a lone zero are numbers of their own
    boolean day = digits <= 2 && value <= 31 && afterMonth();
    while (digits <= 3 && text.charAt(i) != '0' && j < to && isGroupSeparator(text.charAt(j))
        && !(day && isSpace(text.charAt(j)))
        && (separator == 0 || separator == text.charAt(j)) && threeDigitsAt(j + 1, to)) {
      separator = text.charAt(j);
      if (value >= 0) {
        value = value * 1000 + Long.parseLong(text, j + 1, j + 4, 10);
      }
      j += 4;
      groups++;
      if (value > 999_999_999_999_999L) {
        value = -1;
      }
    }
    double fraction = Double.NaN;
    if (separator == '.' && groups == 1) {
      // "1.319": thousands unless a scale word follows ("1.319 million"), which the grammar decides
      fraction = Double.parseDouble(text.substring(i, j));
    } else if (separator != '.' && j + 1 < to && text.charAt(j) == '.' && isDigit(text.charAt(j + 1))) {
      int k = j + 1;
      while (k < to && isDigit(text.charAt(k))) {
        k++;
      }
      fraction = Double.parseDouble(text.substring(i, k).replace(String.valueOf(separator), ""));
      value = -2;
      j = k;
    }
    add(i, j, NUMBER, null, value, fraction);
    return j;
  }

  /**
   * Whether the last token is a month's name ("September", "Sept."): a figure of one or two digits then is its day,
   * and a space after the day ends it. Text without commas (FA-KES prints none) writes "on September 10 923
   * mercenaries" for "on September 10, 923 mercenaries"; "10 923" is no thousands group there.
   */
  private boolean afterMonth() {
    int last = size - 1;
    if (last >= 1 && kind[last] == MARK && text.charAt(start[last]) == '.' && end[last - 1] == start[last]) {
      last--;
    }
    return last >= 0 && kind[last] == WORD && MONTHS.contains(word[last]);
  }

  // the calendar's own words, as fixed as the digits; the tokens are scanned before any rule file is read
  private static final java.util.Set<String> MONTHS = java.util.Set.of("january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
      "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u2009' || c == '\u202F';
  }

  private boolean threeDigitsAt(int at, int to) {
    return at + 3 <= to && isDigit(text.charAt(at)) && isDigit(text.charAt(at + 1)) && isDigit(text.charAt(at + 2))
        && (at + 3 == to || !isDigit(text.charAt(at + 3)));
  }

  private static boolean isGroupSeparator(char c) {
    return c == ',' || c == '.' || c == ' ' || c == '\u00A0' || c == '\u2009' || c == '\u202F';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private void add(int s, int e, byte k, String w, long n, double d) {
    if (size == start.length) {
      int grown = size * 2;
      start = Arrays.copyOf(start, grown);
      end = Arrays.copyOf(end, grown);
      kind = Arrays.copyOf(kind, grown);
      word = Arrays.copyOf(word, grown);
      integer = Arrays.copyOf(integer, grown);
      decimal = Arrays.copyOf(decimal, grown);
    }
    start[size] = s;
    end[size] = e;
    kind[size] = k;
    word[size] = w;
    integer[size] = n;
    decimal[size] = d;
    size++;
  }

  /** How many characters this thread has scanned into tokens so far. */
  public static long scannedOnThisThread() {
    return SCANNED.get()[0];
  }

  public String text() {
    return text;
  }

  public int size() {
    return size;
  }

  public int start(int i) {
    return start[checked(i)];
  }

  public int end(int i) {
    return end[checked(i)];
  }

  public byte kind(int i) {
    return kind[checked(i)];
  }

  /** The lower-cased word, "-" for any dash, or null for figures and other marks. */
  public String word(int i) {
    return word[checked(i)];
  }

  /** The whole-number value; -1 when too long to be a count, -2 when the figure has a fraction ("2.5"). */
  public long integer(int i) {
    return integer[checked(i)];
  }

  /** The value read with a decimal point ("1.2", and "1.319" read as a decimal), or NaN when none. */
  public double decimal(int i) {
    return decimal[checked(i)];
  }

  /** The first token that starts at or after {@code offset}. */
  public int firstFrom(int offset) {
    return DocumentTokens.firstAtLeast(start, 0, size, offset);
  }

  /** The token after the last one that ends at or before {@code offset}, searching from token {@code from}. */
  public int endBy(int from, int offset) {
    return DocumentTokens.firstAtLeast(end, from, size, offset + 1);
  }

  private int checked(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("token " + i + " of " + size);
    }
    return i;
  }
}
