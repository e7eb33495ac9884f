package org.tally.extract.actor;

/**
 * An actor named by tokens {@code [from, to)} of a sentence.
 *
 * @param canClaim false for words that name an attacker but never a source ("terrorists")
 */
public record ActorMention(Actor actor, int from, int to, boolean canClaim) {}
