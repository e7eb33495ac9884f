package org.tally.extract.token;

import java.util.Set;

/**
 * A fixed handful of words (most lower-cased) that rules ask about token after token ("that", "which", "who" closing a
 * clause): most tokens are none of them, and a clear bit of the words' hashes (a String keeps its hash once worked
 * out) says so at once, where {@code Set.of} works out a slot by a division and compares a string there. The bits
 * take a few cache lines, not the 8 KB of a {@link WordBits}, as dozens of these sets are asked in turn.
 */
public final class WordSet {
  private final long[] bits;
  private final int mask;
  private final Set<String> words;

  private WordSet(Set<String> words) {
    this.words = words;
    // about sixteen bits a word, so a word outside the set finds its bit set about once in sixteen
    int size = Integer.highestOneBit(Math.max(64, words.size() * 16) - 1) << 1;
    this.bits = new long[size / 64];
    this.mask = size - 1;
    for (String word : words) {
      int bit = bit(word);
      bits[bit >>> 6] |= 1L << bit;
    }
  }

  public static WordSet of(String... words) {
    return new WordSet(Set.of(words));
  }

  public boolean contains(String word) {
    int bit = bit(word);
    return (bits[bit >>> 6] & (1L << bit)) != 0 && words.contains(word);
  }

  /** The words, for callers that must list them. */
  public Set<String> words() {
    return words;
  }

  private int bit(String word) {
    int h = word.hashCode();
    return (h ^ (h >>> 16)) & mask;
  }
}
