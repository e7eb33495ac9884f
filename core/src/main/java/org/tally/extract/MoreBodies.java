package org.tally.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tally.extract.count.CountMention;
import org.tally.extract.token.Token;
import org.tally.extract.token.WordSet;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.model.Harm;
import org.tally.model.Victims;

/**
 * "Army engineers recovered 50 bodies from a mass grave. Another 22 were found on Sunday": a bare count after "another"
 * or "a further" (or before "more"), whose verb says the people were found, recovered or pulled out, after a sentence
 * that counted bodies, counts more dead; its own sentence names neither people nor harm, so the finder saw no claim
 * (issue 11, count31: count-written-10's a11; count30's open "50 bodies ... 22 more" read as 50). The nouns of the dead
 * and the verbs of finding are data (more-bodies.tsv).
 */
final class MoreBodies {
  private static final WordSet ADDING = WordSet.of("another", "further");
  private static final WordSet AUXILIARIES = WordSet.of("were", "was", "have", "had", "been", "also", "later");

  private final WordSet bodies;
  private final WordSet verbs;

  private MoreBodies(Lexicons rules) {
    List<String> nouns = new ArrayList<>();
    List<String> finding = new ArrayList<>();
    for (var row : rules.file(RuleFiles.MORE_BODIES).rows()) {
      (row.get("kind").equals("body") ? nouns : finding).add(row.get("word").toLowerCase(Locale.ROOT));
    }
    this.bodies = WordSet.copyOf(nouns);
    this.verbs = WordSet.copyOf(finding);
  }

  static MoreBodies from(Lexicons rules) {
    return rules.built(MoreBodies.class, MoreBodies::new);
  }

  /** {@code found} with each bare count of more people found after counted bodies added as killed people. */
  CasualtyFinder.Found apply(List<Token> tokens, List<CountMention> mentions, PronounObjects.Sentence before,
      CasualtyFinder.Found found) {
    List<Casualty> added = new ArrayList<>(0);
    for (CountMention mention : mentions) {
      int from = TokenSpans.tokenStartingAt(tokens, mention.count().span().start());
      int to = TokenSpans.tokenEndingAt(tokens, mention.count().span().end());
      if (from < 0 || to < 0 || !mention.count().isExact() || taken(found, from)) {
        continue;
      }
      boolean adding = from > 0 && ADDING.contains(tokens.get(from - 1).lower());
      int j = to;
      if (j < tokens.size() && tokens.get(j).is("more")) {
        adding = true;
        j++;
      }
      while (j < tokens.size() && AUXILIARIES.contains(tokens.get(j).lower())) {
        j++;
      }
      if (!adding || j >= tokens.size() || !verbs.contains(tokens.get(j).lower())
          || !countsBodies(tokens.subList(0, from)) && (before == null || !countsBodies(before.tokens()))) {
        continue;
      }
      added.add(new Casualty(Harm.KILLED, Victims.PEOPLE, mention.count(), mention.text(), from, to, to));
    }
    if (added.isEmpty()) {
      return found;
    }
    List<Casualty> out = new ArrayList<>(found.casualties());
    out.addAll(added);
    out.sort(java.util.Comparator.comparingInt(Casualty::from));
    return new CasualtyFinder.Found(out, found.attacks(), found.vague(), found.anaphoric(), found.sentence(),
        found.bare(), found.added(), found.others());
  }

  private static boolean taken(CasualtyFinder.Found found, int from) {
    return found.casualties().stream().anyMatch(c -> c.from() <= from && from < Math.max(c.to(), c.headEnd()));
  }

  /** Whether a body noun stands in these tokens after their first ("recovered 50 bodies"): bodies were counted. */
  private boolean countsBodies(List<Token> tokens) {
    for (int i = 1; i < tokens.size(); i++) {
      if (bodies.contains(tokens.get(i).lower())) {
        return true;
      }
    }
    return false;
  }
}
