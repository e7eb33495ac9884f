package org.tally.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.tally.model.Harm;

/**
 * Groups incident-scope claims into incidents block by block, holding a window of time rather than the corpus, with
 * the groups {@link IncidentClusterer} makes of all claims at once.
 *
 * <p>Greedy linking takes all claims of a harm in {@link Cluster.Features#FINE_FIRST} order: class by class (place
 * rank, then length of time), each class in time order. The sweep takes each class in time order too, but runs the
 * classes side by side, each a fixed lag behind the one before: a claim's sweep time is its first day plus its class's
 * lag. Two claims the sweep takes in the other order than greedy linking are then more than a lag apart in time, and a
 * lag is chosen so long that no cluster can reach from one to the other (members of a cluster overlap within the
 * slack, so a cluster spans at most twice the longest time plus the slack): whichever goes first, each finds the
 * clusters it would have found, and the groups come out the same. Clusters the sweep has passed by more than the
 * longest lag can never be joined again: they are handed out and forgotten.
 *
 * <p>The window is the lags of all classes together: with times of a day or two, a few weeks; a claim that spans a
 * year ("in 2016") stretches the lag, and the window, over years.
 */
final class IncidentSweep {
  private final LinkRules rules;
  private final Plan plan;
  private final Consumer<List<ClaimRef>> out;
  private final PriorityQueue<Pending> queue = new PriorityQueue<>();
  private final Set<Harm> swept = EnumSet.noneOf(Harm.class);
  private Harm harm;
  private Lags lags;
  private ClusterIndex index;
  private OperationMerger operations;
  private LocalDate lastStart;
  private long finishedBefore = Long.MIN_VALUE;

  /** A claim waiting for its sweep day; among claims of one day, in greedy order (FINE_FIRST, written out). */
  private record Pending(long sweepDay, Cluster.Features claim) implements Comparable<Pending> {
    @Override
    public int compareTo(Pending o) {
      int c = Long.compare(sweepDay, o.sweepDay);
      if (c != 0) {
        return c;
      }
      Cluster.Features a = claim;
      Cluster.Features b = o.claim;
      c = Integer.compare(a.placeRank(), b.placeRank());
      c = c != 0 ? c : Long.compare(a.days(), b.days());
      c = c != 0 ? c : Long.compare(a.plainFirst(), b.plainFirst());
      c = c != 0 ? c : a.ref().doc().compareTo(b.ref().doc());
      return c != 0 ? c : Integer.compare(a.ref().ordinal(), b.ref().ordinal());
    }
  }

  /**
   * What the sweep must know of each harm's claims before it takes the first: the classes they fall into and the
   * longest time among them. Fed every claim the sweep will take.
   */
  static final class Plan {
    private final LinkRules rules;
    private final Map<Harm, TreeSet<Long>> classes = new EnumMap<>(Harm.class);
    private final Map<Harm, Long> longestDays = new EnumMap<>(Harm.class);
    private final Map<Harm, Set<Long>> operationDays = new EnumMap<>(Harm.class);

    Plan(LinkRules rules) {
      this.rules = rules;
    }

    void add(ClaimRef ref) {
      rules.linkingSpan(ref).ifPresent(span -> {
        Harm h = ref.claim().harm();
        // a class is the claim's days without a toll update's further reach (Cluster.Features#days)
        long plainDays = DaySpan.forLinking(ref, rules.inferredReachDays()).orElse(span).days();
        classes.computeIfAbsent(h, k -> new TreeSet<>())
            .add(classOf(Cluster.Features.placeRankOf(ref, rules), plainDays));
        longestDays.merge(h, span.days(), Math::max);
        if (ref.claim().scope() != org.tally.model.Scope.INCIDENT) {
          OperationMerger.daysOf(ref, rules, operationDays.computeIfAbsent(h, k -> new java.util.HashSet<>()));
        }
      });
    }

    /** The days an operation's toll of the harm covers ({@link OperationMerger#daysOf}). */
    Set<Long> operationDays(Harm h) {
      return operationDays.getOrDefault(h, Set.of());
    }

    Lags lags(Harm h) {
      long longest = longestDays.getOrDefault(h, 1L) - 1;
      int slack = rules.slackDays();
      // a cluster a claim looks at or joins lies within reach days of the claim's time
      long reach = 2 * longest + 2L * slack;
      return new Lags(new ArrayList<>(classes.getOrDefault(h, new TreeSet<>())), longest + 2 * reach + 1);
    }
  }

  /** The classes of one harm in greedy order, each {@code step} days behind the one before. */
  record Lags(List<Long> classes, long step) {
    long of(Cluster.Features claim) {
      int i = java.util.Collections.binarySearch(classes, classOf(claim));
      if (i < 0) {
        throw new IllegalStateException("claim " + claim.ref().key() + " was not in the plan");
      }
      return i * step;
    }

    long longest() {
      return classes.isEmpty() ? 0 : (classes.size() - 1) * step;
    }
  }

  /** Place rank, then days: the key {@link Cluster.Features#FINE_FIRST} sorts by before time. */
  private static long classOf(Cluster.Features claim) {
    return classOf(claim.placeRank(), claim.days());
  }

  private static long classOf(int placeRank, long days) {
    return placeRank * (1L << 40) + days;
  }

  IncidentSweep(LinkRules rules, Plan plan, Consumer<List<ClaimRef>> out) {
    this.rules = rules;
    this.plan = plan;
    this.out = out;
  }

  /**
   * Takes the next claim: claims come grouped by harm, and within a harm by the first day of their time
   * ({@link DaySpan#of}).
   * Undated claims may come anywhere; each is an incident of its own.
   */
  void add(ClaimRef ref) {
    Optional<DaySpan> span = rules.linkingSpan(ref);
    if (span.isEmpty()) {
      out.accept(List.of(ref));
      return;
    }
    Harm h = ref.claim().harm();
    LocalDate start = DaySpan.of(ref).orElseThrow().start();
    if (h != harm) {
      if (!swept.add(h)) {
        throw new IllegalArgumentException("claims must come grouped by harm: " + ref.key() + " ("
            + h.jsonName() + ") after claims of " + harm.jsonName());
      }
      finish();
      harm = h;
      lags = plan.lags(h);
      index = new ClusterIndex(rules);
      operations = new OperationMerger(rules, plan.operationDays(h), out);
      finishedBefore = Long.MIN_VALUE;
    } else if (start.isBefore(lastStart)) {
      throw new IllegalArgumentException("claims must come ordered by time within a harm: " + ref.key() + " of "
          + start + " after one of " + lastStart);
    }
    lastStart = start;
    Cluster.Features claim = Cluster.Features.of(ref, span.get(), rules);
    queue.add(new Pending(claim.plainFirst() + lags.of(claim), claim));
    // no claim to come can start before this one's day less the reach back of a time the text does not state, or of
    // a toll update's
    sweepBefore(start.toEpochDay() - rules.longestReachDays());
  }

  /** Takes the claims still waiting and hands out every group. */
  void finish() {
    if (index != null) {
      sweepBefore(Long.MAX_VALUE);
      index.finishAll(operations::add);
      operations.flushAll();
      index = null;
    }
    harm = null;
  }

  private void sweepBefore(long day) {
    while (!queue.isEmpty() && queue.peek().sweepDay() < day) {
      Pending next = queue.poll();
      index.add(next.claim());
      // claims to come sweep no earlier, so their own time starts no earlier than this, less the longest lag and a
      // toll update's further reach (a claim sweeps by its time without it: Cluster.Features#plainFirst)
      long horizon = next.sweepDay() - lags.longest() - rules.slackDays() - rules.longestReachDays();
      if (horizon > finishedBefore) {
        finishedBefore = horizon;
        index.finishBefore(horizon, operations::add);
        // every cluster still to come has a member whose time ends on the horizon or later
        operations.flushBefore(horizon);
      }
    }
  }
}
