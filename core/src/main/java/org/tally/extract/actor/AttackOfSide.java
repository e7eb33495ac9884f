package org.tally.extract.actor;

import java.util.List;
import java.util.Optional;
import org.tally.extract.token.PhraseTrie;
import org.tally.extract.token.Token;
import org.tally.extract.token.WordSet;
import org.tally.lexicon.RuleRow;

/**
 * "artillery shelling of the Assad militias on the town", "the bombardment of Russian warplanes on the market": the
 * opposition outlets' "ATTACK of SIDE on PLACE" makes the side the attacker, where "the shelling of rebel-held Aleppo"
 * or "strikes of IS positions on the outskirts" name a target (attr27, attribution-written-9 r03). Only the side's
 * own force nouns may stand between its name and "on", and "on" must not open a day or an edge of the place.
 */
final class AttackOfSide {
  private static final WordSet FORCES = WordSet.of("militias", "militia", "forces", "troops", "army", "gangs", "regime",
      "mercenaries", "warplanes", "jets", "aircraft", "helicopters", "artillery");
  private static final WordSet ONTO = WordSet.of("on", "against", "upon", "targeting");
  private static final WordSet NOT_A_TARGET = WordSet.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "the", "edge", "outskirts", "frontline", "frontlines", "front", "fronts", "road", "highway",
      "border", "axis", "axes", "way", "day", "night", "dawn", "morning", "evening", "behalf");
  /** The most words of a means of attack before "of" ("heavy artillery shelling"). */
  private static final int ATTACK_REACH = 4;

  private AttackOfSide() {}

  /** The means of attack whose "of" names {@code m} as its author, as above, if any. */
  static Optional<PhraseTrie.Match<RuleRow>> find(PhraseTrie<RuleRow> attackWords, List<Token> tokens, ActorMention m) {
    int of = m.from() > 0 && tokens.get(m.from() - 1).is("the") ? m.from() - 2 : m.from() - 1;
    if (of < 1 || !tokens.get(of).is("of") || !ontoAPlace(tokens, m.to())) {
      return Optional.empty();
    }
    for (int start = Math.max(0, of - ATTACK_REACH); start < of; start++) {
      Optional<PhraseTrie.Match<RuleRow>> attack = attackWords.longestAt(tokens, start);
      if (attack.isPresent() && attack.get().to() == of) {
        return attack;
      }
    }
    return Optional.empty();
  }

  /** True when "on" (or "against") follows the name at {@code from}, past its force nouns, and opens no day or edge. */
  private static boolean ontoAPlace(List<Token> tokens, int from) {
    int i = from;
    while (i < tokens.size() && i < from + 2 && FORCES.contains(tokens.get(i).lower())) {
      i++;
    }
    if (i + 1 >= tokens.size() || !ONTO.contains(tokens.get(i).lower())) {
      return false;
    }
    int next = tokens.get(i + 1).is("the") && i + 2 < tokens.size() ? i + 2 : i + 1;
    return !NOT_A_TARGET.contains(tokens.get(next).lower()) && tokens.get(next).isWord();
  }
}
