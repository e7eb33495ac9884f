package org.tally.extract;

import java.util.List;
import org.tally.extract.token.Token;

/**
 * Where a count's character offsets fall among a sentence's tokens, and the words of a run of tokens as written. Tokens
 * are in text order, so each lookup is a binary search over their starts or ends.
 */
final class TokenSpans {
  private TokenSpans() {}

  /** The index of the token that starts at {@code offset}; -1 when none does. */
  static int tokenStartingAt(List<Token> tokens, int offset) {
    int i = firstTokenFrom(tokens, offset);
    return i < tokens.size() && tokens.get(i).start() == offset ? i : -1;
  }

  /** The index after the token that ends at {@code offset}; -1 when the count ends inside a word ("12-year-old"). */
  static int tokenEndingAt(List<Token> tokens, int offset) {
    int low = 0;
    int high = tokens.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (tokens.get(mid).end() < offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low < tokens.size() && tokens.get(low).end() == offset ? low + 1 : -1;
  }

  /** The index of the first token that starts at or after {@code offset}; the number of tokens when none does. */
  static int firstTokenFrom(List<Token> tokens, int offset) {
    int low = 0;
    int high = tokens.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (tokens.get(mid).start() < offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** The words of tokens {@code [from, to)} as written, one space where the text had any. */
  static String words(List<Token> tokens, int from, int to) {
    StringBuilder text = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from && tokens.get(i).start() > tokens.get(i - 1).end()) {
        text.append(' ');
      }
      text.append(tokens.get(i).text());
    }
    return text.toString();
  }
}
