package org.tally.extract.actor;

/** An actor named by tokens {@code [from, to)} of a sentence. */
public record ActorMention(Actor actor, int from, int to) {}
