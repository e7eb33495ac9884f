package org.tally.extract.actor;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tally.extract.token.PhraseTrie;
import org.tally.extract.token.Token;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;

/**
 * Finds who caused the harm counted at a token of a sentence: the actor after "by", the actor
 * before a means of attack ("Russian air strikes", "US-led raids"), or the subject of a killing verb.
 * An actor after "against" or "on" is a target, never the perpetrator.
 */
public final class PerpetratorFinder {
  /** The actor found and how strongly the words say it attacked. */
  public record Found(String actor, int strength, boolean possessive) {}

  private static final Set<String> TARGET_MARKERS = Set.of("against", "on", "targeting", "at", "belonging", "to", "fighting", "battling");
  private static final Set<String> KILLING_VERBS = Set.of(
      "killed", "kills", "kill", "killing", "admits", "admitted", "bombed", "shelled", "struck", "hit", "attacked",
      "massacred", "executed", "targeted");
  private static final Set<String> FIGHTING = Set.of("clashes", "fighting", "battles", "clash", "battle", "confrontations");
  private static final Set<String> POSSESSIVES = Set.of("its", "their");
  private static final int ATTACK_REACH = 4;

  // "a town held by the Islamic State group": "by" after these words names a holder, not an attacker
  private static final Set<String> NOT_AGENTIVE = Set.of(
      "held", "controlled", "run", "backed", "supported", "occupied", "besieged", "surrounded", "led", "encircled");

  private final PhraseTrie<Boolean> attackWords = new PhraseTrie<>();
  private final PhraseTrie<String> heldAreas = new PhraseTrie<>();

  private PerpetratorFinder() {}

  public static PerpetratorFinder from(Lexicons rules) {
    return rules.built(PerpetratorFinder.class, PerpetratorFinder::read);
  }

  private static PerpetratorFinder read(Lexicons rules) {
    PerpetratorFinder finder = new PerpetratorFinder();
    rules.file(RuleFiles.ATTACK_WORDS).rows().forEach(r -> finder.attackWords.add(r.get("word"), true));
    rules.file(RuleFiles.HELD_AREAS).rows().forEach(r -> finder.heldAreas.add(r.get("phrase"), r.get("attacker")));
    return finder;
  }

  /** The strongest perpetrator named in the sentence, nearest to the number at token {@code at} on a tie. */
  public Optional<Found> find(List<Token> tokens, List<ActorMention> mentions, int at) {
    return find(tokens, mentions, at, at);
  }

  /**
   * As {@link #find(List, List, int)}, where tokens {@code [at, victimsEnd)} hold the count and its
   * people: an actor named there ("29 Syrian rebels were killed") is the victim, not the perpetrator.
   */
  public Optional<Found> find(List<Token> tokens, List<ActorMention> mentions, int at, int victimsEnd) {
    Found best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (ActorMention m : mentions) {
      boolean victim = m.from() >= at && m.from() < victimsEnd;
      // "the Daesh terrorist group": a second name right after the first describes it
      boolean describes = mentions.stream().anyMatch(other -> other.to() == m.from());
      if (victim || describes || isTarget(tokens, m.from()) || secondOfPair(tokens, mentions, m)) {
        continue;
      }
      int strength = strength(tokens, m);
      if (strength == 0) {
        continue;
      }
      int distance = Math.abs(m.from() - at);
      if (best == null || strength > best.strength() || strength == best.strength() && distance < bestDistance) {
        best = new Found(m.actor().id(), strength, false);
        bestDistance = distance;
      }
    }
    if (best == null) {
      // "in its so-called anti-Daesh air raids": the claimant's own attacks
      for (int i = 0; i < tokens.size(); i++) {
        if (POSSESSIVES.contains(tokens.get(i).lower()) && attackWithin(tokens, i + 1)) {
          return Optional.of(new Found(null, 3, true));
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** The attacker implied by whose area was struck ("air strikes on a rebel-held town"), if the sentence says. */
  public Optional<String> byHeldArea(List<Token> tokens) {
    return heldAreas.findAll(tokens).stream().map(PhraseTrie.Match::value).findFirst();
  }

  /** "US and French aerial assaults": the first named of a pair leads. */
  private static boolean secondOfPair(List<Token> tokens, List<ActorMention> mentions, ActorMention m) {
    return m.from() >= 2 && tokens.get(m.from() - 1).is("and")
        && mentions.stream().anyMatch(other -> other.to() == m.from() - 1);
  }

  private int strength(List<Token> tokens, ActorMention m) {
    int by = m.from() > 0 && tokens.get(m.from() - 1).is("by") ? m.from() - 1
        : m.from() > 1 && tokens.get(m.from() - 1).is("the") && tokens.get(m.from() - 2).is("by") ? m.from() - 2 : -1;
    if (by >= 0) {
      boolean holder = by > 0 && NOT_AGENTIVE.contains(tokens.get(by - 1).lower());
      return holder ? 0 : 3;
    }
    if (attackWithin(tokens, m.to())) {
      return 3;
    }
    for (int i = m.to(); i < Math.min(tokens.size(), m.to() + 3); i++) {
      // "Syrian opposition: 1300 killed": a name before a colon is who says it, not who did it
      if (tokens.get(i).is(":")) {
        break;
      }
      if (KILLING_VERBS.contains(tokens.get(i).lower())) {
        return 2;
      }
    }
    // "killed in clashes with regime troops": the other side of the fighting
    if (m.from() >= 2 && tokens.get(m.from() - 1).is("with") && FIGHTING.contains(tokens.get(m.from() - 2).lower())) {
      return 2;
    }
    return 0;
  }

  private boolean attackWithin(List<Token> tokens, int from) {
    for (int i = from; i < Math.min(tokens.size(), from + ATTACK_REACH); i++) {
      if (attackWords.longestAt(tokens, i).isPresent()) {
        return true;
      }
      if (!tokens.get(i).isWord() && !tokens.get(i).is("'s") && !tokens.get(i).is("'")) {
        return false;
      }
    }
    return false;
  }

  private static boolean isTarget(List<Token> tokens, int from) {
    for (int i = from - 1; i >= 0 && i >= from - 2; i--) {
      String w = tokens.get(i).lower();
      if (TARGET_MARKERS.contains(w)) {
        return true;
      }
      if (!w.equals("the")) {
        return false;
      }
    }
    return false;
  }
}
