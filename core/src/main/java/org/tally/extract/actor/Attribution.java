package org.tally.extract.actor;

import org.tally.model.Stance;

/**
 * Who states a number, and how: {@code claimant} is an actor id, "outlet", or null when the words
 * point back to a claimant named earlier ("It added that…").
 *
 * @param personal for a named claimant, the name is a person's ("Toner said"); for one pointed back to, the words
 *     point at a person ("he said"), who is the last person named as speaking, not the last actor
 * @param rule the rows that decided it (the reporting verb, the name), for {@code --explain}; null for the outlet
 */
public record Attribution(String claimant, Stance stance, boolean anaphoric, boolean personal, String rule) {
  public static Attribution outlet() {
    return new Attribution("outlet", Stance.ASSERTED, false, false, null);
  }
}
