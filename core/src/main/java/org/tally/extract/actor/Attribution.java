package org.tally.extract.actor;

import org.tally.model.Stance;

/**
 * Who states a number, and how: {@code claimant} is an actor id, "outlet", or null when the words
 * point back to a claimant named earlier ("It added that…").
 */
public record Attribution(String claimant, Stance stance, boolean anaphoric) {
  public static Attribution outlet() {
    return new Attribution("outlet", Stance.ASSERTED, false);
  }
}
