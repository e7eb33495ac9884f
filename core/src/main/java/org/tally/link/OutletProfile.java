package org.tally.link;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.tally.model.Victims;

/**
 * How one outlet reports: whom it blames, whose deaths it counts, how often it names a source, and whether its
 * figures run above or below what other outlets report of the same incidents.
 *
 * @param byPerpetrator claims per perpetrator blamed ("unknown" when none is)
 * @param attributed claims whose claimant is named and is not the outlet itself
 * @param shared claims in incidents that two or more outlets report; above, within and below split them
 */
public record OutletProfile(String outlet, int claims, Map<String, Integer> byPerpetrator, Map<Victims, Integer> byVictims,
    int attributed, int shared, Map<Placement, Integer> placements) {
  public OutletProfile {
    // sorted copies: profiles print in a stable order
    byPerpetrator = Collections.unmodifiableMap(new TreeMap<>(byPerpetrator));
    EnumMap<Victims, Integer> victims = new EnumMap<>(Victims.class);
    victims.putAll(byVictims);
    byVictims = Collections.unmodifiableMap(victims);
    EnumMap<Placement, Integer> placed = new EnumMap<>(Placement.class);
    placed.putAll(placements);
    placements = Collections.unmodifiableMap(placed);
  }

  /** The share of its claims that it attributes to a named claimant, 0 to 1. */
  public double attributedShare() {
    return claims == 0 ? 0 : attributed / (double) claims;
  }

  public int placed(Placement placement) {
    return placements.getOrDefault(placement, 0);
  }
}
