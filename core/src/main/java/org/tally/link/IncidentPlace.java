package org.tally.link;

/**
 * Where an incident happened, as finely as its claims say: each part null where unknown.
 *
 * @param country ISO 3166-1 alpha-2
 */
public record IncidentPlace(String name, String admin1, String country) {
  public static final IncidentPlace UNKNOWN = new IncidentPlace(null, null, null);
}
