package org.tally.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The clusters of one harm being formed, filed by day and, within a day, by governorate area and by victim group: a
 * claim is compared only with the clusters filed under the days of its time widened by the slack, and of those only
 * with the ones that may lie in its governorate, or, when it names none, that may count its victims. {@link #add} is
 * the greedy step of linking. The filing only narrows whom a claim is compared with, never whom it may join: a cluster
 * accepts a claim only when every member's time reaches the claim's within the slack (so one of its days is among
 * those looked at), its governorates include the claim's and its victim group is the claim's or any; a cluster's
 * governorates only narrow and its group is set once, so the filing at the time still holds it; and every candidate
 * is checked in full.
 */
final class ClusterIndex {
  private final LinkRules rules;
  private final TreeMap<Long, Day> days = new TreeMap<>();
  private long claims;

  /** The clusters filed under one day. */
  private static final class Day {
    /** Clusters no member of which named a governorate or region when they were filed here: any claim may join. */
    final List<Cluster> anywhere = new ArrayList<>();
    final Map<String, List<Cluster>> byArea = new HashMap<>();
    /** Every cluster of the day again, by its victim group when filed here ("*" while it had none). */
    final Map<String, List<Cluster>> byGroup = new HashMap<>();
  }

  ClusterIndex(LinkRules rules) {
    this.rules = rules;
  }

  /** Puts the claim into the nearest cluster that accepts it, or founds a new one; returns that cluster. */
  Cluster add(Cluster.Features claim) {
    Cluster home = choose(claim, fitting(claim));
    if (home == null) {
      home = new Cluster(claim);
    }
    home.add(claim);
    for (long d = claim.first(); d <= claim.last(); d++) {
      if (home.days.add(d)) {
        file(home, d);
      }
    }
    return home;
  }

  /** Every cluster not handed out yet that accepts the claim, each once. */
  List<Cluster> fitting(Cluster.Features claim) {
    long stamp = claims++;
    List<Cluster> fitting = new ArrayList<>();
    for (long d = claim.first() - rules.slackDays(); d <= claim.last() + rules.slackDays(); d++) {
      Day day = days.get(d);
      if (day == null) {
        continue;
      }
      if (!claim.governorates().isEmpty()) {
        check(day.anywhere, claim, stamp, fitting);
        for (String area : claim.governorates()) {
          check(day.byArea.getOrDefault(area, List.of()), claim, stamp, fitting);
        }
      } else if (claim.victimGroup().equals(LinkRules.ANY_GROUP)) {
        day.byGroup.values().forEach(clusters -> check(clusters, claim, stamp, fitting));
      } else {
        check(day.byGroup.getOrDefault(claim.victimGroup(), List.of()), claim, stamp, fitting);
        check(day.byGroup.getOrDefault(LinkRules.ANY_GROUP, List.of()), claim, stamp, fitting);
      }
    }
    return fitting;
  }

  /**
   * Hands out, once, every cluster filed only under days before {@code day}, and forgets those days: call it when no
   * claim still to come can look at them (its time widened by the slack starts on {@code day} or later).
   */
  void finishBefore(long day, Consumer<Cluster> done) {
    Map<Long, Day> old = days.headMap(day);
    for (Day d : old.values()) {
      d.byGroup.values().forEach(clusters -> finish(clusters, day, done));
    }
    old.clear();
  }

  /** Hands out every cluster not handed out yet. */
  void finishAll(Consumer<Cluster> done) {
    finishBefore(Long.MAX_VALUE, done);
  }

  private static void finish(List<Cluster> clusters, long day, Consumer<Cluster> done) {
    for (Cluster c : clusters) {
      if (!c.done && c.lastDay < day) {
        c.done = true;
        done.accept(c);
      }
    }
  }

  /** The clusters that accept the claim, each looked at once per claim however many days it is filed under. */
  private void check(List<Cluster> clusters, Cluster.Features claim, long stamp, List<Cluster> fitting) {
    for (Cluster c : clusters) {
      if (c.seenBy != stamp) {
        c.seenBy = stamp;
        if (c.accepts(claim, rules)) {
          fitting.add(c);
        }
      }
    }
  }

  private void file(Cluster cluster, long d) {
    Day day = days.computeIfAbsent(d, k -> new Day());
    Set<String> areas = cluster.areas();
    if (areas == null) {
      day.anywhere.add(cluster);
    } else {
      areas.forEach(a -> day.byArea.computeIfAbsent(a, k -> new ArrayList<>()).add(cluster));
    }
    day.byGroup.computeIfAbsent(cluster.group(), k -> new ArrayList<>()).add(cluster);
    cluster.lastDay = Math.max(cluster.lastDay, d);
  }

  /**
   * Of the clusters a claim fits, those that name the same rare kind of attack as its sentence does (a car bomb, a
   * chemical, an aircraft shot down: identifying-attacks.tsv), when there are any: the five dead of a downed helicopter
   * are the downing another outlet reported, not a toll of that day and province that names no kind of attack, however
   * near in time. All of them otherwise.
   */
  private List<Cluster> sameRareAttack(Cluster.Features claim, List<Cluster> fitting) {
    if (fitting.size() < 2 || !rules.attacks().identifies(claim.attacks())) {
      return fitting;
    }
    List<Cluster> same = fitting.stream().filter(c -> c.identifiedAlike(claim, rules)).toList();
    return same.isEmpty() ? fitting : same;
  }

  /**
   * The nearest compatible cluster in time, or null for a new one. A claim without a governorate whose candidates lie
   * in one governorate joins the most widely reported of them, the nearest among equals (a country-level follow-up of
   * a gas attack is the attack twelve articles report, not a one-article toll of a village that day). One that fits
   * incidents in two governorates cannot say which it reports: it joins the most widely reported one only when that one has
   * at least {@code unplaced_dominance} times the documents of any in another governorate (a report that names no
   * place most likely tells of the day's most reported incident), and otherwise joins neither; but when exactly one of
   * them names the same victims and an attacker of the same family as the claim does, the claim joins that one (a
   * month's "over 80 soldiers killed by the coalition in eastern Syria" is the Deir ez-Zor strike on soldiers, not a
   * shelling of "people" in Raqqa that blames no one). Ties go to the cluster
   * founded first, so the choice does not depend on the order the candidates were found in.
   */
  private Cluster choose(Cluster.Features claim, List<Cluster> candidates) {
    if (candidates.isEmpty()) {
      return null;
    }
    List<Cluster> fitting = sameRareAttack(claim, candidates);
    Comparator<Cluster> nearest = Comparator.comparingLong((Cluster c) -> c.distance(claim))
        .thenComparing(c -> c.founder, Cluster.Features.FINE_FIRST);
    if (claim.admin1() != null) {
      // the incident the claim agrees with on its town and its exact toll, then the nearest in time
      return fitting.stream().min(Comparator.comparingInt((Cluster c) -> -c.agreement(claim)).thenComparing(nearest))
          .orElseThrow();
    }
    if (fitting.stream().map(Cluster::admin1).filter(a -> a != null).distinct().count() <= 1) {
      // a report that names only the country most likely tells of the most reported incident it fits
      return fitting.stream().max(Comparator.comparingLong(Cluster::documents).thenComparing(nearest.reversed()))
          .orElseThrow();
    }
    // a report placed only coarsely that names the victims and the attacker of exactly one of them reports that one
    List<Cluster> specific = fitting.stream().filter(c -> c.namesAlike(claim, rules)).toList();
    if (specific.size() == 1) {
      return specific.get(0);
    }
    Cluster widest = fitting.stream()
        .max(Comparator.comparingLong(Cluster::documents).thenComparing(nearest.reversed())).orElseThrow();
    long rivals = fitting.stream().filter(c -> c.admin1() != null && !c.admin1().equals(widest.admin1()))
        .mapToLong(Cluster::documents).max().orElse(0);
    return widest.admin1() != null && widest.documents() >= rules.unplacedDominance() * rivals ? widest : null;
  }
}
