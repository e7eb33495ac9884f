package org.tally.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The clusters of one harm being formed, filed by week and, within a week, by governorate area: a claim is compared
 * only with the clusters of the weeks its time (widened by the slack) touches, and of those only with the ones that
 * may lie in its governorate (all of them when it names none). {@link #add} is the greedy step of linking; the filing
 * only narrows whom a claim is compared with, never whom it may join, since every candidate is checked in full.
 */
final class ClusterIndex {
  private final LinkRules rules;
  private final TreeMap<Long, Week> weeks = new TreeMap<>();

  /** The clusters filed under one week. */
  private static final class Week {
    /** Clusters no member of which named a governorate or region when they were filed here: any claim may join. */
    final List<Cluster> anywhere = new ArrayList<>();
    final Map<String, List<Cluster>> byArea = new HashMap<>();
  }

  ClusterIndex(LinkRules rules) {
    this.rules = rules;
  }

  /** Puts the claim into the nearest cluster that accepts it, or founds a new one; returns that cluster. */
  Cluster add(Cluster.Features claim) {
    Set<Cluster> candidates = new LinkedHashSet<>();
    long last = lastWeek(claim.span(), rules.slackDays());
    for (long w = firstWeek(claim.span(), rules.slackDays()); w <= last; w++) {
      Week week = weeks.get(w);
      if (week != null) {
        collect(week, claim, candidates);
      }
    }
    Cluster home = choose(claim, candidates);
    if (home == null) {
      home = new Cluster(claim);
    }
    home.add(claim);
    long own = lastWeek(claim.span(), 0);
    for (long w = firstWeek(claim.span(), 0); w <= own; w++) {
      if (home.weeks.add(w)) {
        file(home, w);
      }
    }
    return home;
  }

  /**
   * Hands out, once, every cluster filed only under weeks before {@code week}, and forgets those weeks: call it when
   * no claim still to come can touch them (its time widened by the slack starts in {@code week} or later).
   */
  void finishBefore(long week, Consumer<Cluster> done) {
    Map<Long, Week> old = weeks.headMap(week);
    for (Week w : old.values()) {
      finish(w.anywhere, week, done);
      w.byArea.values().forEach(clusters -> finish(clusters, week, done));
    }
    old.clear();
  }

  /** Hands out every cluster not handed out yet. */
  void finishAll(Consumer<Cluster> done) {
    finishBefore(Long.MAX_VALUE, done);
  }

  private static void finish(List<Cluster> clusters, long week, Consumer<Cluster> done) {
    for (Cluster c : clusters) {
      if (!c.done && c.lastWeek < week) {
        c.done = true;
        done.accept(c);
      }
    }
  }

  private static void collect(Week week, Cluster.Features claim, Set<Cluster> candidates) {
    candidates.addAll(week.anywhere);
    if (claim.governorates().isEmpty()) {
      week.byArea.values().forEach(candidates::addAll);
    } else {
      for (String area : claim.governorates()) {
        candidates.addAll(week.byArea.getOrDefault(area, List.of()));
      }
    }
  }

  private void file(Cluster cluster, long w) {
    Week week = weeks.computeIfAbsent(w, k -> new Week());
    Set<String> areas = cluster.areas();
    if (areas == null) {
      week.anywhere.add(cluster);
    } else {
      areas.forEach(a -> week.byArea.computeIfAbsent(a, k -> new ArrayList<>()).add(cluster));
    }
    cluster.lastWeek = Math.max(cluster.lastWeek, w);
  }

  /**
   * The nearest compatible cluster in time, or null for a new one. A claim without a governorate that fits incidents
   * in two governorates cannot say which it reports: it joins the most widely reported one only when that one has
   * at least {@code unplaced_dominance} times the documents of any in another governorate (a report that names no
   * place most likely tells of the day's most reported incident), and otherwise joins neither. Ties go to the cluster
   * founded first, so the choice does not depend on the order the candidates were found in.
   */
  private Cluster choose(Cluster.Features claim, Set<Cluster> candidates) {
    List<Cluster> fitting = new ArrayList<>();
    for (Cluster c : candidates) {
      if (c.accepts(claim, rules)) {
        fitting.add(c);
      }
    }
    if (fitting.isEmpty()) {
      return null;
    }
    Comparator<Cluster> nearest = Comparator.comparingLong((Cluster c) -> c.distance(claim.span()))
        .thenComparing(c -> c.founder, Cluster.Features.FINE_FIRST);
    if (claim.admin1() != null
        || fitting.stream().map(Cluster::admin1).filter(a -> a != null).distinct().count() <= 1) {
      return fitting.stream().min(nearest).orElseThrow();
    }
    Cluster widest = fitting.stream()
        .max(Comparator.comparingLong(Cluster::documents).thenComparing(nearest.reversed())).orElseThrow();
    long rivals = fitting.stream().filter(c -> c.admin1() != null && !c.admin1().equals(widest.admin1()))
        .mapToLong(Cluster::documents).max().orElse(0);
    return widest.admin1() != null && widest.documents() >= rules.unplacedDominance() * rivals ? widest : null;
  }

  static long firstWeek(DaySpan span, int slackDays) {
    return Math.floorDiv(span.start().toEpochDay() - slackDays, 7);
  }

  static long lastWeek(DaySpan span, int slackDays) {
    return Math.floorDiv(span.end().toEpochDay() + slackDays, 7);
  }
}
