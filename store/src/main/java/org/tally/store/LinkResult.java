package org.tally.store;

/**
 * What one {@link Store#linkNew} did.
 *
 * @param claims claims linked: new ones, and those of incidents that lost members
 * @param written incidents and series written (new or changed)
 * @param removed incidents and series deleted before writing (an id may come back among the written)
 */
public record LinkResult(int claims, int written, int removed) {}
