package org.tally.extract.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tally.model.Span;

/**
 * Splits text into words and punctuation in one left-to-right pass. Hyphens and inner dots stay
 * inside words ("US-led", "U.S.", "forty-two"), separators stay inside numbers ("1,319"), and a
 * possessive "'s" becomes a token of its own.
 */
public final class Tokenizer {
  private Tokenizer() {}

  public static List<Token> tokens(String text, Span range) {
    List<Token> out = new ArrayList<>();
    int i = range.start();
    int end = range.end();
    while (i < end) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        int j = i + 1;
        while (j < end) {
          char d = text.charAt(j);
          if (Character.isLetterOrDigit(d)) {
            j++;
          } else if ((d == '-' || d == '.' || d == ',' || d == '\'' || d == '’')
              && j + 1 < end && Character.isLetterOrDigit(text.charAt(j + 1))
              && joins(text, i, j, d)) {
            j += 2;
          } else {
            break;
          }
        }
        // "U.S." keeps its last dot when the word is a dotted abbreviation
        if (j < end && text.charAt(j) == '.' && j - i >= 3 && text.charAt(j - 2) == '.') {
          j++;
        }
        add(out, text, i, j);
        i = j;
      } else if ((c == '\'' || c == '’') && i + 1 < end && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
          && (i + 2 >= end || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
        add(out, text, i, i + 2);
        i += 2;
      } else {
        add(out, text, i, i + 1);
        i++;
      }
    }
    return out;
  }

  private static boolean joins(String text, int wordStart, int at, char sep) {
    char next = text.charAt(at + 1);
    boolean digitsBefore = Character.isDigit(text.charAt(at - 1));
    return switch (sep) {
      case '-' -> true;
      case ',' -> digitsBefore && Character.isDigit(next);
      case '.' -> digitsBefore ? Character.isDigit(next) : Character.isLetter(next) && at - wordStart == 1;
      default -> {
        // a possessive 's is split off; other apostrophes (O'Brien) stay inside
        boolean possessive = (next == 's' || next == 'S')
            && (at + 2 >= text.length() || !Character.isLetterOrDigit(text.charAt(at + 2)));
        yield !possessive;
      }
    };
  }

  private static void add(List<Token> out, String text, int start, int end) {
    String word = text.substring(start, end);
    out.add(new Token(word, word.toLowerCase(Locale.ROOT).replace('’', '\''), start, end));
  }
}
