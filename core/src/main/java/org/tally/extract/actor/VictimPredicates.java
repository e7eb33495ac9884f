package org.tally.extract.actor;

import java.util.List;
import java.util.Optional;
import org.tally.extract.token.PhraseTrie;
import org.tally.extract.token.Token;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;

/**
 * "… put the toll at seven, saying four of the dead were Iranian fighters": a side named right after words that say
 * who the dead were (victim-predicates.tsv) describes the victims, never their attacker (attr28,
 * attribution-written-10 t29).
 */
public final class VictimPredicates {
  private final PhraseTrie<RuleRow> phrases = new PhraseTrie<>();

  private VictimPredicates() {}

  public static VictimPredicates from(Lexicons rules) {
    return rules.built(VictimPredicates.class, r -> {
      VictimPredicates predicates = new VictimPredicates();
      r.file(RuleFiles.VICTIM_PREDICATES).rows().forEach(row -> predicates.phrases.add(row.get("phrase"), row));
      return predicates;
    });
  }

  /**
   * The words before {@code m} that make it the dead's description: a phrase of the file ending right before it, or
   * before a number or "mostly" / "all" and the article between.
   */
  public Optional<Rule> describes(List<Token> tokens, ActorMention m) {
    for (int from = Math.max(0, m.from() - 6); from < m.from(); from++) {
      Optional<PhraseTrie.Match<RuleRow>> p = phrases.longestAt(tokens, from);
      if (p.isPresent() && onlyFillers(tokens, p.get().to(), m.from())) {
        return Optional.of(Rule.of(p.get().value(), tokens, p.get().from(), p.get().to()));
      }
    }
    return Optional.empty();
  }

  private static final java.util.Set<String> FILLERS = java.util.Set.of("the", "mostly", "all", "members", "of");

  private static boolean onlyFillers(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!FILLERS.contains(tokens.get(i).lower())) {
        return false;
      }
    }
    return true;
  }
}
