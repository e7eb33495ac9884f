package org.tally.resolve.place;

/**
 * One place of the gazetteer.
 *
 * @param admin1 the first-level division it lies in (its own name for an admin1), or null for a country
 * @param country ISO 3166-1 alpha-2
 * @param population 0 where unknown
 */
public record GazetteerEntry(String name, PlaceKind kind, String admin1, String country, Double lat, Double lon,
    long population) {}
