package org.tally.link;

import java.util.List;
import java.util.Objects;
import org.tally.model.Harm;
import org.tally.model.Scope;
import org.tally.model.Victims;

/**
 * One real-world incident as several documents report it, or one claimant's series of running counts.
 *
 * @param id stable across runs: "inc:" and the key of its first claim, or "ser:" and the series key
 * @param victims the broadest category among the claims (victim-breadth.tsv)
 * @param when for an incident, the narrowest time a claim gives; for a series, from its first to its latest reading;
 *     null when no claim or document is dated
 * @param perpetrator the perpetrator most claims name (the first named on a tie), or null
 * @param claimant for a series, the claimant family whose count it is; null for an incident
 * @param claims oldest first for a series; by document and ordinal for an incident
 */
public record Incident(String id, IncidentKind kind, Harm harm, Victims victims, Scope scope, DaySpan when,
    IncidentPlace place, String perpetrator, String claimant, Consensus consensus, List<ClaimRef> claims) {
  public Incident {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind of " + id);
    Objects.requireNonNull(harm, "harm of " + id);
    Objects.requireNonNull(victims, "victims of " + id);
    Objects.requireNonNull(scope, "scope of " + id);
    Objects.requireNonNull(place, "place of " + id);
    Objects.requireNonNull(consensus, "consensus of " + id);
    claims = List.copyOf(claims);
    if (claims.isEmpty()) {
      throw new IllegalArgumentException("incident " + id + " has no claims");
    }
  }

  /** The distinct outlets that report it. */
  public long outletCount() {
    return claims.stream().map(ClaimRef::outlet).filter(Objects::nonNull).distinct().count();
  }
}
