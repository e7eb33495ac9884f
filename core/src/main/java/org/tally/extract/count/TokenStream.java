package org.tally.extract.count;

import org.tally.extract.token.FineTokens;
import org.tally.extract.token.PhraseTrie;

/**
 * The count grammar's view of a stretch of {@link FineTokens}: words, figures, dashes and other marks, indexed from
 * the stretch's first token, so the grammar never re-scans characters. A document's tokens are scanned once, and
 * each sentence read as a window of them. Offsets are into the whole text.
 */
final class TokenStream implements PhraseTrie.Words {
  final String text;
  private final FineTokens fine;
  /** The window's first token in the fine tokens it shares. */
  private final int offset;
  private final int size;

  private TokenStream(FineTokens fine, int offset, int size) {
    this.text = fine.text();
    this.fine = fine;
    this.offset = offset;
    this.size = size;
  }

  /** The tokens of {@code text} in characters {@code [from, to)}, scanned now: for a phrase or a lone stretch. */
  static TokenStream scan(String text, int from, int to) {
    FineTokens fine = FineTokens.scan(text, from, to);
    return new TokenStream(fine, 0, fine.size());
  }

  /** The tokens that lie wholly in characters {@code [from, to)}, indexed from 0: a sentence of a scanned document. */
  static TokenStream window(FineTokens fine, int from, int to) {
    int first = fine.firstFrom(from);
    int stop = Math.max(first, fine.endBy(first, to));
    return new TokenStream(fine, first, stop - first);
  }

  int size() {
    return size;
  }

  int start(int i) {
    return fine.start(at(i));
  }

  int end(int i) {
    return fine.end(at(i));
  }

  boolean isNumber(int i) {
    return i >= 0 && i < size && fine.kind(offset + i) == FineTokens.NUMBER;
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && fine.kind(offset + i) == FineTokens.WORD;
  }

  boolean isDash(int i) {
    return i >= 0 && i < size && fine.kind(offset + i) == FineTokens.DASH;
  }

  /** The lower-cased word, "-" for any dash, or null for numbers, other marks and positions past the end. */
  @Override
  public String word(int i) {
    return i >= 0 && i < size ? fine.word(offset + i) : null;
  }

  /** The whole-number value; -1 when too long to be a count, -2 when the number has a fraction ("2.5"). */
  long integer(int i) {
    return fine.integer(at(i));
  }

  /** The value read with a decimal point ("1.2", and "1.319" read as a decimal), or NaN when none. */
  double decimal(int i) {
    return fine.decimal(at(i));
  }

  /** True when token {@code i} follows token {@code i - 1} with nothing between them ("forty-two", "Su-24"). */
  boolean glued(int i) {
    return i > 0 && i < size && fine.start(offset + i) == fine.end(offset + i - 1);
  }

  /** The character just before token {@code i} in the text, or a space at the start. */
  char charBefore(int i) {
    int s = fine.start(at(i));
    return s > 0 ? text.charAt(s - 1) : ' ';
  }

  /** The character just after token {@code i} in the text, or a space at the end. */
  char charAfter(int i) {
    int e = fine.end(at(i));
    return e < text.length() ? text.charAt(e) : ' ';
  }

  /** Token {@code i} of the window in the fine tokens; outside the window is an error, as past an array's end. */
  private int at(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("token " + i + " of " + size);
    }
    return offset + i;
  }
}
