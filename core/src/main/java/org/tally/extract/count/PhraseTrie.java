package org.tally.extract.count;

import java.util.ArrayList;
import java.util.List;
import org.tally.extract.token.ChildTable;

/**
 * Phrases of lower-cased tokens ("at", "least"), looked up token by token from a position in a {@link TokenStream}:
 * one probe of a {@link ChildTable} per token, whatever the number of phrases.
 *
 * @param <T> what a phrase stands for
 */
final class PhraseTrie<T> {
  /** A phrase found in the token stream, ending before token {@code end}. */
  record Hit<T>(T value, int end) {}

  private final ChildTable<PhraseTrie<T>> next = new ChildTable<>();
  private T value;

  /** Adds a phrase; false when the phrase was already there (the caller reports the duplicate). */
  boolean add(List<String> tokens, T phraseValue) {
    PhraseTrie<T> node = this;
    for (String token : tokens) {
      node = node.next.computeIfAbsent(token, PhraseTrie::new);
    }
    boolean fresh = node.value == null;
    node.value = phraseValue;
    return fresh;
  }

  /** The words a phrase may start with. */
  java.util.Set<String> firstWords() {
    return next.words();
  }

  /** Every phrase that starts at token {@code i}, longest first. */
  List<Hit<T>> matchesAt(TokenStream tokens, int i) {
    List<Hit<T>> hits = List.of();
    PhraseTrie<T> node = this;
    for (int j = i; j < tokens.size(); j++) {
      String w = tokens.word(j);
      node = w == null ? null : node.next.get(w);
      if (node == null) {
        break;
      }
      if (node.value != null) {
        if (hits.isEmpty()) {
          hits = new ArrayList<>(2);
        }
        hits.add(0, new Hit<>(node.value, j + 1));
      }
    }
    return hits;
  }

  /** The longest phrase that starts at token {@code i}, or null. */
  Hit<T> longestAt(TokenStream tokens, int i) {
    List<Hit<T>> hits = matchesAt(tokens, i);
    return hits.isEmpty() ? null : hits.get(0);
  }
}
