package org.tally.facts;

import java.util.Map;

/**
 * A fixed map from words to values that is asked with a stretch of a text and that stretch's String hash, so that
 * a lookup per word of a text allocates nothing. Open addressing over a power-of-two table.
 */
final class WordTable {
  private final String[] keys;
  private final int[][] values;
  private final int mask;

  WordTable(Map<String, int[]> entries) {
    int size = Integer.highestOneBit(Math.max(4, entries.size() * 2)) * 2;
    keys = new String[size];
    values = new int[size][];
    mask = size - 1;
    entries.forEach((word, value) -> {
      int slot = spread(word.hashCode()) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = word;
      values[slot] = value;
    });
  }

  /** The value of {@code text[start, end)}, whose {@link String#hashCode()} is {@code hash}; null when absent. */
  int[] get(String text, int start, int end, int hash) {
    int length = end - start;
    for (int slot = spread(hash) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
      String key = keys[slot];
      if (key.length() == length && key.hashCode() == hash && text.regionMatches(start, key, 0, length)) {
        return values[slot];
      }
    }
    return null;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
