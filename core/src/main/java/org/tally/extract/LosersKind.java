package org.tally.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tally.extract.actor.ActorMention;
import org.tally.extract.token.Token;
import org.tally.extract.token.WordSet;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.model.Harm;
import org.tally.model.Victims;

/**
 * "the army lost 11 men", "Hezbollah has lost at least 20 men": people a side lost are of that side's kind, soldiers
 * of a state's forces and fighters of an armed group (actors.tsv's kind), where the counted noun names no kind of its
 * own ("men", "members"). The loss verbs are loss-verbs.tsv's; the side is the actor named right before the verb, past
 * an auxiliary (issue 11, count29: count-written-8's a06, a13, a21).
 */
final class LosersKind {
  private static final WordSet AUXILIARIES = WordSet.of("has", "have", "had", "reportedly", "also");
  // the actors' kinds whose people are soldiers (state forces); an armed group's are fighters
  private static final WordSet STATE_KINDS = WordSet.of("state", "military");
  private static final String ARMED_GROUP = "armed-group";

  private final WordSet lossVerbs;

  private LosersKind(Lexicons rules) {
    List<String> verbs = new ArrayList<>();
    rules.file(RuleFiles.LOSS_VERBS).rows().forEach(r -> verbs.add(r.get("verb").toLowerCase(Locale.ROOT)));
    this.lossVerbs = WordSet.copyOf(verbs);
  }

  static LosersKind from(Lexicons rules) {
    return rules.built(LosersKind.class, LosersKind::new);
  }

  /** {@code found} with each side's lost people of unnamed kind given the side's kind. */
  CasualtyFinder.Found apply(List<Token> tokens, List<ActorMention> mentions, CasualtyFinder.Found found) {
    List<Casualty> out = null;
    for (int k = 0; k < found.casualties().size(); k++) {
      Casualty c = found.casualties().get(k);
      Optional<Victims> kind = c.harm() == Harm.KILLED && c.victims() == Victims.PEOPLE
          ? loserKind(tokens, mentions, c.from()) : Optional.empty();
      if (kind.isPresent()) {
        if (out == null) {
          out = new ArrayList<>(found.casualties());
        }
        out.set(k, new Casualty(c.harm(), kind.get(), c.count(), c.countText(), c.from(), c.to(), c.headEnd()));
      }
    }
    return out == null ? found : new CasualtyFinder.Found(out, found.attacks(), found.vague(), found.anaphoric(),
        found.sentence(), found.bare(), found.added(), found.others());
  }

  /** The kind of the side named right before the loss verb before token {@code countFrom}, if there is one. */
  private Optional<Victims> loserKind(List<Token> tokens, List<ActorMention> mentions, int countFrom) {
    int verb = countFrom - 1;
    if (verb < 1 || !lossVerbs.contains(tokens.get(verb).lower())) {
      return Optional.empty();
    }
    int end = verb;
    while (end > 0 && AUXILIARIES.contains(tokens.get(end - 1).lower())) {
      end--;
    }
    for (ActorMention m : mentions) {
      if (m.to() == end && m.actor() != null && m.actor().kind() != null) {
        String kind = m.actor().kind();
        if (STATE_KINDS.contains(kind)) {
          return Optional.of(Victims.SOLDIERS);
        }
        if (ARMED_GROUP.equals(kind)) {
          return Optional.of(Victims.FIGHTERS);
        }
      }
    }
    return Optional.empty();
  }
}
