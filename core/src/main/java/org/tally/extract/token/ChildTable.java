package org.tally.extract.token;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A trie node's children by word. Open addressing over the words' own cached hash codes: a probe reads two arrays and,
 * only when the hashes agree, one string, where a {@code HashMap} follows an entry object first. Tokens are looked up
 * in several dozen tries, so this probe is among the most frequent steps of a document's reading. Filled while the
 * lexicons load, read-only afterwards.
 *
 * @param <N> the child nodes
 */
public final class ChildTable<N> {
  // most nodes are the last word of a phrase and have no children: their table stays these shared empty arrays
  private static final String[] NO_WORDS = {};
  private static final int[] NO_HASHES = {};
  private static final Object[] NO_CHILDREN = {};

  private String[] words = NO_WORDS;
  private int[] hashes = NO_HASHES;
  private Object[] children = NO_CHILDREN;
  private int size;

  @SuppressWarnings("unchecked")
  public N get(String word) {
    if (size == 0) {
      return null;
    }
    int[] slotHashes = hashes;
    int hash = stored(word.hashCode());
    int mask = slotHashes.length - 1;
    for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
      // the hashes alone tell an empty slot and most other words: the words and children are read only on a match
      int h = slotHashes[i];
      if (h == 0) {
        return null;
      }
      if (h == hash) {
        String key = words[i];
        if (key == word || key.equals(word)) {
          return (N) children[i];
        }
      }
    }
  }

  public N computeIfAbsent(String word, Supplier<N> make) {
    N found = get(word);
    if (found != null) {
      return found;
    }
    N made = make.get();
    if ((size + 1) * 2 > words.length) {
      grow();
    }
    put(word, made);
    return made;
  }

  /** The words, in no particular order. */
  public Set<String> words() {
    Set<String> out = new LinkedHashSet<>();
    for (String word : words) {
      if (word != null) {
        out.add(word);
      }
    }
    return out;
  }

  /** A word's hash as its slot keeps it: never 0, which marks an empty slot. */
  private static int stored(int hash) {
    return hash == 0 ? 1 : hash;
  }

  private void put(String word, Object child) {
    int hash = stored(word.hashCode());
    int mask = words.length - 1;
    int i = spread(hash) & mask;
    while (words[i] != null) {
      i = (i + 1) & mask;
    }
    words[i] = word;
    hashes[i] = hash;
    children[i] = child;
    size++;
  }

  private void grow() {
    String[] oldWords = words;
    Object[] oldChildren = children;
    words = new String[Math.max(2, oldWords.length * 2)];
    hashes = new int[words.length];
    children = new Object[words.length];
    size = 0;
    for (int i = 0; i < oldWords.length; i++) {
      if (oldWords[i] != null) {
        put(oldWords[i], oldChildren[i]);
      }
    }
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
