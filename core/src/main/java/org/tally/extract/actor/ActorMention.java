package org.tally.extract.actor;

/**
 * An actor named by tokens {@code [from, to)} of a sentence.
 *
 * @param canClaim false for words that name an attacker but never a source ("terrorists")
 * @param person true for a person who speaks for the actor ("Toner"): "he said" points back to the last one
 * @param rule the row of actor-names.tsv that named it
 */
public record ActorMention(Actor actor, int from, int to, boolean canClaim, boolean person, Rule rule) {}
