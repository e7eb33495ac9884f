package org.tally.extract;

import java.util.List;
import java.util.Optional;
import org.tally.extract.token.Token;
import org.tally.extract.token.WordSet;
import org.tally.extract.victim.VictimWords;
import org.tally.model.Victims;

/**
 * The kind of a part of the harmed that its own predicate names: "nine of those killed had been identified by the group
 * as civilians", "at least 14 of the dead were rebels". The part of a toll ("of those killed", "of the dead") names its
 * harm but not its people; a copula or "identified as" right after the harm says who they were (issue 11, dev31:
 * fakes-dev-20o's "nine of those killed ... as civilians" gave people). Only the clause right after the harm is read:
 * "nine of those killed were from one family" names no kind, and "were killed as civilians fled" is no predicate of
 * the part, since a harm word stands between.
 */
final class PartKinds {
  private PartKinds() {}

  // auxiliaries and adverbs between the harm and the predicate: "had since been", "were all"
  private static final WordSet AUXILIARIES = WordSet.of("had", "have", "has", "been", "since", "all", "later",
      "reportedly", "also", "so", "far");
  private static final WordSet COPULAS = WordSet.of("were", "are");
  // "identified as", "confirmed as": a verb of naming whose "as" gives the kind, with its agent between ("by his group")
  private static final WordSet NAMING = WordSet.of("identified", "confirmed", "named", "listed", "documented",
      "counted", "described", "registered", "recorded");
  // how many words the naming verb's agent may take before "as": "by the monitoring group"
  private static final int MAX_AGENT_WORDS = 5;

  /** The victims the predicate after the part's harm (ending at {@code harmEnd}) names, if it names any. */
  static Optional<Victims> named(List<Token> tokens, int harmEnd, VictimWords victims) {
    int i = harmEnd;
    boolean copula = false;
    while (i < tokens.size() && (AUXILIARIES.contains(tokens.get(i).lower()) || COPULAS.contains(tokens.get(i).lower()))) {
      copula |= COPULAS.contains(tokens.get(i).lower());
      i++;
    }
    if (i >= tokens.size()) {
      return Optional.empty();
    }
    if (NAMING.contains(tokens.get(i).lower())) {
      int as = i + 1;
      while (as < tokens.size() && as <= i + 1 + MAX_AGENT_WORDS && tokens.get(as).isWord() && !tokens.get(as).is("as")) {
        as++;
      }
      return as < tokens.size() && tokens.get(as).is("as") ? kindAt(tokens, as + 1, victims) : Optional.empty();
    }
    return copula ? kindAt(tokens, i, victims) : Optional.empty();
  }

  private static Optional<Victims> kindAt(List<Token> tokens, int at, VictimWords victims) {
    if (at >= tokens.size()) {
      return Optional.empty();
    }
    return victims.head(tokens, at) instanceof VictimWords.People people && people.victims() != null
        && people.harm() == null ? Optional.of(people.victims()) : Optional.empty();
  }
}
