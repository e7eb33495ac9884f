package org.tally.extract;

import java.util.List;
import org.tally.extract.actor.Actor;
import org.tally.extract.token.Token;

/** A claim's people's side (null when unnamed) and its sentence, for the article's one attacker. */
/** A claim no words gave an attacker: the sides its people are named as (all of them: "49 PKK/YPG terrorists"). */
/** {@code labelled}: the people counted are fighters under a bare label ("70 terrorists"), see labelledDead. */
record Unblamed(List<Actor> victims, List<Token> tokens, List<Actor> named, boolean labelled) {
  /** True when the sentence names {@code actor}, or its side, anywhere. */
  boolean names(Actor actor) {
    return named.stream().anyMatch(actor::sameSide);
  }

  boolean ownSide(Actor actor) {
    for (Actor v : victims) {
      if (v.sameSide(actor)) {
        return true;
      }
    }
    return false;
  }
}
