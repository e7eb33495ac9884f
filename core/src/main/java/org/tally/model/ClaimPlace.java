package org.tally.model;

/**
 * Where a claim says the harm happened: the words, and the place they resolve to where known.
 *
 * @param span where the words are in the document, or null when the place was not named in the claim's text
 * @param country ISO 3166-1 alpha-2; several joined by commas ("SY,IQ")
 * @param precision how exactly the place is known, or null when unresolved
 */
public record ClaimPlace(String text, String name, String admin1, String country, Double lat, Double lon,
    PlacePrecision precision, Span span) {}
