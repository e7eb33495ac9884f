package org.tally.extract.actor;

import java.util.List;
import java.util.function.IntPredicate;
import org.tally.extract.token.Token;
import org.tally.extract.token.WordSet;

/**
 * A description set off by commas right after a name: "Fighters from Hayat Tahrir al-Sham, an alliance led by
 * Al-Qaeda's former Syrian branch, killed nine" (attr27, attribution-written-9 r29). The name stays the subject of the
 * verb after the description, as it does past a bracketed aside.
 */
final class Appositives {
  /** The most tokens a description may hold between its commas. */
  private static final int REACH = 14;
  private static final WordSet OPENERS = WordSet.of("a", "an", "the");

  private Appositives() {}

  /**
   * The token after a description that opens at {@code from} with a comma and an article and closes with a comma,
   * else {@code from}. A description that says something ({@code says} at one of its tokens: "the army, the monitor
   * said, shelled") is a clause, not a description.
   */
  static int after(List<Token> tokens, int from, IntPredicate says) {
    if (from + 2 >= tokens.size() || !tokens.get(from).is(",") || !OPENERS.contains(tokens.get(from + 1).lower())) {
      return from;
    }
    for (int i = from + 2; i < Math.min(tokens.size(), from + REACH); i++) {
      Token t = tokens.get(i);
      if (t.is(",")) {
        return i + 1;
      }
      if (!(t.isWord() || t.is("'s") || t.is("'") || t.is("-")) || says.test(i)) {
        return from;
      }
    }
    return from;
  }
}
