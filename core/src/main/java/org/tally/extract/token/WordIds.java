package org.tally.extract.token;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers for the words the word sets and phrase tries hold (issue 9: a document's words are looked up once). A token
 * takes its word's number when its document is read; a set or trie then answers "is this token one of mine?" by one
 * bit of its own, where it would otherwise probe a table by the word's text, once per set asked. Most words of a text
 * are in no set and have no number: for them every such question is answered from the token alone.
 *
 * <p>Shared by every lexicon of the process and never shrinks; lexicons built with a row left out number the same
 * words again, so it stays the size of the vocabulary the lexicon files use. Numbers are handed out one at a time
 * under a lock and {@link #numbered()} is raised only after the word is in the table, so a reader that saw the count
 * at {@code n} also sees every word numbered below {@code n}.
 */
public final class WordIds {
  /** A word that had no number when its token was made. */
  public static final int NONE = -1;

  private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();
  private static volatile int numbered;

  private WordIds() {}

  /** The word's number, giving it the next one if it has none yet. */
  static synchronized int add(String word) {
    Integer id = IDS.get(word);
    if (id == null) {
      id = numbered;
      IDS.put(word, id);
      numbered = id + 1;
    }
    return id;
  }

  /** How many words have numbers: a word looked up after this was read, and not found, had none at that count. */
  static int numbered() {
    return numbered;
  }

  /** The word's number, or {@link #NONE}. */
  static int of(String word) {
    Integer id = IDS.get(word);
    return id == null ? NONE : id;
  }

  /** Sets the bit of {@code id} in {@code bits}, grown as needed; returns the array that holds it. */
  static long[] withBit(long[] bits, int id) {
    int word = id >>> 6;
    long[] out = word < bits.length ? bits : java.util.Arrays.copyOf(bits, Math.max(word + 1, bits.length * 2));
    out[word] |= 1L << id;
    return out;
  }

  /** Whether {@code bits} has the bit of {@code id} (not {@link #NONE}). */
  static boolean hasBit(long[] bits, int id) {
    int word = id >>> 6;
    return word < bits.length && (bits[word] & (1L << id)) != 0;
  }
}
