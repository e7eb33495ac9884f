package org.tally.extract;

import static org.tally.extract.CountFacts.figure;
import static org.tally.extract.CountFacts.warSized;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tally.extract.actor.Actor;
import org.tally.extract.actor.ActorDictionary;
import org.tally.extract.actor.AttributionWhy;
import org.tally.extract.actor.FightLosses;
import org.tally.extract.actor.FightWords;
import org.tally.extract.actor.PerpetratorFinder;
import org.tally.extract.actor.Rule;
import org.tally.extract.token.Token;
import org.tally.model.Claim;
import org.tally.model.ClaimSection;
import org.tally.model.Scope;
import org.tally.model.Span;
import org.tally.model.Victims;

/**
 * The rules that give attackers once the whole document is read: the one group that owns an attack, a side's own
 * losses to the attacker it fought, the document's one attacker, the enemy of the losers in a fight of two sides, a
 * bare label by its speaker, and a state's report of its own strikes.
 */
final class DocumentAttackers {
  private final ActorDictionary actors;
  private final PerpetratorFinder perpetrators;
  private final FightWords fights;
  private final FightLosses fightLosses;
  private final Sides sides;

  DocumentAttackers(ActorDictionary actors, PerpetratorFinder perpetrators, FightWords fights, FightLosses fightLosses,
      Sides sides) {
    this.actors = actors;
    this.perpetrators = perpetrators;
    this.fights = fights;
    this.fightLosses = fightLosses;
    this.sides = sides;
  }

  /** The rules in their order: a later rule gives an attacker only to claims the earlier ones left without one. */
  void attribute(ClaimExtractor.Reading reading, org.tally.extract.actor.Allies allies,
      org.tally.extract.actor.SpeakerLabels labels) {
    claimedAttack(reading);
    lostToTheAttacker(reading, allies);
    soleAttacker(reading);
    enemyOfLosers(reading);
    labelBySpeaker(reading, labels);
    // after the sole attacker: words that name one side's attacks outrank a guess from who reports them
    ownReport(reading);
  }

  /**
   * "A bus blast in Damascus killed at least six people; SANA called it a terrorist explosion. … The Al-Nusra Front
   * Twitter feed said one of the groups members blew himself up": where one armed group only says it made an attack the
   * article tells (responsibility-cues.tsv), the article's claims of an attack (a means of attack or a blast named in
   * their sentence) that no words gave an attacker, or only a label (generic-attackers.tsv), are that group's; not a
   * war's total nor a period's, nor an attack from the air, which no armed group makes.
   */
  private void claimedAttack(ClaimExtractor.Reading reading) {
    AttributionMemory memory = reading.memory;
    if (memory.owners.size() != 1) {
      return;
    }
    Map.Entry<String, String> owner = memory.owners.entrySet().iterator().next();
    String actor = owner.getKey();
    if (perpetrators.genericLabel(actor).isPresent()) {
      return;
    }
    for (int i = 0; i < reading.claims.size(); i++) {
      Claim claim = reading.claims.get(i);
      List<Token> tokens = memory.attacksUnowned.get(claim.count().span());
      if (tokens == null || actor.equals(claim.perpetrator()) || warSized(claim) || sides.unfit(actor, tokens).isPresent()
          || !(claim.perpetrator() == null || perpetrators.genericLabel(claim.perpetrator()).isPresent())) {
        continue;
      }
      String label = claim.perpetrator() == null ? "" : ", not the label " + claim.perpetrator();
      blame(reading, i, actor, () -> "the document's one group that owns an attack (" + owner.getValue() + ") made it"
          + label);
    }
  }

  /** Gives the claim at {@code index} this attacker, and says why where the document's reasons are kept. */
  static void blame(ClaimExtractor.Reading reading, int index, String actor, java.util.function.Supplier<String> why) {
    Claim claim = reading.claims.get(index);
    Claim changed = claim.withPerpetrator(actor);
    reading.claims.set(index, changed);
    if (reading.unattributed.remove(claim)) {
      reading.unattributed.add(changed);
    }
    Map<Span, AttributionWhy> reasons = reading.memory.why;
    if (reasons != null) {
      reasons.computeIfPresent(claim.count().span(), (span, before) -> before.withPerpetrator(actor, why.get()));
    }
  }

  /** Kinds of claimant that fight and report their own strikes (actors.tsv). */
  private static final Set<String> FIGHTING_REPORTERS = Set.of("state", "ministry", "military");

  /**
   * "Russian Defense Ministry: More than 100 ISIS terrorists killed", "Fifty terrorists were killed, Konashenkov said":
   * a state, its ministry or its military that reports the enemy's dead, with no attacker named, reports its own
   * strikes (issue 11, attr14's table): the claim's attacker is the claimant, or the ministry's side. Only fighters
   * killed or hurt, never its own side's, nor where fighters fight each other ("infighting"), nor a war's or a period's
   * toll.
   */
  private void ownReport(ClaimExtractor.Reading reading) {
    AttributionMemory memory = reading.memory;
    for (int i = 0; i < reading.claims.size(); i++) {
      Claim claim = reading.claims.get(i);
      Unblamed facts = memory.unblamedFacts.get(claim.count().span());
      if (claim.perpetrator() != null || facts == null || claim.victims() != Victims.FIGHTERS
          || claim.harm() == org.tally.model.Harm.DISPLACED || claim.harm() == org.tally.model.Harm.DETAINED
          || claim.scope() == Scope.CUMULATIVE || warSized(claim) || claim.claimant() == null) {
        continue;
      }
      Optional<Actor> claimant = actors.byId(claim.claimant());
      if (claimant.isEmpty() || !FIGHTING_REPORTERS.contains(claimant.get().kind())
          || facts.ownSide(claimant.get()) || fights.withinSide(facts.tokens())) {
        continue;
      }
      List<String> rules = new ArrayList<>();
      String actor = sides.armedSide(claimant.get().id(), rules);
      // "Suicide attacks killed at least 15 members of Ahrar al-Sham, the military sources said": no state's strike;
      // "a soldier was killed in a car bomb and 11 militants in clashes" tells the state's fight beside the bomb
      if (sides.unfit(actor, facts.tokens()).isPresent() && !fights.namesFight(facts.tokens())) {
        continue;
      }
      if (actors.byId(actor).map(a -> !a.kind().equals("ministry")).orElse(false)) {
        blame(reading, i, actor, () -> "the claimant " + claimant.get().id() + " (actors.tsv, kind "
            + claimant.get().kind() + ") reports the enemy's dead with no attacker named: its own strikes"
            + (rules.isEmpty() ? "" : "; " + rules.get(0)));
      }
    }
  }

  /**
   * An article whose counts name one attacker only is about that attacker's attack: its claims that no words gave an
   * attacker are that attacker's ("Regime helicopters dropped chlorine on the district, killing two. … Three people died
   * of suffocation, a doctor said."). With two attackers named at counts, or none, nothing is guessed; a war's total is
   * no one's. Only counts' attackers count: linking articles by incident showed that an actor named in a sentence without
   * a count ("an evacuation deal brokered by Russia", "a similar bombing in May") is too often no attacker of this one.
   */
  private void soleAttacker(ClaimExtractor.Reading reading) {
    AttributionMemory memory = reading.memory;
    // the attackers of the document's counts, as the words around each count or the sentence after it name them
    Set<String> attackers = new java.util.LinkedHashSet<>();
    for (Claim claim : reading.claims) {
      if (claim.perpetrator() != null && !memory.pastCounts.contains(claim.count().span())) {
        attackers.add(claim.perpetrator());
      }
    }
    if (attackers.size() != 1) {
      return;
    }
    String actor = attackers.iterator().next();
    if (memory.unfitForABomb.contains(actor)) {
      return;
    }
    Optional<Actor> attacker = actors.byId(actor);
    // "Fighting between government forces and rebels killed 26 soldiers", "militants fired mortar rounds at a village,
    // killing two": a sentence that names its own fight, or its attacker as fighters of no named side, tells another
    // attack than the one attacker's; so does a headline's restatement of its figure (attr17), and an attack whose
    // author the sentence says is unknown ("Unidentified aircraft later struck militia positions, killing six"; attr25)
    Map<Span, Rule> ownAttacks = new HashMap<>();
    Set<String> ownAttackFigures = new java.util.HashSet<>();
    // "Russian MoD: … 2 servicemen wounded" over "… two Russian servicemen sustained injuries": the headline restates a
    // loss the body names as the attacker's own side's, which the headline's words do not show (attr19)
    Set<String> ownLossFigures = new java.util.HashSet<>();
    for (Claim claim : reading.claims) {
      Unblamed facts = memory.unblamedFacts.get(claim.count().span());
      if (claim.perpetrator() == null && facts != null && claim.section() != ClaimSection.TITLE
          && attacker.map(facts::ownSide).orElse(false)) {
        ownLossFigures.add(figure(claim));
      }
      if (claim.perpetrator() == null && facts != null && claim.section() != ClaimSection.TITLE) {
        // a fight between sides the sentence names is the sole attacker's only where it is one of them
        fights.between(facts.tokens()).filter(r -> attacker.map(a -> !facts.names(a)).orElse(true))
            .or(() -> perpetrators.unnamedAttacker(facts.tokens()))
            .or(() -> perpetrators.unknownAttacker(facts.tokens())).ifPresent(rule -> {
          ownAttacks.put(claim.count().span(), rule);
          ownAttackFigures.add(figure(claim));
        });
      }
    }
    for (int i = 0; i < reading.claims.size(); i++) {
      Claim claim = reading.claims.get(i);
      Unblamed facts = memory.unblamedFacts.get(claim.count().span());
      if (claim.perpetrator() != null || claim.scope() == Scope.CUMULATIVE || facts == null || warSized(claim)) {
        continue;
      }
      // "The IS lost 28 fighters": no side kills its own; nor does a state set off the car bomb, nor rebels fly
      boolean ownSide = attacker.map(facts::ownSide).orElse(false)
          || claim.section() == ClaimSection.TITLE && ownLossFigures.contains(figure(claim));
      // only its fighters lost in its fight: not civilians of its nationality, nor the dead of a fight between sides the
      // sentence names, nor those of a new attack the sentence tells ("in a mortar attack on the base")
      Optional<String> enemy = ownSide && claim.section() != ClaimSection.TITLE && claim.scope() == Scope.INCIDENT
          && (claim.victims() == Victims.SOLDIERS || claim.victims() == Victims.FIGHTERS)
          && !ownAttacks.containsKey(claim.count().span())
          && perpetrators.inNewAttack(facts.tokens()).isEmpty() && fights.between(facts.tokens()).isEmpty()
          ? foughtBy(memory, actor) : Optional.empty();
      if (enemy.isPresent()) {
        blame(reading, i, enemy.get(), () -> "the document's one attacker, " + actor + ", fought " + enemy.get()
            + " only, whose counts it gives: its own dead are that side's deed");
        continue;
      }
      // "more than 70 terrorists were eliminated": fighters under a bare label are an armed group's own (labelledDead)
      if (ownSide || sides.unfit(actor, facts.tokens()).isPresent() || facts.labelled() && sides.lostByLabel(true, actor, null)) {
        continue;
      }
      Rule ownAttack = ownAttacks.get(claim.count().span());
      if (ownAttack != null || claim.section() == ClaimSection.TITLE && ownAttackFigures.contains(figure(claim))) {
        if (memory.why != null) {
          String why = actor + " (the document's one attacker): "
              + (ownAttack != null ? ownAttack + " tells another attack" : "the body tells this figure's own attack");
          memory.why.computeIfPresent(claim.count().span(), (span, before) -> before.withDropped(why));
        }
        continue;
      }
      blame(reading, i, actor,
          () -> "the document names one attacker only, " + actor + ": its claims without one are that attacker's");
    }
  }

  /**
   * "Islamic State group fighters launched a surprise assault on government positions. … Regime forces lost at least 34
   * soldiers in the fighting": a side's own losses in its fight are the deed of the one attacker the document names
   * (in a sentence without a count, and at no count as another enemy) that is neither of the losers' side nor allied to
   * it (allies.tsv), before a count's attacker is taken for the document's one (attr23). Only fighters' and soldiers' dead of one fight: not civilians,
   * not a period's toll, nor a fight between sides the sentence names, nor a new attack it tells.
   */
  private void lostToTheAttacker(ClaimExtractor.Reading reading, org.tally.extract.actor.Allies allies) {
    AttributionMemory memory = reading.memory;
    if (memory.attackersWithoutCount.isEmpty()) {
      return;
    }
    // every attacker the document names: those of its counts too, so that a second enemy ("rebel shelling killed two")
    // leaves the losses unassigned here
    Set<String> attackers = attackersNamed(reading, true);
    for (int i = 0; i < reading.claims.size(); i++) {
      Claim claim = reading.claims.get(i);
      Unblamed facts = memory.unblamedFacts.get(claim.count().span());
      if (claim.perpetrator() != null || facts == null || facts.victims().isEmpty() || facts.labelled()
          || claim.section() == ClaimSection.TITLE || claim.scope() != Scope.INCIDENT
          || claim.victims() != Victims.SOLDIERS && claim.victims() != Victims.FIGHTERS
          || !fightLosses.lostInTheFight(facts.tokens())) {
        continue;
      }
      List<String> enemies = new ArrayList<>(1);
      for (String attacker : attackers) {
        Optional<Actor> a = actors.byId(attacker);
        if (a.isPresent() && PerpetratorFinder.fights(a.get())
            && facts.victims().stream().noneMatch(v -> allies.allied(v, a.get()))) {
          enemies.add(attacker);
        }
      }
      if (enemies.size() == 1) {
        String enemy = enemies.get(0);
        String losers = facts.victims().get(0).id();
        blame(reading, i, enemy, () -> "the people counted are " + losers + "'s own, lost in the fight; the document"
            + " names " + enemy + " attacking, and no other attacker but " + losers + "'s allies (allies.tsv)");
      }
    }
  }

  /**
   * "Armed groups fired mortar shells on Jaramana, killing two civilians" in SANA's words, "militants shelled" in the
   * Russian Defence Ministry's: a bare attacker word, the only attacker of a claim's sentence, means the side its
   * speaker (the claimant, else the outlet) calls so (label-speakers.tsv; attr23). Not a war's total, nor fighters' dead.
   */
  private void labelBySpeaker(ClaimExtractor.Reading reading, org.tally.extract.actor.SpeakerLabels labels) {
    AttributionMemory memory = reading.memory;
    String outlet = reading.doc.metadata().outlet();
    for (int i = 0; i < reading.claims.size(); i++) {
      Claim claim = reading.claims.get(i);
      Unblamed facts = memory.unblamedFacts.get(claim.count().span());
      if (claim.perpetrator() != null || facts == null || claim.scope() == Scope.CUMULATIVE
          || claim.victims() == Victims.FIGHTERS) {
        continue;
      }
      Optional<Rule> word = perpetrators.unnamedAttacker(facts.tokens())
          .or(() -> perpetrators.unnamedAgent(facts.tokens()));
      if (word.isEmpty()) {
        continue;
      }
      int index = i;
      labels.meant(claim.claimant(), outlet).ifPresent(m -> blame(reading, index, m.actor(),
          () -> word.get() + ", said by " + m.rule() + " (label-speakers.tsv): that speaker's word for " + m.actor()));
    }
  }

  /**
   * "… Kurdish fighters killed 15 of the attackers. … YPG fighters lost 21 of their comrades in the fighting": the
   * document's two attackers (at its own counts, or in sentences without one: "IS launched a counter-attack on SDF
   * positions"), and each count no words blamed, go to {@link FightLosses}, which says whether one side's losses are
   * the other's deed (attr21).
   */
  private void enemyOfLosers(ClaimExtractor.Reading reading) {
    AttributionMemory memory = reading.memory;
    Set<String> attackers = attackersNamed(reading, false);
    if (attackers.size() != 2) {
      return;
    }
    for (int i = 0; i < reading.claims.size(); i++) {
      Claim claim = reading.claims.get(i);
      Unblamed facts = memory.unblamedFacts.get(claim.count().span());
      if (claim.perpetrator() != null || facts == null) {
        continue;
      }
      FightLosses.Loss loss = new FightLosses.Loss(claim.victims(), claim.scope(), claim.section() == ClaimSection.TITLE,
          facts.victims(), facts.tokens());
      int at = i;
      fightLosses.killedBy(attackers, loss).ifPresent(killed -> blame(reading, at, killed.enemy(), killed::why));
    }
  }

  /**
   * Every attacker the document names, at the counts of its own text (a related article's headline, "Coalition air
   * strikes kill 84", tells no side of this document's fight; background of an earlier year tells other attacks; a
   * war's total counts only where {@code warTotals}), then in its sentences without a count.
   */
  private static Set<String> attackersNamed(ClaimExtractor.Reading reading, boolean warTotals) {
    AttributionMemory memory = reading.memory;
    Set<String> attackers = new java.util.LinkedHashSet<>();
    for (Claim claim : reading.claims) {
      if (claim.perpetrator() != null && claim.section().isOwnText() && !memory.pastCounts.contains(claim.count().span())
          && (warTotals || !warSized(claim))) {
        attackers.add(claim.perpetrator());
      }
    }
    attackers.addAll(memory.attackersWithoutCount);
    return attackers;
  }

  /**
   * The one fighting side whose people the document's one attacker killed, as its counts name them, where that side is
   * not its own: the side it fought, which killed its dead. Empty with none, or with two sides.
   */
  private Optional<String> foughtBy(AttributionMemory memory, String actor) {
    Set<String> slain = memory.slainSides.getOrDefault(actor, Set.of());
    if (slain.size() != 1) {
      return Optional.empty();
    }
    String enemy = slain.iterator().next();
    Optional<Actor> self = actors.byId(actor);
    return actors.byId(enemy).filter(e -> self.map(a -> !a.sameSide(e)).orElse(false)).map(Actor::id);
  }
}
