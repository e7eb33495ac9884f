package org.tally.extract;

import static org.tally.extract.DocumentAttackers.blame;

import java.util.List;
import java.util.Optional;
import org.tally.extract.actor.Actor;
import org.tally.extract.actor.ActorDictionary;
import org.tally.extract.actor.ActorMention;
import org.tally.extract.actor.BlameVerbs;
import org.tally.extract.actor.ClaimantFinder;
import org.tally.extract.actor.PerpetratorFinder;
import org.tally.extract.actor.Rule;
import org.tally.extract.harm.HarmCues;
import org.tally.extract.token.Token;
import org.tally.extract.token.WordSet;
import org.tally.model.Claim;

/**
 * A sentence after bare counts that names what they lacked: who made the attack it points back at, or the source whose
 * report goes on about the same harm.
 */
final class NamedAfter {
  private final ActorDictionary actors;
  private final ClaimantFinder claimants;
  private final PerpetratorFinder perpetrators;
  private final HarmCues harms;
  private final Sides sides;
  private final BlameVerbs blames;

  NamedAfter(ActorDictionary actors, ClaimantFinder claimants, PerpetratorFinder perpetrators, HarmCues harms,
      Sides sides, BlameVerbs blames) {
    this.blames = blames;
    this.actors = actors;
    this.claimants = claimants;
    this.perpetrators = perpetrators;
    this.harms = harms;
    this.sides = sides;
  }

  /**
   * "A number of people died of their wounds, bringing the toll to 61. The monitor said it was not clear whether the
   * raids had been carried out by Syrian government warplanes or Russian ones.": a sentence without a count that points
   * back at the attack ("the raids", "the strike") and names who made it, as strongly as "by" or "Russian jets" say,
   * gives that attacker to the claims just before it that have none. The claims wait for the next sentence only.
   */
  void blameAfter(ClaimExtractor.Reading reading, List<Token> tokens, List<ActorMention> mentions) {
    AttributionMemory memory = reading.memory;
    if (memory.unblamed.isEmpty()) {
      return;
    }
    Optional<Rule> back = perpetrators.pointsBackAtAttack(tokens);
    // "… received 27 wounded after an air strike. "Most had shrapnel wounds," said the director. A monitor said the
    // strike was carried out by regime warplanes.": a quote that names no side and no attack lets the claims wait one
    // sentence more (attr28, attribution-written-10 t17)
    // A quotation of several sentences is one aside: "… hit their house. "We heard the whistle. The mother was in the
    // kitchen," a neighbour told Enab Baladi. The shell was fired from regime positions." (attr29, -11 v06)
    if (back.isEmpty() && (!memory.unblamedWaited || memory.quoteOpen) && aside(tokens, mentions, memory.quoteOpen)) {
      memory.unblamedWaited = true;
      memory.quoteOpen = leavesOpen(tokens, memory.quoteOpen);
      return;
    }
    memory.unblamedWaited = false;
    memory.quoteOpen = false;
    Optional<PerpetratorFinder.Found> named = back.isEmpty() ? Optional.empty() : perpetrators.namedForAttack(tokens, mentions)
        // "The shell was fired from regime positions": the side holding where the fire came from (launch-areas.tsv)
        .or(() -> perpetrators.byLaunchArea(tokens));
    // "… We counted 12 dead," said a resident. He blamed Islamic State snipers.": the blame names the attacker of the
    // counts before as plainly as a sentence pointing back at "the strike" (blame-verbs.tsv; attr29)
    if (named.isEmpty()) {
      named = blames.blamed(tokens, mentions);
      if (named.isPresent()) {
        back = Optional.of(Rule.builtIn("a verb of blame", named.get().rule()));
      }
    }
    // "Activists accused the army of dropping chlorine. … A military source denied using gas and blamed the Nusra Front
    // for the attack": a blame after a denial is the accused side's counter-account, no one's word on who did it (attr19)
    if (named.isPresent()) {
      ClaimantFinder.Sentence said = claimants.read(tokens);
      String blamed = named.get().actor();
      if (mentions.stream().anyMatch(m -> m.actor().id().equals(blamed) && claimants.deniedBefore(said, m.from()))) {
        memory.unblamed.clear();
        return;
      }
    }
    if (named.isPresent()) {
      String actor = sides.resolved(reading, named.get().actor());
      String why = "named in the sentence after, which points back at the attack (" + back.get() + "): "
          + named.get().rule();
      // "Unknown gunmen shot dead a commander. Residents blamed the Air Force Intelligence": a blame after an attack
      // the text says no one knows the author of is a guess; a claim of responsibility is not (attr17)
      // (the sentences just read tell one attack: "… were injured in the attack" is the unknown gunmen's too)
      boolean guess = perpetrators.ownsAttack(tokens, mentions).isEmpty() && memory.unblamed.stream()
          .map(c -> memory.unblamedFacts.get(c.count().span()))
          .anyMatch(f -> f != null && perpetrators.unknownAttacker(f.tokens()).isPresent());
      for (Claim claim : memory.unblamed) {
        int at = indexOf(reading.claims, claim);
        if (at < 0 || guess) {
          continue;
        }
        blame(reading, at, actor, () -> why);
      }
    }
    memory.unblamed.clear();
  }

  /** Whether a quotation is still open after the sentence, given whether one was open before it. */
  private static boolean leavesOpen(List<Token> tokens, boolean open) {
    for (Token t : tokens) {
      if (t.is("\u201c")) {
        open = true;
      } else if (t.is("\u201d")) {
        open = false;
      } else if (t.is("\"")) {
        open = !open;
      }
    }
    return open;
  }

  /** True when the sentence is a quote (or inside one still open) that names no side that fights and no attack. */
  private boolean aside(List<Token> tokens, List<ActorMention> mentions, boolean inQuote) {
    return (inQuote || tokens.stream().anyMatch(t -> t.is("\"") || t.is("\u201c") || t.is("\u201d")))
        && mentions.stream().noneMatch(m -> PerpetratorFinder.fights(m.actor()))
        && perpetrators.namesAttack(tokens).isEmpty();
  }

  /** Kinds of actors.tsv whose word on an attack is a report of it, not a side's account of its own war. */
  private static final WordSet REPORTING_KINDS = WordSet.of("monitor", "ngo", "un");

  /**
   * "Seventeen civilians were killed in air raids on a market on Monday. The Observatory said the strikes hit the
   * town at noon.": wire copy gives the figure first and its source in the sentence after, which goes on about the same
   * attack ("the strikes") or the same dead ("were killed", "the toll") without a count of its own. The bare incident
   * claims of the sentences just before, whose own words name no source, are then that source's. Only a monitor, a charity, the UN or a side's agency is taken so: a side's word after
   * a bare toll ("The ministry said the strikes hit terrorists") is its account, not the toll's source, and an agency of
   * no side is mostly the wire quoting someone ("told AFP").
   */
  void sourceAfter(ClaimExtractor.Reading reading, List<Token> tokens, boolean named, CasualtyFinder.Found found) {
    AttributionMemory memory = reading.memory;
    if (!named || memory.awaitingSource.isEmpty() || memory.carried == null) {
      return;
    }
    String source = memory.carried;
    Optional<Actor> actor = actors.byId(source);
    boolean reports = actor.map(a -> REPORTING_KINDS.contains(a.kind()) || a.kind().equals("media") && a.side() != null)
        .orElse(false);
    if (!reports) {
      return;
    }
    // a count of its own makes the sentence a report of its own ("The Observatory said 29 rebels died in Homs")
    if (!found.casualties().isEmpty()) {
      return;
    }
    Optional<Rule> attack = perpetrators.pointsBackAtAttack(tokens);
    String back = attack.map(Rule::toString).orElse(null);
    for (int i = 0; back == null && i < tokens.size(); i++) {
      Optional<HarmCues.Cue> harm = harms.after(tokens, i);
      if (harm.isPresent()) {
        back = "\"" + Rule.words(tokens, harm.get().from(), harm.get().to()) + "\"";
      }
    }
    if (back == null) {
      return;
    }
    String why = "the sentence after names the source (" + memory.carriedRule + ") and goes on about the same harm ("
        + back + ")";
    for (Claim claim : List.copyOf(reading.unattributed)) {
      if (memory.awaitingSource.contains(claim.count().span())) {
        reading.reattribute(claim, source, why);
      }
    }
  }

  /** Where the claim itself (not an equal one) stands in the document's claims; -1 when gone. */
  private static int indexOf(List<Claim> claims, Claim claim) {
    for (int i = 0; i < claims.size(); i++) {
      if (claims.get(i) == claim) {
        return i;
      }
    }
    return -1;
  }
}
