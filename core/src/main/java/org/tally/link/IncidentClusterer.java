package org.tally.link;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tally.model.Harm;

/**
 * Groups incident-scope claims into incidents, greedily, one harm at a time, all claims of a harm at once. Claims are
 * blocked by day and governorate ({@link ClusterIndex}): a claim is compared only with the clusters filed under the
 * days its time (widened by the slack) touches, never with all. Finer claims go first ({@link
 * Cluster.Features#FINE_FIRST}), so coarse reports join the incidents the precise ones have already formed.
 * {@link IncidentSweep} gives the same groups holding only a window of time.
 */
final class IncidentClusterer {
  private final LinkRules rules;

  IncidentClusterer(LinkRules rules) {
    this.rules = rules;
  }

  /** Groups of claims, one per incident; undated claims stay alone. */
  List<List<ClaimRef>> cluster(List<ClaimRef> claims) {
    Map<Harm, List<Cluster.Features>> byHarm = new EnumMap<>(Harm.class);
    List<List<ClaimRef>> groups = new ArrayList<>();
    for (ClaimRef ref : claims) {
      Optional<DaySpan> span = rules.linkingSpan(ref);
      if (span.isEmpty()) {
        groups.add(List.of(ref));
      } else {
        byHarm.computeIfAbsent(ref.claim().harm(), h -> new ArrayList<>())
            .add(Cluster.Features.of(ref, span.get(), rules));
      }
    }
    for (List<Cluster.Features> sameHarm : byHarm.values()) {
      sameHarm.sort(Cluster.Features.FINE_FIRST);
      ClusterIndex index = new ClusterIndex(rules);
      sameHarm.forEach(index::add);
      java.util.Set<Long> operationDays = new java.util.HashSet<>();
      sameHarm.forEach(f -> OperationMerger.daysOf(f.ref(), rules, operationDays));
      OperationMerger operations = new OperationMerger(rules, operationDays, groups::add);
      index.finishAll(operations::add);
      operations.flushAll();
    }
    return groups;
  }
}
