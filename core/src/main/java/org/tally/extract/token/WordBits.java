package org.tally.extract.token;

import java.util.Arrays;

/**
 * One bit per word hash (a String keeps its hash once worked out): a clear bit says a word is not among those added
 * without probing a hash table, whose entries lie scattered in memory. Most words of a text are in no lexicon, so
 * this answer is the usual one. A set bit says only "maybe".
 *
 * <p>The bits are sized to the words added, {@value #BITS_PER_WORD} a word: a document's words are asked of some fifty
 * of these filters in turn, and fixed 8-kilobyte filters (400 kilobytes in all) were read from beyond the processor's
 * nearer caches, where filters of a lexicon's size (a few hundred bytes for most) stay in them.
 */
public final class WordBits {
  /** About two words in a hundred that were never added find their bit set. */
  private static final int BITS_PER_WORD = 64;
  private static final int MOST_BITS = 1 << 20;

  private long[] bits = new long[1];
  private int mask = 63;
  /** The hashes of the words added, to file them again when the bits grow: filled while lexicons load. */
  private int[] hashes = new int[8];
  private int size;

  public void add(String word) {
    int hash = word.hashCode();
    if (size == hashes.length) {
      hashes = Arrays.copyOf(hashes, size * 2);
    }
    hashes[size++] = hash;
    long wanted = (long) size * BITS_PER_WORD;
    if (wanted > mask + 1L && mask + 1 < MOST_BITS) {
      int length = Integer.highestOneBit((int) Math.min(MOST_BITS, wanted) - 1) << 1;
      bits = new long[Math.max(1, length / 64)];
      mask = bits.length * 64 - 1;
      for (int i = 0; i < size; i++) {
        set(hashes[i]);
      }
    } else {
      set(hash);
    }
  }

  /** False when {@code word} was surely never added. */
  public boolean mayHold(String word) {
    int bit = bit(word.hashCode());
    return (bits[bit >>> 6] & (1L << bit)) != 0;
  }

  private void set(int hash) {
    int bit = bit(hash);
    bits[bit >>> 6] |= 1L << bit;
  }

  private int bit(int hash) {
    return (hash ^ (hash >>> 16)) & mask;
  }
}
