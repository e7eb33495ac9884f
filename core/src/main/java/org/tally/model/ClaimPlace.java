package org.tally.model;

/**
 * Where a claim says the harm happened: the words, and the place they resolve to where known.
 *
 * @param country ISO 3166-1 alpha-2; several joined by commas ("SY,IQ")
 */
public record ClaimPlace(String text, String name, String admin1, String country, Double lat, Double lon) {}
