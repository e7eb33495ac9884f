package org.tally.resolve.place;

import org.tally.model.PlacePrecision;

/**
 * A resolved place.
 *
 * @param name the gazetteer's name, or a phrase built on it ("Aleppo countryside", "eastern Syria")
 * @param admin1 the governorate or province, or null where the place is a country or spans several
 * @param country ISO 3166-1 alpha-2; several joined by commas ("SY,IQ")
 * @param lat latitude of a point, or null for areas
 * @param lon longitude of a point, or null for areas
 */
public record Place(String name, String admin1, String country, Double lat, Double lon, PlacePrecision precision) {}
