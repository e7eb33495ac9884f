package org.tally.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tally.model.Harm;

/**
 * Groups incident-scope claims into incidents, greedily, one harm at a time. Claims are blocked by week: a claim is
 * compared only with the clusters registered in the weeks its time (widened by the slack) touches, never with all.
 * Finer claims go first (a governorate before a region before a country before no place; a day before a month), so
 * coarse reports join the incidents the precise ones have already formed.
 */
final class IncidentClusterer {
  private static final Comparator<Placed> FINE_FIRST = Comparator
      .comparingInt(Placed::placeRank)
      .thenComparingLong(p -> p.span().days())
      .thenComparing(p -> p.span().start())
      .thenComparing(p -> p.ref().doc())
      .thenComparingInt(p -> p.ref().ordinal());

  private final LinkRules rules;

  IncidentClusterer(LinkRules rules) {
    this.rules = rules;
  }

  /** A dated claim with its linking features and place rank, worked out once for sorting. */
  private record Placed(ClaimRef ref, DaySpan span, Cluster.Features features, int placeRank) {
    Placed(ClaimRef ref, DaySpan span, Cluster.Features features) {
      this(ref, span, features, IncidentClusterer.placeRank(features));
    }
  }

  /** Groups of claims, one per incident; undated claims stay alone. */
  List<List<ClaimRef>> cluster(List<ClaimRef> claims) {
    Map<Harm, List<Placed>> byHarm = new HashMap<>();
    List<List<ClaimRef>> groups = new ArrayList<>();
    for (ClaimRef ref : claims) {
      Optional<DaySpan> span = DaySpan.forLinking(ref, rules.inferredReachDays());
      if (span.isEmpty()) {
        groups.add(List.of(ref));
      } else {
        byHarm.computeIfAbsent(ref.claim().harm(), h -> new ArrayList<>())
            .add(new Placed(ref, span.get(), Cluster.Features.of(ref, span.get(), rules)));
      }
    }
    for (List<Placed> sameHarm : byHarm.values()) {
      for (Cluster cluster : clusterOneHarm(sameHarm)) {
        groups.add(cluster.members);
      }
    }
    return groups;
  }

  private List<Cluster> clusterOneHarm(List<Placed> claims) {
    claims.sort(FINE_FIRST);
    List<Cluster> clusters = new ArrayList<>();
    Map<Long, List<Cluster>> byWeek = new HashMap<>();
    for (Placed claim : claims) {
      Cluster.Features features = claim.features();
      Set<Cluster> candidates = new LinkedHashSet<>();
      for (long week : weeks(claim.span(), rules.slackDays())) {
        for (Cluster c : byWeek.getOrDefault(week, List.of())) {
          if (c.accepts(features, rules)) {
            candidates.add(c);
          }
        }
      }
      Cluster home = choose(features, candidates);
      if (home == null) {
        home = new Cluster(clusters.size());
        clusters.add(home);
      }
      home.add(features);
      for (long week : weeks(claim.span(), 0)) {
        if (home.weeks.add(week)) {
          byWeek.computeIfAbsent(week, w -> new ArrayList<>()).add(home);
        }
      }
    }
    return clusters;
  }

  /**
   * The nearest compatible cluster in time, or null for a new one. A claim without a governorate that fits incidents
   * in two governorates cannot say which it reports: it joins the most widely reported one only when that one has
   * at least {@code unplaced_dominance} times the documents of any in another governorate (a report that names no
   * place most likely tells of the day's most reported incident), and otherwise joins neither.
   */
  private Cluster choose(Cluster.Features claim, Set<Cluster> candidates) {
    if (candidates.isEmpty()) {
      return null;
    }
    Comparator<Cluster> nearest = Comparator.comparingLong((Cluster c) -> c.distance(claim.span()))
        .thenComparingInt(c -> c.order);
    if (claim.admin1() != null
        || candidates.stream().map(Cluster::admin1).filter(a -> a != null).distinct().count() <= 1) {
      return candidates.stream().min(nearest).orElseThrow();
    }
    Cluster widest = candidates.stream()
        .max(Comparator.comparingLong(Cluster::documents).thenComparing(nearest.reversed())).orElseThrow();
    long rivals = candidates.stream().filter(c -> c.admin1() != null && !c.admin1().equals(widest.admin1()))
        .mapToLong(Cluster::documents).max().orElse(0);
    return widest.admin1() != null && widest.documents() >= rules.unplacedDominance() * rivals ? widest : null;
  }

  private static List<Long> weeks(DaySpan span, int slackDays) {
    long first = Math.floorDiv(span.start().toEpochDay() - slackDays, 7);
    long last = Math.floorDiv(span.end().toEpochDay() + slackDays, 7);
    List<Long> weeks = new ArrayList<>();
    for (long w = first; w <= last; w++) {
      weeks.add(w);
    }
    return weeks;
  }

  /** 0: one governorate; 1: a region of several; 2: a country; 3: no place. */
  private static int placeRank(Cluster.Features claim) {
    if (claim.admin1() != null) {
      return 0;
    }
    if (!claim.governorates().isEmpty()) {
      return 1;
    }
    return claim.countries().isEmpty() ? 3 : 2;
  }
}
