package org.tally.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tally.extract.actor.Actor;
import org.tally.extract.actor.ActorDictionary;
import org.tally.extract.actor.ActorMention;
import org.tally.extract.actor.Attribution;
import org.tally.extract.actor.ClaimantFinder;
import org.tally.extract.actor.PerpetratorFinder;
import org.tally.extract.scope.ScopeFinder;
import org.tally.extract.token.Token;
import org.tally.model.Claim;
import org.tally.model.ClaimSection;
import org.tally.model.Scope;
import org.tally.model.SectionKind;
import org.tally.model.Span;
import org.tally.model.Stance;

/**
 * Turns the casualties of one sentence into claims: who states them (named, pointed back to, or the
 * outlet), who caused the harm (named here, else earlier in the section, else in the headline), the
 * stance (an admission when both sit on one side) and the scope.
 */
final class Attributor {
  private static final String OUTLET = "outlet";

  private final ActorDictionary actors;
  private final ClaimantFinder claimants;
  private final PerpetratorFinder perpetrators;
  private final ScopeFinder scopes;

  Attributor(ActorDictionary actors, ClaimantFinder claimants, PerpetratorFinder perpetrators, ScopeFinder scopes) {
    this.actors = actors;
    this.claimants = claimants;
    this.perpetrators = perpetrators;
    this.scopes = scopes;
  }

  List<Claim> attribute(ClaimExtractor.Reading reading, SectionKind kind, Span sentence, List<Token> tokens,
      List<ActorMention> mentions, CasualtyFinder.Found found) {
    boolean headline = kind == SectionKind.TITLE;
    String opening = claimants.opensWithAnaphor(tokens) ? reading.lastClaimant : null;
    List<int[]> countTokens = found.casualties().stream().map(c -> new int[] {c.from(), c.to()}).toList();
    List<Claim> out = new ArrayList<>();
    for (Casualty casualty : found.casualties()) {
      Optional<Attribution> attribution = headline
          ? claimants.fromHeadline(tokens, mentions).or(() -> claimants.find(tokens, mentions, casualty.from()))
          : claimants.find(tokens, mentions, casualty.from());
      String claimant = opening != null ? opening : claimant(reading, attribution);
      Stance stance = attribution.map(Attribution::stance).orElse(Stance.ASSERTED);
      String perpetrator = perpetrators.find(tokens, mentions, casualty.from(), casualty.headEnd())
          .map(f -> f.possessive() ? claimant : f.actor())
          .filter(p -> !OUTLET.equals(p))
          .orElseGet(() -> fallbackPerpetrator(reading, tokens));
      if (perpetrator != null && !headline) {
        reading.previousPerpetrator = perpetrator;
      }
      if (headline && reading.titlePerpetrator == null) {
        reading.titlePerpetrator = perpetrator;
      }
      if (sameSide(claimant, perpetrator)) {
        stance = Stance.ADMITTED;
      }
      int[] clause = clause(tokens, casualty.from());
      Scope scope = scopes.find(tokens, clause[0], clause[1], countTokens);
      ClaimSection section = kind.claimSection();
      Claim claim = new Claim(reading.doc.id(), casualty.harm(), casualty.victims(), casualty.count(), casualty.countText(),
          perpetrator, claimant, null, null, scope, stance, found.attacks(), section, sentence);
      if (attribution.isEmpty() && opening == null && !reading.quotedSection) {
        reading.unattributed.add(claim);
      }
      out.add(claim);
    }
    if (opening == null && !mentions.isEmpty()) {
      remember(reading, tokens, mentions, headline);
    }
    return out;
  }

  /** The stretch between quotation marks, semicolons and colons that holds token {@code at}. */
  private static int[] clause(List<Token> tokens, int at) {
    int from = at;
    while (from > 0 && !isClauseEdge(tokens.get(from - 1))) {
      from--;
    }
    int to = at;
    while (to < tokens.size() && !isClauseEdge(tokens.get(to))) {
      to++;
    }
    return new int[] {from, to};
  }

  private static boolean isClauseEdge(Token token) {
    return switch (token.text()) {
      case "\"", "“", "”", ";", ":", "«", "»" -> true;
      default -> false;
    };
  }

  private static String claimant(ClaimExtractor.Reading reading, Optional<Attribution> attribution) {
    if (attribution.isPresent() && attribution.get().claimant() != null) {
      return attribution.get().claimant();
    }
    if (attribution.isPresent() && attribution.get().anaphoric() || attribution.isEmpty() && reading.quotedSection) {
      return reading.lastClaimant != null ? reading.lastClaimant : OUTLET;
    }
    return OUTLET;
  }

  /** A named claimant of this sentence, even one without a number, is who "it" and "the ministry" mean next. */
  private void remember(ClaimExtractor.Reading reading, List<Token> tokens, List<ActorMention> mentions, boolean headline) {
    if (headline) {
      claimants.fromHeadline(tokens, mentions).ifPresent(a -> reading.lastClaimant = a.claimant());
    }
    claimants.find(tokens, mentions, tokens.size())
        .filter(a -> a.claimant() != null && !a.claimant().equals(OUTLET))
        .ifPresent(a -> {
          reading.lastClaimant = a.claimant();
          reading.sources.add(a.claimant());
        });
  }

  /** No attacker named in the sentence: the headline's, else the sentence before's, else whose area was hit. */
  private String fallbackPerpetrator(ClaimExtractor.Reading reading, List<Token> tokens) {
    if (reading.titlePerpetrator != null) {
      return reading.titlePerpetrator;
    }
    if (reading.previousPerpetrator != null) {
      return reading.previousPerpetrator;
    }
    return perpetrators.byHeldArea(tokens).orElse(null);
  }

  private boolean sameSide(String claimant, String perpetrator) {
    if (claimant == null || perpetrator == null || OUTLET.equals(claimant)) {
      return false;
    }
    Optional<Actor> a = actors.byId(claimant);
    Optional<Actor> b = actors.byId(perpetrator);
    return a.isPresent() && b.isPresent() && a.get().sameSide(b.get());
  }
}
