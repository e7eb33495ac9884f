package org.tally.extract;

import static org.tally.extract.CountFacts.civilian;
import static org.tally.extract.CountFacts.combatant;
import static org.tally.extract.CountFacts.heldBy;
import static org.tally.extract.CountFacts.nested;
import static org.tally.extract.CountFacts.others;
import static org.tally.extract.CountFacts.victimOf;
import static org.tally.extract.Sides.OUTLET;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tally.extract.actor.Actor;
import org.tally.extract.actor.ActorDictionary;
import org.tally.extract.actor.ActorMention;
import org.tally.extract.actor.FightWords;
import org.tally.extract.actor.PerpetratorFinder;
import org.tally.extract.actor.Rule;
import org.tally.extract.token.Token;
import org.tally.extract.token.WordSet;
import org.tally.model.Scope;
import org.tally.model.Victims;

/**
 * Who caused the harm of one count: the attacker its sentence names, the other side of the fighting it counts, the
 * attacker of a toll told before, else the one carried over from the sentence before, the paragraph before or the
 * headline, where that side did not lose the people counted and could have made the attack; else whose area was struck.
 */
final class CountAttacker {
  static final String FROM_SENTENCE_BEFORE = "no attacker in the sentence: the one named in the sentence before";
  private final ActorDictionary actors;
  private final PerpetratorFinder perpetrators;
  private final FightWords fights;
  private final Sides sides;

  private final org.tally.extract.actor.VictimPredicates victimPredicates;

  CountAttacker(ActorDictionary actors, PerpetratorFinder perpetrators, FightWords fights, Sides sides,
      org.tally.extract.actor.VictimPredicates victimPredicates) {
    this.victimPredicates = victimPredicates;
    this.actors = actors;
    this.perpetrators = perpetrators;
    this.fights = fights;
    this.sides = sides;
  }

  /**
   * The attacker of {@code casualty}, one of the sentence's counts {@code all}, stated by {@code claimant}; null when
   * none. {@code ownDeedsOnly}: a war's total or background, which takes no attacker carried over. Adds to
   * {@code rules} why, and to {@code dropped} (when not null) the attackers passed over and why.
   */
  String perpetrator(ClaimExtractor.Reading reading, List<Token> tokens, List<ActorMention> mentions,
      List<Casualty> all, Casualty casualty, String claimant, boolean ownDeedsOnly, Scope scope, List<String> rules,
      List<String> dropped) {
    // "30 regime soldiers and 39 rebel fighters had been killed": the people of every count are victims
    List<ActorMention> candidates = new ArrayList<>();
    for (ActorMention m : mentions) {
      boolean victim = heldBy(all, casualty, m.from()) != null;
      // "saying four of the dead were Iranian fighters": the side the dead are said to be
      Optional<Rule> described = victim ? Optional.empty() : victimPredicates.describes(tokens, m);
      if (described.isPresent()) {
        if (dropped != null) {
          dropped.add(m.actor().id() + " (" + m.rule() + "): after " + described.get() + ", the dead's side");
        }
      } else if (victim) {
        if (dropped != null) {
          dropped.add(m.actor().id() + " (" + m.rule() + "): named among the people of another count, a victim");
        }
      } else {
        candidates.add(m);
      }
    }
    Optional<PerpetratorFinder.Found> found = perpetrators.find(tokens, candidates, casualty.from(), casualty.headEnd(), dropped,
        i -> heldBy(all, null, i) != null);
    if (found.isPresent()) {
      PerpetratorFinder.Found f = found.get();
      // "… their helicopter crashed, the Observatory said": only a side that fights owns the attack its words point at
      String actor = f.possessive() ? (sides.fights(claimant) ? claimant : null) : f.actor();
      if (actor != null && !OUTLET.equals(actor)) {
        rules.add(f.rule() + (f.possessive() ? ": points back at the claimant, who did it" : ""));
        return sides.armedSide(sides.resolved(reading, actor, rules), rules);
      }
    }
    Optional<String> otherSide = otherSideOfFighting(tokens, mentions, all, casualty);
    if (otherSide.isPresent()) {
      rules.add(otherSide.get() + ": the other side's dead are counted too, in fighting between them");
      return sides.resolved(reading, otherSide.get(), rules);
    }
    Optional<String> toll = ownDeedsOnly ? Optional.empty() : tollBefore(reading, tokens, mentions, casualty, rules, dropped);
    if (toll.isPresent()) {
      return toll.get();
    }
    if (ownDeedsOnly && dropped != null && (reading.previousPerpetrator != null || reading.titlePerpetrator != null)) {
      dropped.add("the attacker named before: a war's total, or background of an earlier year or month, is not its deed");
    }
    // "ISIS stormed the base, killing 85 soldiers. The IS lost 28 fighters": the side that lost them did not kill them
    // "At least 10 Kurdish fighters were killed along with eight IS members": the side the people counted are named as
    // (fighters, or people of an armed side; civilians' nationality names no side) did not kill them either
    Optional<Actor> losing = perpetrators.losingSide(tokens, mentions, casualty.from())
        .or(() -> victimOf(mentions, casualty).filter(m -> !civilian(casualty) && PerpetratorFinder.fights(m.actor())
            && !fights.withinSide(tokens)))
        .map(m -> actors.byId(sides.resolved(reading, m.actor().id())).orElse(m.actor()))
        .or(() -> victimOf(mentions, casualty).isPresent() ? Optional.empty() : unnamedSoldiers(reading, casualty))
        .or(() -> claimantsOwn(tokens, casualty, claimant))
        .or(() -> others(tokens, casualty) ? reading.memory.sidesBefore.stream().findFirst() : Optional.empty());
    // "49 PKK/YPG terrorists were killed": every side the fighters counted are named as lost them, not the first only
    List<Actor> losers = losersNamed(reading, tokens, mentions, casualty);
    boolean labelled = labelledDead(mentions, casualty);
    boolean bridgedTooFar = reading.previousPerpetrator != null && reading.previousPerpetrator.equals(reading.memory.bridged)
        && (scope != Scope.INCIDENT || combatant(casualty));
    if (bridgedTooFar && dropped != null) {
      dropped.add(reading.previousPerpetrator + " (carried past a sentence naming no side): not for a period's toll nor"
          + " fighters' losses");
    }
    if (reading.previousPerpetrator != null && !ownDeedsOnly && !bridgedTooFar && !sides.lostBy(losing, reading.previousPerpetrator, dropped)
        && !sides.lostBy(losers, reading.previousPerpetrator, dropped) && !sides.lostByLabel(labelled, reading.previousPerpetrator, dropped)) {
      if (!grounded(reading.previousPerpetrator, tokens, dropped)) {
        rules.add(FROM_SENTENCE_BEFORE);
        return reading.previousPerpetrator;
      }
      // "… was caused by a suicide bomber … Two women and two soldiers were killed in the attack": the sentences after
      // a bomb the carried state could not have set off tell of that bomb, not of the state's deed before it
      reading.memory.unfitForABomb.add(reading.previousPerpetrator);
      reading.previousPerpetrator = null;
    }
    Optional<Rule> attackBack = reading.previousPerpetrator == null && reading.paragraphPerpetrator != null && !ownDeedsOnly
        && !sides.lostBy(losing, reading.paragraphPerpetrator, dropped) && !sides.lostBy(losers, reading.paragraphPerpetrator, dropped)
        && !sides.lostByLabel(labelled, reading.paragraphPerpetrator, dropped)
        ? perpetrators.opensWithAttack(tokens) : Optional.empty();
    // "Rebels pounded the village on Thursday. ¶ Four civilians lost their lives in the attack": the harm tied to "the
    // attack" of the paragraph before is its attacker's too (attr19, wire copy's one-sentence paragraphs)
    boolean harmedIn = attackBack.isEmpty() && reading.previousPerpetrator == null && reading.paragraphPerpetrator != null
        && !tokens.isEmpty() && opensParagraph(reading.doc.text(), tokens.get(0).start())
        && !ownDeedsOnly && scope == Scope.INCIDENT && !sides.lostBy(losing, reading.paragraphPerpetrator, dropped)
        && !sides.lostBy(losers, reading.paragraphPerpetrator, dropped) && !sides.lostByLabel(labelled, reading.paragraphPerpetrator, dropped);
    if (harmedIn) {
      attackBack = perpetrators.harmedInAttackBefore(tokens);
    }
    if (attackBack.isPresent() && !grounded(reading.paragraphPerpetrator, tokens, dropped)) {
      rules.add(attackBack.get() + (harmedIn ? ": the harm is tied to the attack the paragraph before told, by "
          : ": the sentence opens with the attack the paragraph before told, by ") + reading.paragraphPerpetrator);
      return reading.paragraphPerpetrator;
    }
    if (reading.titlePerpetrator != null && !ownDeedsOnly && !sides.lostBy(losing, reading.titlePerpetrator, dropped)
        && !sides.lostBy(losers, reading.titlePerpetrator, dropped)
        && !grounded(reading.titlePerpetrator, tokens, dropped)) {
      rules.add("no attacker in the sentence: the headline's");
      return reading.titlePerpetrator;
    }
    Optional<PerpetratorFinder.Found> held = perpetrators.byHeldArea(tokens, dropped);
    held.ifPresent(h -> rules.add(h.rule() + ": whose area was struck"));
    return held.map(PerpetratorFinder.Found::actor).orElse(null);
  }

  /**
   * "Regime forces executed 48 people. … The regime forces withdrew a day later. Five women and 13 rebels from the
   * families were among the dead.": people a sentence names as members of a toll told before (toll-members.tsv) are
   * the deed of the attacker of the document's last claim that has one, even past a sentence naming a side without an
   * attack, and even where they are fighters; not where that attacker is their own side.
   */
  private Optional<String> tollBefore(ClaimExtractor.Reading reading, List<Token> tokens, List<ActorMention> mentions,
      Casualty casualty, List<String> rules, List<String> dropped) {
    String last = null;
    for (int i = reading.claims.size() - 1; i >= 0 && last == null; i--) { // back to the last claim with an attacker
      last = reading.claims.get(i).perpetrator();
    }
    if (last == null) {
      return Optional.empty();
    }
    Optional<Rule> members = perpetrators.membersOfTollBefore(tokens, mentions, casualty.headEnd());
    if (members.isEmpty()) {
      return Optional.empty();
    }
    Optional<Actor> own = victimOf(mentions, casualty).map(m -> actors.byId(sides.resolved(reading, m.actor().id())).orElse(m.actor()));
    if (sides.lostBy(own, last, dropped)) {
      return Optional.empty();
    }
    rules.add(members.get() + ": members of the toll told before, the deed of its attacker, " + last);
    return Optional.of(last);
  }

  /**
   * "Daesh attacked the airport. The army lost 12 servicemen, while more than 70 terrorists were eliminated in the
   * counterattack": fighters counted under a bare label ("terrorists", "insurgents": actor-names.tsv's labels, which
   * name no one group) are the enemy of whoever calls them so, and an armed group carried over as the attacker is
   * the side they fought for, not their killer (attr24).
   */
  boolean labelledDead(List<ActorMention> mentions, Casualty casualty) {
    if (civilian(casualty)) {
      return false;
    }
    for (ActorMention m : mentions) {
      if (casualty.holds(m.from()) && !m.canClaim() && !m.person() && m.to() - m.labelFrom() == 0
          && perpetrators.genericLabel(m.actor().id()).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** The fighting sides named among the people counted (none for civilians, whose nationality names no side). */
  private List<Actor> losersNamed(ClaimExtractor.Reading reading, List<Token> tokens, List<ActorMention> mentions,
      Casualty casualty) {
    if (civilian(casualty)) {
      return List.of();
    }
    List<Actor> out = new ArrayList<>(2);
    for (ActorMention m : mentions) {
      if (casualty.holds(m.from()) && PerpetratorFinder.fights(m.actor())) {
        out.add(actors.byId(sides.resolved(reading, m.actor().id())).orElse(m.actor()));
      }
    }
    return out.isEmpty() || fights.withinSide(tokens) ? List.of() : out;
  }

  /**
   * True when {@code actor} is an armed group, which has no aircraft, and the sentence's attack came from the air; the
   * sentence is read for air attacks only then.
   */
  private boolean grounded(String actor, List<Token> tokens, List<String> dropped) {
    Optional<String> why = sides.unfit(actor, tokens);
    if (why.isPresent() && dropped != null) {
      dropped.add(actor + " (carried over): " + why.get());
    }
    return why.isPresent();
  }

  /**
   * "30 regime soldiers and 39 rebel fighters were killed in battles": where fighting counts the dead of two sides,
   * each side's dead are the other's doing.
   */
  private Optional<String> otherSideOfFighting(List<Token> tokens, List<ActorMention> mentions, List<Casualty> all,
      Casualty casualty) {
    if (all.size() < 2 || !fights.namesFight(tokens)) {
      return Optional.empty();
    }
    Optional<ActorMention> own = combatant(casualty) ? victimOf(mentions, casualty) : Optional.empty();
    if (own.isEmpty()) {
      return Optional.empty();
    }
    for (Casualty other : all) {
      Optional<ActorMention> theirs = other == casualty || !combatant(other) || nested(tokens, casualty, other)
          ? Optional.empty() : victimOf(mentions, other);
      if (theirs.isPresent() && !theirs.get().actor().sameSide(own.get().actor())) {
        return Optional.of(theirs.get().actor().id());
      }
    }
    return Optional.empty();
  }

  /**
   * "Seven soldiers were also killed in the clashes": soldiers no words name the side of are the state forces of the
   * government in focus (the stand-in government-forces, stand-ins.tsv), the way bare "troops" are (attr15); so the
   * headline's or the sentence before's attacker, where that is the same government, did not kill them (attr16).
   */
  Optional<Actor> unnamedSoldiers(ClaimExtractor.Reading reading, Casualty casualty) {
    if (casualty.victims() != Victims.SOLDIERS) {
      return Optional.empty();
    }
    return actors.byId(sides.resolved(reading, GOVERNMENT_FORCES));
  }

  private static final String GOVERNMENT_FORCES = "government-forces";
  /**
   * Possessives that make the people counted the speaker's own: "four of its fighters were killed". Not "their", which
   * as often means the other side's ("killed a number of terrorists and two of their commanders").
   */
  private static final WordSet OWN = WordSet.of("its", "our");

  /**
   * "Hezbollah's media wing said four of its fighters were killed": people the count calls the speaker's own are the
   * claimant's loss, so the claimant's side did not kill them (a side that fights only; "its" of a monitor is no side).
   */
  Optional<Actor> claimantsOwn(List<Token> tokens, Casualty casualty, String claimant) {
    if (claimant == null || civilian(casualty)) {
      return Optional.empty();
    }
    for (int i = casualty.from(); i < casualty.headEnd() && i < tokens.size(); i++) {
      if (OWN.contains(tokens.get(i).lower())) {
        return actors.byId(claimant).filter(PerpetratorFinder::fights);
      }
    }
    return Optional.empty();
  }

  /** True when only spaces stand between the offset {@code at} and the line break before it (or the text's start). */
  private static boolean opensParagraph(String text, int at) {
    int i = Math.min(at, text.length()) - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i--;
    }
    return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '\r';
  }
}
