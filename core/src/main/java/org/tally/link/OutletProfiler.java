package org.tally.link;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.tally.model.Claim;
import org.tally.model.Count;
import org.tally.model.Victims;

/** Profiles each outlet from the claims of linked incidents and series. */
public final class OutletProfiler {
  static final String UNKNOWN = "unknown";

  private final LinkRules rules;

  public OutletProfiler(LinkRules rules) {
    this.rules = rules;
  }

  /** A profiler over these lexicons' link rules. */
  public static OutletProfiler from(org.tally.lexicon.Lexicons rules) {
    return new OutletProfiler(LinkRules.from(rules));
  }

  /** One profile per outlet, by outlet name. */
  public List<OutletProfile> profile(List<Incident> incidents) {
    Profiles profiles = profiles();
    incidents.forEach(profiles);
    return profiles.result();
  }

  /** Profiles gathered incident by incident, for incidents read one at a time. */
  public Profiles profiles() {
    return new Profiles();
  }

  /** Outlets' tallies so far: feed it every incident, then take the result. */
  public final class Profiles implements Consumer<Incident> {
    private final Map<String, Tally> tallies = new TreeMap<>();

    private Profiles() {}

    @Override
    public void accept(Incident incident) {
      boolean shared = incident.kind() == IncidentKind.INCIDENT && incident.outletCount() > 1
          && incident.consensus().best() != null;
      for (ClaimRef ref : incident.claims()) {
        Tally tally = tallies.computeIfAbsent(ref.outlet() == null ? UNKNOWN : ref.outlet(), o -> new Tally());
        tally.count(ref);
        // a part of the toll ("six children") says nothing about the whole toll's size
        if (shared && (rules.wholeToll(ref.claim().victims()) || ref.claim().victims() == incident.victims())) {
          tally.shared++;
          tally.placements.merge(place(ref.claim().count(), incident.consensus().best()), 1, Integer::sum);
        }
      }
    }

    /** One profile per outlet, by outlet name. */
    public List<OutletProfile> result() {
      List<OutletProfile> out = new ArrayList<>();
      tallies.forEach((outlet, t) -> out.add(new OutletProfile(outlet, t.claims, t.byPerpetrator, t.byVictims,
          t.attributed, t.shared, t.placements)));
      return out;
    }
  }

  private Placement place(Count count, int best) {
    if (count.min() != null && count.min() - Consensus.margin(count, count.min(), rules.approxMarginPercent()) > best) {
      return Placement.ABOVE;
    }
    if (count.max() != null && count.max() + Consensus.margin(count, count.max(), rules.approxMarginPercent()) < best) {
      return Placement.BELOW;
    }
    return Placement.WITHIN;
  }

  private static final class Tally {
    int claims;
    int attributed;
    int shared;
    final Map<String, Integer> byPerpetrator = new TreeMap<>();
    final Map<Victims, Integer> byVictims = new EnumMap<>(Victims.class);
    final Map<Placement, Integer> placements = new EnumMap<>(Placement.class);

    void count(ClaimRef ref) {
      Claim claim = ref.claim();
      claims++;
      byPerpetrator.merge(claim.perpetrator() == null ? UNKNOWN : claim.perpetrator(), 1, Integer::sum);
      byVictims.merge(claim.victims(), 1, Integer::sum);
      if (claim.claimant() != null && !claim.claimant().equals("outlet") && !claim.claimant().equals(ref.outlet())) {
        attributed++;
      }
    }
  }
}
