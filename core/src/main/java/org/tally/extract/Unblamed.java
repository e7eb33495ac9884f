package org.tally.extract;

import java.util.List;
import org.tally.extract.actor.Actor;
import org.tally.extract.token.Token;

/**
 * What attribution keeps of a claim no words gave an attacker, for the rules that read the whole document: the sides
 * its people are named as ({@code victims}, all of them: "49 PKK/YPG terrorists"), its sentence's tokens, every side
 * the sentence names, and whether the people counted are fighters under a bare label ("70 terrorists", see
 * CountAttacker.labelledDead).
 */
record Unblamed(List<Actor> victims, List<Token> tokens, List<Actor> named, boolean labelled) {
  /** True when the sentence names {@code actor}, or its side, anywhere. */
  boolean names(Actor actor) {
    return named.stream().anyMatch(actor::sameSide);
  }

  /** True when the people counted are of {@code actor}'s side. */
  boolean ownSide(Actor actor) {
    for (Actor v : victims) {
      if (v.sameSide(actor)) {
        return true;
      }
    }
    return false;
  }
}
