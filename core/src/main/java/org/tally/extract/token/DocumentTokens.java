package org.tally.extract.token;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.tally.model.Span;

/**
 * A document's one token stream: the whole text tokenised once, so that every finder reads the same tokens and
 * a stretch of the text (a section, a sentence) is a slice of them, found by binary search, never tokenised again.
 * The words are made of the {@link FineTokens} the count grammar reads, so the text is scanned once for both.
 */
public final class DocumentTokens {
  private final String text;
  private final FineTokens fine;
  private final List<Token> tokens;
  private final int[] starts;
  private final int[] ends;
  /** Readings of the whole document that more than one stage needs, by who reads them. */
  private final Map<Object, Object> readings = new HashMap<>();

  private DocumentTokens(FineTokens fine) {
    this.text = fine.text();
    this.fine = fine;
    this.tokens = List.copyOf(Tokenizer.words(fine, text.length()));
    this.starts = new int[this.tokens.size()];
    this.ends = new int[this.tokens.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = this.tokens.get(i).start();
      ends[i] = this.tokens.get(i).end();
    }
  }

  public static DocumentTokens of(String text) {
    return new DocumentTokens(FineTokens.scan(text, 0, text.length()));
  }

  /** The finest tokens the words are made of: what the count grammar reads. */
  public FineTokens fine() {
    return fine;
  }

  public String text() {
    return text;
  }

  public int size() {
    return starts.length;
  }

  public Token get(int i) {
    return tokens.get(i);
  }

  /** The index of the first token that starts at or after {@code offset}. */
  public int firstFrom(int offset) {
    return firstAtLeast(starts, 0, starts.length, offset);
  }

  /** The index after the last token that ends at or before {@code offset}, at or after {@code from}. */
  public int endBy(int from, int offset) {
    return firstAtLeast(ends, from, ends.length, offset + 1);
  }

  /**
   * The first index in {@code [from, to)} of rising {@code offsets} that holds {@code at} or more: tokens neither
   * overlap nor are empty, so their starts and their ends each rise strictly.
   */
  public static int firstAtLeast(int[] offsets, int from, int to, int at) {
    int found = Arrays.binarySearch(offsets, from, to, at);
    return found >= 0 ? found : -found - 1;
  }

  /**
   * The reading {@code reader} makes of the whole document, made on the first request and shared by every later one:
   * extraction and resolution both need, say, the actors the document names, and the text is read for them once.
   * Confined, like the document's analysis, to one thread.
   */
  @SuppressWarnings("unchecked")
  public <T> T once(Object reader, Supplier<T> read) {
    Object found = readings.get(reader);
    if (found == null) {
      found = read.get();
      readings.put(reader, found);
    }
    return (T) found;
  }

  /** The tokens that lie wholly inside {@code range}, as a view. */
  public List<Token> in(Span range) {
    int from = firstFrom(range.start());
    return tokens.subList(from, Math.max(from, endBy(from, range.end())));
  }
}
