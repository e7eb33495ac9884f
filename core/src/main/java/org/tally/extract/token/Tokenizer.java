package org.tally.extract.token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.tally.model.Span;

/**
 * Joins a text's {@link FineTokens} into words and punctuation: hyphens and inner dots stay inside words ("US-led",
 * "U.S.", "forty-two"), separators stay inside numbers ("1,319"), and a possessive "'s" is a word of its own. Only
 * the characters between fine tokens are looked at; the text is scanned once, by {@link FineTokens#scan}.
 */
public final class Tokenizer {
  private Tokenizer() {}

  public static List<Token> tokens(String text, Span range) {
    return words(FineTokens.scan(text, range.start(), range.end()), range.end());
  }

  /** The words made of {@code fine}'s tokens, scanned from a text that ends, for this reading, at {@code end}. */
  static List<Token> words(FineTokens fine, int end) {
    String text = fine.text();
    Pieces pieces = Pieces.of(fine);
    List<Token> out = new ArrayList<>(pieces.size);
    int k = 0;
    while (k < pieces.size) {
      int from = pieces.start[k];
      char c = text.charAt(from);
      int to;
      String lowered = null; // the fine token's lower-cased word, when this word is that one token alone
      if (Character.isLetterOrDigit(c)) {
        lowered = pieces.word[k];
        to = pieces.end[k++];
        while (k < pieces.size) {
          if (pieces.start[k] == to && Character.isLetterOrDigit(text.charAt(to))) {
            lowered = null;
            to = pieces.end[k++];
          } else if (k + 1 < pieces.size && pieces.start[k] == to && pieces.end[k] == to + 1
              && pieces.start[k + 1] == to + 1 && Character.isLetterOrDigit(text.charAt(to + 1))
              && isJoiner(text.charAt(to)) && joins(text, from, to, text.charAt(to))) {
            lowered = null;
            to = pieces.end[k + 1];
            k += 2;
          } else {
            break;
          }
        }
        // "U.S." keeps its last dot when the word is a dotted abbreviation
        if (k < pieces.size && pieces.start[k] == to && text.charAt(to) == '.' && to - from >= 3
            && text.charAt(to - 2) == '.') {
          lowered = null;
          to++;
          k++;
        }
      } else if ((c == '\'' || c == '\u2019') && k + 1 < pieces.size && pieces.start[k + 1] == from + 1
          && pieces.end[k + 1] == from + 2 && (text.charAt(from + 1) == 's' || text.charAt(from + 1) == 'S')
          && (from + 2 >= end || !Character.isLetterOrDigit(text.charAt(from + 2)))) {
        to = from + 2;
        k += 2;
      } else {
        to = pieces.end[k++];
      }
      if (lowered != null) {
        // one fine token: its word is this one lower-cased already (FineTokens.readWord), and, when written in lower
        // case, the very text; neither is lower-cased again, and a capitalised word is copied once for its spelling
        if (lowered.length() == to - from && text.regionMatches(from, lowered, 0, lowered.length())) {
          out.add(new Token(lowered, lowered.replace('\u2019', '\''), from, to));
        } else {
          out.add(new Token(text.substring(from, to), lowered.replace('\u2019', '\''), from, to));
        }
        continue;
      }
      String word = text.substring(from, to);
      out.add(new Token(word, word.toLowerCase(Locale.ROOT).replace('\u2019', '\''), from, to));
    }
    return out;
  }

  private static boolean isJoiner(char c) {
    return c == '-' || c == '.' || c == ',' || c == '\'' || c == '\u2019';
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

  /**
   * The fine tokens as stretches without spaces: a figure grouped by spaces ("12 100", one count) is as many
   * stretches as it has groups, since words never hold a space.
   */
  private static final class Pieces {
    int size;
    int[] start;
    int[] end;
    /** A piece that is a whole fine word: that word, lower-cased by {@link FineTokens}; else null. */
    String[] word;

    static Pieces of(FineTokens fine) {
      Pieces pieces = new Pieces();
      pieces.start = new int[fine.size() + 4];
      pieces.end = new int[pieces.start.length];
      pieces.word = new String[pieces.start.length];
      String text = fine.text();
      for (int i = 0; i < fine.size(); i++) {
        int from = fine.start(i);
        int to = fine.end(i);
        if (fine.kind(i) == FineTokens.NUMBER) {
          for (int j = from; j < to; j++) {
            char c = text.charAt(j);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
              pieces.add(from, j);
              from = j + 1;
            }
          }
        }
        pieces.add(from, to);
        if (fine.kind(i) == FineTokens.WORD) {
          pieces.word[pieces.size - 1] = fine.word(i);
        }
      }
      return pieces;
    }

    private void add(int from, int to) {
      if (size == start.length) {
        start = Arrays.copyOf(start, size * 2);
        end = Arrays.copyOf(end, size * 2);
        word = Arrays.copyOf(word, size * 2);
      }
      start[size] = from;
      end[size] = to;
      size++;
    }
  }
}
