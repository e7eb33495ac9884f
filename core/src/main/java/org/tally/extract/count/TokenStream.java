package org.tally.extract.count;

import java.util.Arrays;
import java.util.Locale;
import org.tally.extract.token.DocumentTokens;

/**
 * One pass over a stretch of text into words, numbers, dashes and other marks, kept in parallel arrays so the
 * grammar never re-scans characters. Offsets are into the whole text.
 *
 * <p>A number token takes thousands separators (",", ".", a space, a no-break or thin space) only between groups
 * of exactly three digits after a first group of one to three, all with the same separator; "2014 100" stays two
 * numbers. A "." followed by other than three digits starts a fraction. "1.319" is kept both ways (1319, and
 * 1.319 for "1.319 million"); the grammar picks.
 */
final class TokenStream {
  static final byte WORD = 0;
  static final byte NUMBER = 1;
  static final byte DASH = 2;
  static final byte MARK = 3;

  /** Numbers above this many digits cannot be a count and would overflow a long. */
  private static final int MAX_DIGITS = 18;

  final String text;
  /** A window's first token in the arrays, which a window shares with the stream of the whole text. */
  private int offset;
  private int size;
  // a window shares its stream's arrays, so only a scan makes them
  private int[] start;
  private int[] end;
  private byte[] kind;
  private String[] word;
  private long[] integer;
  private double[] decimal;

  private TokenStream(String text) {
    this.text = text;
  }

  static TokenStream scan(String text, int from, int to) {
    TokenStream tokens = new TokenStream(text);
    // about one token in five characters: room for all of them at once, so the six arrays are not copied as they grow
    int capacity = Math.max(8, (to - from) / 4 + 1);
    tokens.start = new int[capacity];
    tokens.end = new int[capacity];
    tokens.kind = new byte[capacity];
    tokens.word = new String[capacity];
    tokens.integer = new long[capacity];
    tokens.decimal = new double[capacity];
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
      } else if (isDigit(c)) {
        i = tokens.readNumber(i, to);
      } else if (Character.isLetter(c)) {
        i = tokens.readWord(i, to);
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
      } else if ((c == '\'' || c == '\u2019') && j + 1 < to && Character.isLetter(text.charAt(j + 1))) {
        j += 2;
      } else {
        break;
      }
    }
    String w = text.substring(i, j);
    add(i, j, WORD, lower ? w : w.toLowerCase(Locale.ROOT), -1, Double.NaN);
    return j;
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
    while (digits <= 3 && text.charAt(i) != '0' && j < to && isGroupSeparator(text.charAt(j))
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

  /**
   * The tokens that lie wholly in characters {@code [from, to)}, indexed from 0, sharing this stream's arrays: a
   * document is scanned once and each sentence read as a window.
   */
  TokenStream window(int from, int to) {
    int last = offset + size;
    int first = DocumentTokens.firstAtLeast(start, offset, last, from);
    int stop = Math.max(first, DocumentTokens.firstAtLeast(end, first, last, to + 1));
    TokenStream window = new TokenStream(text);
    window.start = start;
    window.end = end;
    window.kind = kind;
    window.word = word;
    window.integer = integer;
    window.decimal = decimal;
    window.offset = first;
    window.size = stop - first;
    return window;
  }

  int size() {
    return size;
  }

  int start(int i) {
    return start[at(i)];
  }

  int end(int i) {
    return end[at(i)];
  }

  boolean isNumber(int i) {
    return i >= 0 && i < size && kind[offset + i] == NUMBER;
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && kind[offset + i] == WORD;
  }

  boolean isDash(int i) {
    return i >= 0 && i < size && kind[offset + i] == DASH;
  }

  /** The lower-cased word, "-" for any dash, or null for numbers, other marks and positions past the end. */
  String word(int i) {
    return i >= 0 && i < size ? word[offset + i] : null;
  }

  /** The whole-number value; -1 when too long to be a count, -2 when the number has a fraction ("2.5"). */
  long integer(int i) {
    return integer[at(i)];
  }

  /** The value read with a decimal point ("1.2", and "1.319" read as a decimal), or NaN when none. */
  double decimal(int i) {
    return decimal[at(i)];
  }

  /** True when token {@code i} follows token {@code i - 1} with nothing between them ("forty-two", "Su-24"). */
  boolean glued(int i) {
    return i > 0 && i < size && start[offset + i] == end[offset + i - 1];
  }

  /** The character just before token {@code i} in the text, or a space at the start. */
  char charBefore(int i) {
    int s = start[at(i)];
    return s > 0 ? text.charAt(s - 1) : ' ';
  }

  /** The character just after token {@code i} in the text, or a space at the end. */
  char charAfter(int i) {
    int e = end[at(i)];
    return e < text.length() ? text.charAt(e) : ' ';
  }

  /** Token {@code i} of the window in the shared arrays; outside the window is an error, as past an array's end. */
  private int at(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("token " + i + " of " + size);
    }
    return offset + i;
  }
}
