package org.tally.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tally.extract.token.Token;
import org.tally.model.Victims;

/**
 * "SNHR documented the killing of 236 civilians ..., including 61 children and 27 women. Regime forces killed 128 of
 * them": "of them" that opens its sentence's counting points back to the toll of the sentence before, the largest
 * people counted there (not its last breakdown), and its people are of that toll's kind (issue 11, count29:
 * count-written-8's a14). Within one sentence "of them" already takes the people before it (CasualtyFinder).
 */
final class ThemOfBefore {
  private ThemOfBefore() {}

  /** {@code found} with a first "N of them" of unnamed kind given the kind of the sentence before's toll. */
  static CasualtyFinder.Found apply(List<Token> tokens, PronounObjects.Sentence before, CasualtyFinder.Found found) {
    if (before == null || found.casualties().isEmpty()) {
      return found;
    }
    Casualty first = found.casualties().get(0);
    if (first.victims() != Victims.PEOPLE || !ofThem(tokens, first.to())) {
      return found;
    }
    Optional<PronounObjects.Antecedent> toll = before.counted().values().stream()
        .filter(a -> a.counted() && a.count().min() != null && a.victims() != null)
        .max(Comparator.comparingInt((PronounObjects.Antecedent a) -> a.count().min()));
    if (toll.isEmpty() || toll.get().victims() == Victims.PEOPLE
        || first.count().min() == null || first.count().min() > toll.get().count().min()) {
      return found;
    }
    List<Casualty> out = new ArrayList<>(found.casualties());
    out.set(0, new Casualty(first.harm(), toll.get().victims(), first.count(), first.countText(), first.from(),
        first.to(), first.headEnd()));
    return new CasualtyFinder.Found(out, found.attacks(), found.vague(), found.anaphoric(), found.sentence(),
        found.bare(), found.added(), found.others());
  }

  /** Whether "of them" ends the casualty's tokens (its count and the people it names) at {@code to}, or follows them. */
  private static boolean ofThem(List<Token> tokens, int to) {
    return to >= 2 && tokens.get(to - 2).is("of") && tokens.get(to - 1).is("them")
        || to + 1 < tokens.size() && tokens.get(to).is("of") && tokens.get(to + 1).is("them");
  }
}
