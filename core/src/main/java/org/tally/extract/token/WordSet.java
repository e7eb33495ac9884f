package org.tally.extract.token;

import java.util.Set;

/**
 * A fixed handful of words (most lower-cased) that rules ask about token after token ("that", "which", "who" closing a
 * clause). An open-addressing table about sixteen times the words' number, indexed by the word's own hash (a String
 * keeps its hash once worked out): a word that is none of them nearly always finds its slot empty, and one that is
 * finds itself there at once, where {@code Set.of} works out a slot by a division first. A few cache lines, as dozens
 * of these sets are asked in turn.
 */
public final class WordSet {
  private final String[] slots;
  private final int mask;
  private final Set<String> words;

  private WordSet(Set<String> words) {
    this.words = words;
    int size = Integer.highestOneBit(Math.max(64, words.size() * 16) - 1) << 1;
    this.slots = new String[size];
    this.mask = size - 1;
    for (String word : words) {
      int i = slot(word);
      while (slots[i] != null) {
        i = (i + 1) & mask;
      }
      slots[i] = word;
    }
  }

  public static WordSet of(String... words) {
    return new WordSet(Set.of(words));
  }

  public static WordSet copyOf(java.util.Collection<String> words) {
    return new WordSet(Set.copyOf(words));
  }

  public boolean contains(String word) {
    for (int i = slot(word); ; i = (i + 1) & mask) {
      String slot = slots[i];
      if (slot == null) {
        return false;
      }
      if (slot.equals(word)) {
        return true;
      }
    }
  }

  /** The words, for callers that must list them. */
  public Set<String> words() {
    return words;
  }

  private int slot(String word) {
    int h = word.hashCode();
    return (h ^ (h >>> 16)) & mask;
  }
}
