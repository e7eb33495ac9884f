package org.tally.extract;

import java.util.List;
import java.util.Optional;
import org.tally.extract.actor.Actor;
import org.tally.extract.actor.ActorDictionary;
import org.tally.extract.actor.PerpetratorFinder;
import org.tally.extract.token.Token;

/**
 * What the actor dictionary says of the sides a document's actors fight on: a stand-in as the actor the document names,
 * a ministry's side, whether two actors are one side, whether a side lost the people counted, whether an actor can
 * have made the attack its sentence tells.
 */
final class Sides {
  // the claimant of what no one else states: the outlet's own narration
  static final String OUTLET = "outlet";
  static final String ARMED_GROUP = "armed-group";

  private final ActorDictionary actors;
  private final PerpetratorFinder perpetrators;

  Sides(ActorDictionary actors, PerpetratorFinder perpetrators) {
    this.actors = actors;
    this.perpetrators = perpetrators;
  }

  /** As {@link #resolved(ClaimExtractor.Reading, String, List)}, without saying why. */
  String resolved(ClaimExtractor.Reading reading, String id) {
    return resolved(reading, id, null);
  }

  /** A stand-in ("coalition") as the actor the document names; other ids as they are. */
  String resolved(ClaimExtractor.Reading reading, String id, List<String> rules) {
    if (id == null || !actors.isStandIn(id)) {
      return id;
    }
    AttributionMemory memory = reading.memory;
    if (memory.sidesNamed == null) {
      memory.sidesNamed = actors.sidesNamed(reading.tokens);
    }
    ActorDictionary.Resolved resolved = actors.resolve(id, memory.sidesNamed, reading.focusCountry);
    if (rules != null && resolved.rule() != null) {
      rules.add(resolved.rule().toString());
    }
    return resolved.id();
  }

  /**
   * A ministry speaks for its side and attacks through it: "The Russian Defence Ministry said its aircraft killed 200"
   * names Russia's attack (actors.tsv, kind ministry, and its side).
   */
  String armedSide(String id, List<String> rules) {
    Optional<Actor> actor = actors.byId(id);
    if (actor.isEmpty() || !actor.get().kind().equals("ministry") || actor.get().side() == null) {
      return id;
    }
    Optional<Actor> side = actors.byId(actor.get().side());
    if (side.isEmpty()) {
      return id;
    }
    rules.add(id + " is a ministry: its side, " + side.get().id() + ", made the attack (actors.tsv)");
    return side.get().id();
  }

  boolean fights(String id) {
    return id != null && actors.byId(id).map(PerpetratorFinder::fights).orElse(false);
  }

  boolean sameSide(String claimant, String perpetrator) {
    if (claimant == null || perpetrator == null || OUTLET.equals(claimant)) {
      return false;
    }
    Optional<Actor> a = actors.byId(claimant);
    Optional<Actor> b = actors.byId(perpetrator);
    return a.isPresent() && b.isPresent() && a.get().sameSide(b.get());
  }

  /**
   * Why {@code actor} cannot have made the attack the tokens name: an armed group has no aircraft, and a state or an
   * army sets off no car bomb (air-attack-words.tsv, blast-words.tsv; kinds of actors.tsv).
   */
  Optional<String> unfit(String actor, List<Token> tokens) {
    String kind = actors.byId(actor).map(Actor::kind).orElse("");
    if (kind.equals("armed-group")) {
      return perpetrators.fromTheAir(tokens).map(air -> "an armed group, and " + air + " is an attack from the air");
    }
    if (kind.equals("state") || kind.equals("military")) {
      return perpetrators.fromABomb(tokens).map(bomb -> "a state or an army, and " + bomb + " is a bomb's attack");
    }
    return Optional.empty();
  }

  boolean lostByLabel(boolean labelled, String actor, List<String> dropped) {
    // the label's own actor (the armed opposition) carried over stays: "infighting among the terrorist groups"
    boolean armed = labelled && perpetrators.genericLabel(actor).isEmpty()
        && actors.byId(actor).map(a -> ARMED_GROUP.equals(a.kind())).orElse(false);
    if (armed && dropped != null) {
      dropped.add(actor + " (carried over): the fighters counted under a bare label are the enemy's, its own side");
    }
    return armed;
  }

  /** True when the side that lost the people counted is {@code actor}'s own. */
  boolean lostBy(List<Actor> losers, String actor, List<String> dropped) {
    for (Actor loser : losers) {
      if (lostBy(Optional.of(loser), actor, dropped)) {
        return true;
      }
    }
    return false;
  }

  boolean lostBy(Optional<Actor> losing, String actor, List<String> dropped) {
    boolean own = losing.isPresent() && actors.byId(actor).map(a -> a.sameSide(losing.get())).orElse(false);
    if (own && dropped != null) {
      dropped.add(actor + " (carried over): the side that lost the people counted");
    }
    return own;
  }
}
