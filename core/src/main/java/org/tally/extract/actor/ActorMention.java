package org.tally.extract.actor;

/**
 * An actor named by tokens {@code [from, to)} of a sentence.
 *
 * @param canClaim false for words that name an attacker but never a source ("terrorists")
 * @param person true for a person who speaks for the actor ("Toner"): "he said" points back to the last one
 * @param rule the row of actor-names.tsv that named it
 * @param labelFrom where a label after the name starts ("troops" in "Turkish troops"), or {@code to} when none does:
 *     a label that is a means of attack still says the side attacked, as it did before it joined the name
 */
public record ActorMention(Actor actor, int from, int to, boolean canClaim, boolean person, Rule rule, int labelFrom) {
  public ActorMention(Actor actor, int from, int to, boolean canClaim, boolean person, Rule rule) {
    this(actor, from, to, canClaim, person, rule, to);
  }

  /** This mention with a label joined after its name from token {@code at}. */
  ActorMention withLabelFrom(int at) {
    return new ActorMention(actor, from, to, canClaim, person, rule, at);
  }
}
