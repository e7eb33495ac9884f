package org.tally.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.tally.extract.token.Token;
import org.tally.extract.token.WordSet;
import org.tally.model.Harm;

/**
 * "leading to the death of a woman and her child from suffocation": the people listed after a harm noun and "of" ("the
 * death of", "the killing of", harm-cues.tsv's before-cues) all suffer that noun's harm; a cause told after the last
 * member ("from suffocation", "from their wounds") is how they died, not a harm of the last one alone. The finder read
 * the last member's harm from the cause after it (20m's 1919191753: "her child" injured).
 */
final class HarmOfLists {
  private static final WordSet POSSESSIVES = WordSet.of("his", "her", "their");

  private HarmOfLists() {}

  /**
   * {@code found} with the members joined by "and" or a comma to a count opened by a harm noun's "of" given that
   * noun's harm, unless a harm word inside the member says its own ({@code harmWord}). {@code harmOf} gives the harm
   * of a "NOUN of" cue ending right before a token, if any.
   */
  static List<Casualty> shared(List<Token> tokens, List<Casualty> found, IntFunction<Optional<Harm>> harmOf,
      IntPredicate harmWord) {
    List<Casualty> out = new ArrayList<>(found);
    for (int i = 0; i < out.size(); i++) {
      Casualty first = out.get(i);
      if (first.from() < 1 || !tokens.get(first.from() - 1).is("of")) {
        continue;
      }
      Optional<Harm> harm = harmOf.apply(first.from());
      if (harm.isEmpty() || harm.get() != first.harm()) {
        continue;
      }
      Casualty previous = first;
      for (int k = i + 1; k < out.size(); k++) {
        Casualty next = out.get(k);
        if (!joined(tokens, previous, next)) {
          break;
        }
        // "bodies of two martyrs and several injured civilians": a member with a harm word of its own keeps it
        if (next.harm() != harm.get() && !ownHarm(next, harmWord)) {
          out.set(k, new Casualty(harm.get(), next.victims(), next.count(), next.countText(), next.from(), next.to(),
              next.headEnd()));
        }
        previous = out.get(k);
      }
    }
    return out;
  }

  private static boolean ownHarm(Casualty c, IntPredicate harmWord) {
    for (int j = c.from(); j < c.headEnd(); j++) {
      if (harmWord.test(j)) {
        return true;
      }
    }
    return false;
  }

  /** "a woman and her child", "two men, a woman and a child": the next member right after "and", a comma, or "and her". */
  private static boolean joined(List<Token> tokens, Casualty previous, Casualty next) {
    int at = previous.headEnd();
    if (at >= tokens.size() || !(tokens.get(at).is("and") || tokens.get(at).is(","))) {
      return false;
    }
    int gap = next.from() - at;
    return gap == 1 || gap == 2 && POSSESSIVES.contains(tokens.get(next.from() - 1).lower());
  }
}
