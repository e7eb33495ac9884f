package org.tally.extract.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lexicon phrases keyed by their lower-cased tokens: finds the longest phrase starting at a token
 * in time proportional to the phrase's length, never by scanning the lexicon.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseTrie<V> {
  /** A phrase found in a token list: tokens {@code [from, to)} and its value. */
  public record Match<V>(int from, int to, V value) {}

  private static final class Node<V> {
    final ChildTable<Node<V>> next = new ChildTable<>();
    V value;
    boolean caseSensitive;
    String exact;
  }

  private final Node<V> root = new Node<>();
  /** Most tokens open no phrase: a clear bit says so without probing the root's children. */
  private final WordBits firstWords = new WordBits();

  /** Adds a phrase; when {@code caseSensitive}, it matches only as written ("US", "IS", "WHO"). */
  public void add(String phrase, V value, boolean caseSensitive) {
    Node<V> node = root;
    List<Token> words = Tokenizer.tokens(phrase, new org.tally.model.Span(0, phrase.length()));
    if (!words.isEmpty()) {
      firstWords.add(words.get(0).lower());
    }
    for (Token word : words) {
      node = node.next.computeIfAbsent(word.lower(), Node::new);
    }
    node.value = value;
    node.caseSensitive = caseSensitive;
    node.exact = caseSensitive ? phrase : null;
  }

  public void add(String phrase, V value) {
    add(phrase, value, false);
  }

  /**
   * Adds a phrase already split into the words it will be looked up by (the count grammar's fine tokens: "at",
   * "least"); false when the phrase was there already, for the caller to report the duplicate.
   */
  public boolean add(List<String> words, V value) {
    if (!words.isEmpty()) {
      firstWords.add(words.get(0));
    }
    Node<V> node = root;
    for (String word : words) {
      node = node.next.computeIfAbsent(word, Node::new);
    }
    boolean fresh = node.value == null;
    node.value = value;
    return fresh;
  }

  /** Words looked up one by one: a word, or null where none can be part of a phrase (a figure, past the end). */
  public interface Words {
    String word(int i);
  }

  /** Every phrase that starts at word {@code from}, longest first. */
  public List<Match<V>> matchesAt(Words words, int from) {
    String first = words.word(from);
    if (first == null || !firstWords.mayHold(first)) {
      return List.of();
    }
    List<Match<V>> hits = List.of();
    Node<V> node = root;
    for (int i = from; ; i++) {
      String w = i == from ? first : words.word(i);
      node = w == null ? null : node.next.get(w);
      if (node == null) {
        return hits;
      }
      if (node.value != null) {
        if (hits.isEmpty()) {
          hits = new ArrayList<>(2);
        }
        hits.add(0, new Match<>(from, i + 1, node.value));
      }
    }
  }

  /** The longest phrase that starts at token {@code from}. */
  public Optional<Match<V>> longestAt(List<Token> tokens, int from) {
    return Optional.ofNullable(longest(tokens, from));
  }

  /** The first phrase in the tokens, the longest starting there: what {@link #findAll} lists first. */
  public Optional<Match<V>> first(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      Match<V> match = longest(tokens, i);
      if (match != null) {
        return Optional.of(match);
      }
    }
    return Optional.empty();
  }

  /** Every longest, non-overlapping phrase in the tokens, left to right. */
  public List<Match<V>> findAll(List<Token> tokens) {
    List<Match<V>> out = List.of();
    int i = 0;
    while (i < tokens.size()) {
      Match<V> match = longest(tokens, i);
      if (match != null) {
        if (out.isEmpty()) {
          out = new ArrayList<>();
        }
        out.add(match);
        i = match.to();
      } else {
        i++;
      }
    }
    return out;
  }

  private Match<V> longest(List<Token> tokens, int from) {
    if (from >= tokens.size() || !firstWords.mayHold(tokens.get(from).lower())) {
      return null;
    }
    Node<V> node = root;
    Match<V> best = null;
    for (int i = from; i < tokens.size(); i++) {
      node = node.next.get(tokens.get(i).lower());
      if (node == null) {
        break;
      }
      if (node.value != null && (!node.caseSensitive || writtenAs(tokens, from, i + 1, node.exact))) {
        best = new Match<>(from, i + 1, node.value);
      }
    }
    return best;
  }

  /** The lower-cased first words of the phrases: a token that is none of them opens no phrase. */
  public java.util.Set<String> firstWords() {
    return java.util.Collections.unmodifiableSet(root.next.words());
  }

  /**
   * True when the tokens, joined by one space where the text had any, read exactly {@code exact}: compared in place,
   * since "is" and "us" meet the case-sensitive "IS" and "US" at every turn.
   */
  private static boolean writtenAs(List<Token> tokens, int from, int to, String exact) {
    int at = 0;
    for (int i = from; i < to; i++) {
      if (i > from && tokens.get(i).start() > tokens.get(i - 1).end()) {
        if (at >= exact.length() || exact.charAt(at++) != ' ') {
          return false;
        }
      }
      String text = tokens.get(i).text();
      if (!exact.startsWith(text, at)) {
        return false;
      }
      at += text.length();
    }
    return at == exact.length();
  }
}
