package org.tally.verify;

/**
 * A record lying at a place the article names, on the toll's days.
 *
 * @param named the place's name as the article's text resolved it ("Ariha")
 */
public record NamedRecord(ReferenceRecord record, String named) {}
