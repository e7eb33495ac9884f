package org.tally.extract.actor;

import java.util.List;
import java.util.Optional;
import org.tally.extract.token.PhraseTrie;
import org.tally.extract.token.Token;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;

/**
 * "He blamed Islamic State snipers", "Residents accused the regime": a verb of blame (blame-verbs.tsv) with a side that
 * fights right after it, past articles only, says who made the attack the sentences before counted the harm of.
 */
public final class BlameVerbs {
  private static final List<String> ARTICLES = List.of("the", "a", "an");

  private final PhraseTrie<RuleRow> verbs = new PhraseTrie<>();

  private BlameVerbs() {}

  public static BlameVerbs from(Lexicons rules) {
    return rules.built(BlameVerbs.class, r -> {
      BlameVerbs blames = new BlameVerbs();
      r.file(RuleFiles.BLAME_VERBS).rows().forEach(row -> blames.verbs.add(row.get("phrase"), row));
      return blames;
    });
  }

  /** The side blamed, and the rule naming the verb and the side: the first one a verb of blame stands right before. */
  public Optional<PerpetratorFinder.Found> blamed(List<Token> tokens, List<ActorMention> mentions) {
    for (int i = 0; i < tokens.size(); i++) {
      Optional<PhraseTrie.Match<RuleRow>> verb = verbs.longestAt(tokens, i);
      if (verb.isEmpty()) {
        continue;
      }
      int at = verb.get().to();
      while (at < tokens.size() && ARTICLES.contains(tokens.get(at).lower())) {
        at++;
      }
      for (ActorMention m : mentions) {
        if (m.from() == at && PerpetratorFinder.fights(m.actor())) {
          Rule rule = Rule.of(verb.get().value(), tokens, verb.get().from(), m.to());
          return Optional.of(new PerpetratorFinder.Found(m.actor().id(), 3, false, m.rule() + " after " + rule));
        }
      }
    }
    return Optional.empty();
  }
}
