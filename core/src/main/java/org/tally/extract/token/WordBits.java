package org.tally.extract.token;

/**
 * One bit per word hash (a String keeps its hash once worked out): a clear bit says a word is not among those added
 * without probing a hash table, whose entries lie scattered in memory. Most words of a text are in no lexicon, so
 * this answer is the usual one. A set bit says only "maybe".
 */
public final class WordBits {
  private static final int BITS = 1 << 16;
  private final long[] bits = new long[BITS / 64];

  public void add(String word) {
    int bit = bit(word);
    bits[bit >>> 6] |= 1L << bit;
  }

  /** False when {@code word} was surely never added. */
  public boolean mayHold(String word) {
    int bit = bit(word);
    return (bits[bit >>> 6] & (1L << bit)) != 0;
  }

  private static int bit(String word) {
    int h = word.hashCode();
    return (h ^ (h >>> 16)) & (BITS - 1);
  }
}
