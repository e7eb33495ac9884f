package org.tally.extract;

import java.util.List;
import java.util.Optional;
import org.tally.extract.actor.ActorMention;
import org.tally.extract.token.Token;
import org.tally.extract.token.WordSet;
import org.tally.model.Claim;
import org.tally.model.Victims;

/**
 * What a count's words and size say of it, for attribution: a war's total, civilians or fighters, "others", a part of
 * another count, the name among its people.
 */
final class CountFacts {
  private CountFacts() {}

  private static final WordSet OTHERS = WordSet.of("others");

  /** True when the people counted are "others": "three others", "several others". */
  static boolean others(List<Token> tokens, Casualty casualty) {
    for (int i = casualty.from(); i < casualty.headEnd() && i < tokens.size(); i++) {
      if (OTHERS.contains(tokens.get(i).lower())) {
        return true;
      }
    }
    return false;
  }

  /** A claim's harm and bounds: a headline's figure and the body's that restates it share them. */
  static String figure(Claim claim) {
    return claim.harm() + " " + claim.count().min() + " " + claim.count().max();
  }

  /**
   * More dead, hurt or displaced than any one attack of these wars has left (the Ghouta sarin attack: some 1,400 dead):
   * "more than 300,000 people have been killed" is a war's total even where no words say so, and no one attacker's.
   */
  private static final int MORE_THAN_ONE_ATTACK = 5000;

  static boolean warSized(Claim claim) {
    return warSized(claim.count());
  }

  static boolean warSized(org.tally.model.Count count) {
    Integer least = count.min() != null ? count.min() : count.max();
    return least != null && least > MORE_THAN_ONE_ATTACK;
  }

  /** The first count other than {@code except} whose people hold token {@code at}, or null: a loop, asked per name. */
  static Casualty heldBy(List<Casualty> casualties, Casualty except, int at) {
    for (Casualty c : casualties) {
      if (c != except && c.holds(at)) {
        return c;
      }
    }
    return null;
  }

  /** Words that make the count after them a part of the count before: "116 rebels including an Al-Nusra commander". */
  private static final WordSet PART_OF = WordSet.of("including", "includes", "among", "incl");

  /**
   * True when one of the two counts is a breakdown of the other ("116 rebels including an Al-Nusra commander"): the
   * commander is one of the rebels, not the other side of the fighting.
   */
  static boolean nested(List<Token> tokens, Casualty a, Casualty b) {
    Casualty first = a.from() < b.from() ? a : b;
    Casualty second = first == a ? b : a;
    for (int i = first.from(); i < Math.min(second.from(), tokens.size()); i++) {
      if (PART_OF.contains(tokens.get(i).lower())) {
        return true;
      }
    }
    return false;
  }

  static boolean civilian(Casualty casualty) {
    return casualty.victims() == Victims.CIVILIANS || casualty.victims() == Victims.CHILDREN
        || casualty.victims() == Victims.WOMEN;
  }

  static boolean combatant(Casualty casualty) {
    return casualty.victims() == Victims.SOLDIERS || casualty.victims() == Victims.FIGHTERS;
  }

  static Optional<ActorMention> victimOf(List<ActorMention> mentions, Casualty casualty) {
    return mentions.stream().filter(m -> casualty.holds(m.from())).findFirst();
  }
}
