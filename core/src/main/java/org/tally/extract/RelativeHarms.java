package org.tally.extract;

import static org.tally.extract.FunctionWords.PASSIVE_AUXILIARIES;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tally.extract.harm.HarmCues;
import org.tally.extract.token.Token;
import org.tally.extract.token.WordSet;
import org.tally.model.Harm;

/**
 * Harms told of counted people past the words right after them: a second verb joined by "and" ("was wounded and taken
 * into custody"), a relative clause whose verb takes them as its object ("whom it detained"), and the main clause's
 * verb past a relative clause about them ("Two insurgents who tried to flee were taken into custody").
 */
final class RelativeHarms {
  private final HarmCues harms;

  RelativeHarms(HarmCues harms) {
    this.harms = harms;
  }

  // harms of which a second, joined by "and", is told of the same people and adds to the first: "was wounded and
  // taken into custody"; "killed and wounded" is a combined total (a cue of its own), never two claims
  private static final Set<Harm> ADDED_HARMS = Set.of(Harm.DETAINED, Harm.DISPLACED, Harm.MISSING);

  /**
   * "A fifth attacker was wounded and taken into custody": a second harm joined to the people's after-cue by "and"
   * is a second claim of the same people, where it is a detention, a displacement or a disappearance.
   */
  Optional<Casualty> chained(List<Token> tokens, Casualty found) {
    Optional<HarmCues.Cue> first = harms.after(tokens, found.headEnd())
        .filter(c -> c.harm() == found.harm() && !c.hedged());
    // a passive only ("was wounded and"): in "left 200 people dead and displaced half the population" the second
    // verb has an object of its own
    if (first.isEmpty() || first.get().to() + 1 >= tokens.size() || !tokens.get(first.get().to()).is("and")
        || first.get().from() == 0 || !PASSIVE_AUXILIARIES.contains(tokens.get(first.get().from() - 1).lower())) {
      return Optional.empty();
    }
    int next = first.get().to() + 1;
    return harms.after(tokens, next)
        .filter(c -> !c.hedged() && c.harm() != found.harm() && c.from() - next <= 1
            && (ADDED_HARMS.contains(c.harm()) || ADDED_HARMS.contains(found.harm())))
        .map(c -> new Casualty(c.harm(), found.victims(), found.count(), found.countText(), found.from(), found.to(),
            found.headEnd()));
  }

  /**
   * "Two wounded insurgents were captured", "three injured attackers are in custody": the adjective tells that they
   * were hurt, the verb after them that they were then held; a second claim of the same people, as a detention.
   */
  Optional<Casualty> heldWhileHurt(List<Token> tokens, Casualty found) {
    boolean adjective = false;
    for (int i = found.to(); i < found.headEnd() - 1 && !adjective; i++) {
      adjective = harms.isAfterWord(tokens.get(i).lower());
    }
    if (found.harm() != Harm.INJURED) {
      return Optional.empty();
    }
    int next = found.headEnd();
    // "the force arrested two wounded insurgents", "arrested two wounded ones": the verb of detention right before
    // them, active, whether "wounded" is their adjective or their noun (wars22)
    boolean hurt = adjective;
    return harms.after(tokens, next)
        .filter(c -> hurt && !c.hedged() && c.harm() == Harm.DETAINED && c.from() - next <= 1)
        .or(() -> harms.before(tokens, found.from(), true)
            .filter(c -> !c.hedged() && c.harm() == Harm.DETAINED && c.to() == found.from()))
        .map(c -> new Casualty(c.harm(), found.victims(), found.count(), found.countText(), found.from(), found.to(),
            found.headEnd()));
  }

  // adverbs that may stand between the relative clause's auxiliary and its verb: "who was later taken into custody"
  private static final WordSet CLAUSE_ADVERBS = WordSet.of("later", "then", "also", "subsequently");

  /**
   * "killing one insurgent and wounding another, who was taken into custody": a relative clause between a comma and
   * its passive verb of detention, right after people a harm was told of, holds them too; a second claim of the same
   * people, as a detention (issue 11, wars22: seventeenth-release-05).
   */
  Optional<Casualty> detainedInRelative(List<Token> tokens, Casualty found) {
    int comma = found.headEnd();
    if (found.harm() == Harm.DETAINED || comma + 3 >= tokens.size() || !tokens.get(comma).is(",")
        || !tokens.get(comma + 1).is("who") || !PASSIVE_AUXILIARIES.contains(tokens.get(comma + 2).lower())) {
      return Optional.empty();
    }
    int verb = comma + 3 < tokens.size() && CLAUSE_ADVERBS.contains(tokens.get(comma + 3).lower()) ? comma + 4
        : comma + 3;
    return harms.after(tokens, verb)
        .filter(c -> !c.hedged() && c.harm() == Harm.DETAINED && c.from() == verb)
        .map(c -> new Casualty(c.harm(), found.victims(), found.count(), found.countText(), found.from(), found.to(),
            found.headEnd()));
  }

  // how many words may stand for the doer in "whom the security force detained"
  private static final int MAX_RELATIVE_SUBJECT = 3;

  /**
   * "found two wounded insurgents, whom it detained": a relative clause whose verb of harm takes the people before it
   * as its object gives them that harm too.
   */
  Optional<Casualty> harmedByRelative(List<Token> tokens, Casualty found) {
    int comma = found.headEnd();
    if (comma + 3 >= tokens.size() || !tokens.get(comma).is(",") || !tokens.get(comma + 1).is("whom")) {
      return Optional.empty();
    }
    int subject = comma + 2;
    for (int end = subject + 2; end <= Math.min(tokens.size(), subject + MAX_RELATIVE_SUBJECT + 2); end++) {
      int to = end;
      Optional<HarmCues.Cue> cue = harms.before(tokens, to, true)
          .filter(c -> c.to() == to && c.from() > subject && !c.hedged() && c.harm() != found.harm());
      if (cue.isPresent()) {
        return Optional.of(new Casualty(cue.get().harm(), found.victims(), found.count(), found.countText(),
            found.from(), found.to(), found.headEnd()));
      }
    }
    return Optional.empty();
  }

  // relative pronouns that open a clause about the people just counted, and participles that open one ("Two insurgents
  // suspected of emplacing the device were later detained", "Fifteen terrorists belonging to the Islamic State in the
  // Greater Sahara were neutralized", "fighters loyal to the government"); how far its verb of harm may lie after them
  private static final WordSet RELATIVES = WordSet.of("who", "that", "suspected", "accused", "believed", "belonging",
      "affiliated", "loyal");
  private static final int MAX_RELATIVE_CLAUSE = 14;
  // "An insurgent who was wounded and detained during an operation in Marjah district, Helmand province, on Wednesday
  // later died of his wounds": a verb of death with no auxiliary after a clause of harm may lie further (wars25)
  private static final int MAX_DIED_AFTER = 24;

  /**
   * "Three insurgents who were wounded during the firefight were later detained", "Two insurgents who tried to flee
   * were taken into custody": the main clause's passive verb of harm after a relative clause about the people counted
   * (its auxiliary, then the harm, at most one word between). Empty when the people are followed by no relative
   * pronoun, the sentence holds no such verb within {@value #MAX_RELATIVE_CLAUSE} words, or another count
   * ({@code countStarts}) stands before it: in "told two journalists that five people were killed" the verb is the
   * five's.
   */
  Optional<HarmCues.Cue> pastRelative(List<Token> tokens, int headEnd, Set<Integer> countStarts) {
    return pastRelative(tokens, headEnd, countStarts, false);
  }

  /**
   * As {@link #pastRelative(List, int, Set)}; {@code harmed}: the people have their harm already (the clause's own,
   * "who had been wounded"), so the clause's own passive is skipped and only the main clause's verb is looked for.
   */
  private Optional<HarmCues.Cue> pastRelative(List<Token> tokens, int headEnd, Set<Integer> countStarts,
      boolean harmed) {
    int pronoun = headEnd < tokens.size() && tokens.get(headEnd).is(",") ? headEnd + 1 : headEnd;
    if (pronoun >= tokens.size() || !RELATIVES.contains(tokens.get(pronoun).lower())) {
      return Optional.empty();
    }
    // the clause's own auxiliary ("who were wounded") is not the main clause's
    // (past "an operation", a count of no people told, only the death is still looked for: "An insurgent who was
    // wounded and detained during an operation later died of his wounds", wars25)
    boolean pastArticle = false;
    for (int k = pronoun + 1; k < Math.min(tokens.size() - 1, pronoun + MAX_DIED_AFTER); k++) {
      if (countStarts.contains(k) && harmed && ARTICLES.contains(tokens.get(k).lower())) {
        pastArticle = true;
      } else if (countStarts.contains(k) || tokens.get(k).is(";")) {
        return Optional.empty();
      }
      // "a wounded comrade, who later died of his wounds": people hurt already whose own clause tells their death
      if (DIED.contains(tokens.get(k).lower()) && (k > pronoun + 2 && harmBetween(tokens, pronoun + 1, k)
          || harmed && adverbsOnly(tokens, pronoun + 1, k))) {
        // "a woman who had been wounded in Monday's shelling succumbed to her wounds": the main clause's own verb
        int at = k;
        Optional<HarmCues.Cue> died = harms.after(tokens, at).filter(c -> !c.hedged() && c.from() == at
            && c.harm() == Harm.KILLED);
        if (died.isPresent()) {
          return died;
        }
      }
      if (k == pronoun + 1 || k >= pronoun + MAX_RELATIVE_CLAUSE || pastArticle
          || !PASSIVE_AUXILIARIES.contains(tokens.get(k).lower())
          || harmed && ownAuxiliaries(tokens, pronoun, k)) {
        continue;
      }
      int verb = k + 1;
      Optional<HarmCues.Cue> cue = harms.after(tokens, verb).filter(c -> !c.hedged() && c.from() - verb <= 1);
      if (cue.isPresent()) {
        return cue;
      }
    }
    return Optional.empty();
  }

  // a main clause's verbs of death with no auxiliary before them, after a relative clause of harm
  private static final WordSet DIED = WordSet.of("succumbed", "died");
  private static final WordSet ARTICLES = WordSet.of("a", "an");
  // the adverbs a relative clause's verb of death may follow: "who later died", "who subsequently succumbed"
  private static final WordSet DEATH_ADVERBS = WordSet.of("later", "subsequently", "then", "afterwards", "eventually",
      "also");

  /** Whether tokens {@code [from, to)} are adverbs of time only: "who later died" tells the death of the people. */
  private static boolean adverbsOnly(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!DEATH_ADVERBS.contains(tokens.get(i).lower())) {
        return false;
      }
    }
    return true;
  }

  private static final WordSet CLAUSE_AUXILIARIES = WordSet.of("had", "has", "have", "been", "was", "were", "being");

  /** Whether the words from the relative pronoun to {@code k} are auxiliaries: "who had been wounded" is the clause's. */
  private static boolean ownAuxiliaries(List<Token> tokens, int pronoun, int k) {
    for (int i = pronoun + 1; i < k; i++) {
      if (!CLAUSE_AUXILIARIES.contains(tokens.get(i).lower())) {
        return false;
      }
    }
    return true;
  }

  /** Whether a verb of death without auxiliary follows the people ending at {@code headEnd}, past a relative clause. */
  static boolean diedAfter(List<Token> tokens, int headEnd) {
    for (int k = headEnd; k < Math.min(tokens.size(), headEnd + MAX_DIED_AFTER); k++) {
      if (DIED.contains(tokens.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a cue of harm ends inside tokens {@code [from, to)}: the relative clause told a harm of its own. */
  private boolean harmBetween(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      int at = k;
      if (harms.after(tokens, at).filter(c -> c.from() == at && c.to() <= to).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** The people a relative clause harmed ("who were wounded") harmed again by the main clause ("were detained"). */
  Optional<Casualty> harmedPastRelative(List<Token> tokens, Casualty found, Set<Integer> countStarts) {
    return pastRelative(tokens, found.headEnd(), countStarts, true).filter(c -> c.harm() != found.harm())
        .map(c -> new Casualty(c.harm(), found.victims(), found.count(), found.countText(), found.from(), found.to(),
            found.headEnd()));
  }
}
