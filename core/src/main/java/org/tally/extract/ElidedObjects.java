package org.tally.extract;

import java.util.List;
import java.util.Optional;
import org.tally.extract.harm.HarmCues;
import org.tally.extract.token.Token;

/**
 * "Police killed 31 insurgents, wounded 12 and arrested 47": a verb that takes only people as its object ("arrested",
 * "detained") before a bare figure that ends its clause, after people counted earlier in the sentence, counts those
 * people too; its noun is left out because it was told once. Without the people before ("seized 56") or with a noun of
 * its own the figure is no such object (issue 11, releases27).
 */
final class ElidedObjects {
  private ElidedObjects() {}

  static Optional<HarmCues.Cue> cue(HarmCues harms, List<Token> tokens, int from, int to, Casualty previous) {
    if (previous == null || previous.victims() == null || previous.to() > from) {
      return Optional.empty();
    }
    boolean endsClause = to >= tokens.size() || !tokens.get(to).isWord() || tokens.get(to).is("and");
    if (!endsClause) {
      return Optional.empty();
    }
    return harms.before(tokens, from, true).filter(c -> c.to() == from && !c.hedged());
  }
}
