package org.tally.resolve.place;

import java.util.List;
import org.tally.extract.token.Token;
import org.tally.extract.token.Tokenizer;
import org.tally.model.Span;

/** The tokens of a stretch of text with each token's name-key pieces, computed once. */
final class PlaceTokens {
  private final String text;
  private final List<Token> tokens;
  private final String[] pieces;

  PlaceTokens(String text, Span range) {
    this.text = text;
    this.tokens = Tokenizer.tokens(text, range);
    this.pieces = new String[tokens.size()];
  }

  String text() {
    return text;
  }

  int size() {
    return tokens.size();
  }

  Token get(int i) {
    return tokens.get(i);
  }

  /** The lower-cased word at {@code i}, or "" outside the list. */
  String lower(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i).lower() : "";
  }

  boolean isWord(int i) {
    return i >= 0 && i < tokens.size() && tokens.get(i).isWord();
  }

  String pieces(int i) {
    if (pieces[i] == null) {
      pieces[i] = NameKey.pieces(tokens.get(i).text());
    }
    return pieces[i];
  }

  /** True when a line break or sentence punctuation lies between token {@code i - 1} and {@code i}. */
  boolean startsSentence(int i) {
    if (i == 0) {
      return true;
    }
    Token before = tokens.get(i - 1);
    if (!before.isWord() && ".!?:;\"“”()[]|—–-".indexOf(before.text().charAt(0)) >= 0) {
      return true;
    }
    return text.substring(before.end(), tokens.get(i).start()).indexOf('\n') >= 0;
  }

  Span span(int from, int to) {
    return new Span(tokens.get(from).start(), tokens.get(to - 1).end());
  }
}
