package org.tally.extract;

import org.tally.extract.token.WordSet;

/**
 * The closed-class words (determiners, possessives, passive auxiliaries) that several of the casualty rules ask about
 * around a count or a people noun: grammar, not words a casualty recorder would edit.
 */
final class FunctionWords {
  private FunctionWords() {}

  /** Words that count one person themselves: "a man", "another". */
  static final WordSet ARTICLES = WordSet.of("a", "an", "another", "one");
  /** Words that open a phrase pointing elsewhere than a new count: "the wounded civilians", "their sons". */
  static final WordSet DETERMINERS = WordSet.of("the", "these", "those", "their", "his", "her", "its", "of",
      "other", "our", "some", "any", "no", "all", "both", "many", "several", "few", "two");
  /** Words that point back to people told before: "the two associates". */
  static final WordSet ANAPHORIC = WordSet.of("the", "these", "those");
  /** Possessives that join kin to a person: "a woman and her daughter". */
  static final WordSet POSSESSIVES = WordSet.of("his", "her", "their", "its");
  /** Auxiliaries of a passive: "was wounded", "were detained", "have been killed". */
  static final WordSet PASSIVE_AUXILIARIES = WordSet.of("was", "were", "been", "being", "is", "are");
}
