package org.tally.link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * Joins the incidents of a multi-day operation's days to the incident of the operation's toll ("rebel bombardment
 * killed 84 in three days" with "rockets killed 13 in Aleppo" on the first of them and "38 civilians killed" on the
 * last), after {@link ClusterIndex} has formed each day's incidents: one day's figures are still compared with that
 * day's only, and the days join through the operation, not each other.
 *
 * <p>A cluster joins an operation's ({@link Operations}) when both lie in one governorate, both blame attackers of one
 * family (the side's other attacks that week are other operations), their victims may be the same, the days it tells
 * of ({@link Operations#told}) end within the operation's days (a strike the day after the operation is not the
 * operation) and start at most the slack before them, no whole toll of it exceeds the operation's, and no claim of it
 * comes from the operation's own article (which tells a day's toll and the operation's apart). Two operations'
 * tolls join when their days overlap. Joins are transitive: an incident of clusters each joined to the next.
 *
 * <p>Clusters come in any order, per harm; each is held until no cluster still to come can join it. Callers promise
 * with {@link #flushBefore} that every cluster still to come tells of days from a given day on, so the window held is
 * the longest operation and the slack, not the corpus.
 */
final class OperationMerger {
  private final LinkRules rules;
  private final Consumer<List<ClaimRef>> out;
  /** Held operations' clusters, and every held cluster that could join one. */
  private final Set<Node> operations = new LinkedHashSet<>();
  private final Set<Node> held = new LinkedHashSet<>();
  /** Held groups by the last day they tell of; entries of groups since joined to others are skipped. */
  private final PriorityQueue<Entry> byReach = new PriorityQueue<>();

  private record Entry(long reach, long order, Node root) implements Comparable<Entry> {
    @Override
    public int compareTo(Entry o) {
      int c = Long.compare(reach, o.reach);
      return c != 0 ? c : Long.compare(order, o.order);
    }
  }

  private long entries;

  /** A held cluster and the group it has joined (union-find). */
  private static final class Node {
    final Cluster cluster;
    Node parent = this;
    final List<Node> group = new ArrayList<>(List.of(this));
    long reach;
    boolean out;

    Node(Cluster cluster, long reach) {
      this.cluster = cluster;
      this.reach = reach;
    }

    Node root() {
      Node n = this;
      while (n.parent != n) {
        n = n.parent;
      }
      return n;
    }
  }

  /** The days (epoch days) some operation's toll of the harm covers, known before the first cluster comes. */
  private final Set<Long> operationDays;

  /**
   * @param operationDays the days every operation's toll of the harm covers ({@link #daysOf}): a cluster whose last
   *     told day is none of them can join no operation, and is handed on at once
   */
  OperationMerger(LinkRules rules, Set<Long> operationDays, Consumer<List<ClaimRef>> out) {
    this.rules = rules;
    this.operationDays = operationDays;
    this.out = out;
  }

  /** Adds the days of the claim's operation ({@link Operations#span}) to {@code days}, when it is an operation's toll. */
  static void daysOf(ClaimRef ref, LinkRules rules, Set<Long> days) {
    if (Operations.isOperation(ref, rules)) {
      DaySpan span = Operations.span(ref).orElseThrow();
      for (long d = span.start().toEpochDay(); d <= span.end().toEpochDay(); d++) {
        days.add(d);
      }
    }
  }

  /** Takes a formed cluster: handed on at once when it can join no operation, else held. */
  void add(Cluster cluster) {
    if (cluster.admin1() == null || cluster.family() == null
        || !cluster.operation() && !operationDays.contains(cluster.toldLast())) {
      out.accept(cluster.members);
      return;
    }
    long last = Math.max(cluster.toldLast(), cluster.operationLast());
    Node node = new Node(cluster, last);
    for (Node other : cluster.operation() ? held : operations) {
      if (fits(cluster, other.cluster) || fits(other.cluster, cluster)) {
        join(node, other);
      }
    }
    held.add(node);
    if (cluster.operation()) {
      operations.add(node);
    }
    Node root = node.root();
    byReach.add(new Entry(root.reach, entries++, root));
  }

  /**
   * Hands on every group no cluster still to come can join: the caller promises that each tells of days ending on
   * {@code day} or later. An operation to come starts at most its length before its end, and a day's cluster joins
   * one only by days within it.
   */
  void flushBefore(long day) {
    long bound = day - rules.longestOperationDays() - 2L * rules.slackDays() - 2;
    while (!byReach.isEmpty() && byReach.peek().reach() < bound) {
      Entry next = byReach.poll();
      Node root = next.root();
      if (root.out || root.parent != root || root.reach != next.reach()) {
        continue;
      }
      emit(root);
    }
  }

  /** Hands on every group held. */
  void flushAll() {
    flushBefore(Long.MAX_VALUE);
    // groups whose reach the queue holds stale entries of
    for (Node n : new ArrayList<>(held)) {
      Node root = n.root();
      if (!root.out) {
        emit(root);
      }
    }
    held.clear();
    operations.clear();
    byReach.clear();
  }

  private void emit(Node root) {
    root.out = true;
    List<ClaimRef> members = new ArrayList<>();
    for (Node n : root.group) {
      members.addAll(n.cluster.members);
      n.out = true;
      held.remove(n);
      operations.remove(n);
    }
    out.accept(members);
  }

  private void join(Node node, Node other) {
    Node a = node.root();
    Node b = other.root();
    if (a == b) {
      return;
    }
    b.parent = a;
    a.group.addAll(b.group);
    b.group.clear();
    a.reach = Math.max(a.reach, b.reach);
  }

  /** Whether {@code day} (any cluster) joins the operation {@code operation}. */
  private boolean fits(Cluster operation, Cluster day) {
    if (!operation.operation() || !operation.admin1().equals(day.admin1())
        || !rules.compatibleFamilies(operation.family(), day.family())) {
      return false;
    }
    if (!operation.group().equals(LinkRules.ANY_GROUP) && !day.group().equals(LinkRules.ANY_GROUP)
        && !operation.group().equals(day.group())) {
      return false;
    }
    // an article that gives one attack's toll beside a toll of several days tells them apart, as a part and a whole
    // ("24 civilians died in one attack on July 18" and "140 civilians dead in just two days")
    if (sharesDocument(operation, day)) {
      return false;
    }
    if (day.operation()) {
      return day.operationFirst() <= operation.operationLast() && operation.operationFirst() <= day.operationLast();
    }
    if (day.toldLast() > operation.operationLast() || day.toldLast() < operation.operationFirst()
        || day.toldFirst() < operation.operationFirst() - rules.slackDays()) {
      return false;
    }
    // a day's toll is a part of the operation's: never above it
    return operation.lowestHigh() == null || day.highestLow() <= operation.lowestHigh();
  }

  private static boolean sharesDocument(Cluster a, Cluster b) {
    for (ClaimRef x : a.members) {
      for (ClaimRef y : b.members) {
        if (x.doc().equals(y.doc())) {
          return true;
        }
      }
    }
    return false;
  }
}
