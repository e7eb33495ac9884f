package org.tally.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.tally.model.Harm;
import org.tally.model.Scope;

/**
 * Links claims from different documents into incidents (one event) and series (one claimant's running count).
 *
 * <p>Incident-scope claims are one incident when they agree on harm, time (within the slack), place, perpetrator
 * family and victim group, and come from different documents or claimants ({@link Cluster}). Aggregate and
 * cumulative claims are never forced into incidents: they form series keyed by {@link SeriesKey}; but a toll over a
 * multi-day operation's few stated days is the operation's incident, with the reports of its days ({@link Operations}). Claims of related
 * articles and reader comments are not linked.
 *
 * <p>Incremental: {@link #add} re-clusters only the incidents in the (harm, week) blocks the new claims touch and
 * only the series the new claims extend; everything else is passed through untouched.
 */
public final class IncidentLinker {
  private static final Comparator<Incident> ORDER = Comparator.comparing(Incident::kind)
      .thenComparing(i -> i.when() == null ? null : i.when().start(), Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Incident::id);

  private final LinkRules rules;
  private final IncidentClusterer clusterer;
  private final IncidentBuilder builder;

  public IncidentLinker(LinkRules rules) {
    this.rules = rules;
    this.clusterer = new IncidentClusterer(rules);
    this.builder = new IncidentBuilder(rules);
  }

  /** A linker over these lexicons' link rules. */
  public static IncidentLinker from(org.tally.lexicon.Lexicons rules) {
    return new IncidentLinker(LinkRules.from(rules));
  }

  /** Links a whole corpus's claims at once. */
  public List<Incident> link(List<ClaimRef> claims) {
    return add(List.of(), claims).incidents();
  }

  /**
   * Links a corpus's incident-scope claims block by block, handing each incident to {@code out} as soon as no claim
   * still to come can join it: memory holds a window of time ({@link IncidentSweep}), not the corpus. The incidents are
   * those {@link #link} makes of the same claims, handed out in another order.
   *
   * @param claims read twice (once to plan the blocks, once to link); grouped by harm, and within a harm ordered by
   *     the first day of their time (the claim's own, else its document's date; undated claims anywhere), each claim
   *     once. Claims of other scopes, of related articles and of comments are passed over.
   */
  public void linkIncidents(ClaimSource claims, Consumer<Incident> out) {
    IncidentSweep.Plan plan = new IncidentSweep.Plan(rules);
    claims.forEach(ref -> {
      if (isIncidentClaim(ref)) {
        plan.add(ref);
      }
    });
    IncidentSweep sweep = new IncidentSweep(rules, plan, group -> out.accept(builder.incident(group)));
    claims.forEach(ref -> {
      if (isIncidentClaim(ref)) {
        sweep.add(ref);
      }
    });
    sweep.finish();
  }

  /**
   * Links a corpus's aggregate and cumulative claims into series block by block: a block is one harm, victim group and
   * scope, which every series lies within; each of its series goes to {@code out} when the next block starts. The
   * series are those {@link #link} makes of the same claims.
   *
   * @param claims grouped by harm, victims and scope, each claim once; other claims are passed over
   */
  public void linkSeries(ClaimSource claims, Consumer<Incident> out) {
    SeriesBlocks blocks = new SeriesBlocks(out);
    claims.forEach(ref -> {
      if (ref.claim().section().isOwnText() && ref.claim().scope() != Scope.INCIDENT
          && !Operations.isOperation(ref, rules)) {
        blocks.add(ref);
      }
    });
    blocks.flush();
  }

  /** The series of one harm, victim group and scope being gathered. */
  private final class SeriesBlocks {
    private final Consumer<Incident> out;
    private final Map<SeriesKey, List<ClaimRef>> series = new LinkedHashMap<>();
    private final Set<List<Enum<?>>> done = new HashSet<>();
    private List<Enum<?>> current;

    SeriesBlocks(Consumer<Incident> out) {
      this.out = out;
    }

    void add(ClaimRef ref) {
      List<Enum<?>> block = List.of(ref.claim().harm(), ref.claim().victims(), ref.claim().scope());
      if (!block.equals(current)) {
        flush();
        if (!done.add(block)) {
          throw new IllegalArgumentException("claims must come grouped by harm, victims and scope: " + ref.key()
              + " after others of " + block);
        }
        current = block;
      }
      series.computeIfAbsent(SeriesKey.of(ref, rules), k -> new ArrayList<>()).add(ref);
    }

    void flush() {
      series.forEach((key, readings) -> out.accept(builder.series(key, readings)));
      series.clear();
    }
  }

  /** An incident's claim, or a multi-day operation's toll, which links as an incident ({@link Operations}). */
  private boolean isIncidentClaim(ClaimRef ref) {
    return ref.claim().section().isOwnText()
        && (ref.claim().scope() == Scope.INCIDENT || Operations.isOperation(ref, rules));
  }

  /** Links new claims into earlier incidents and series; claims already linked there are ignored. */
  public LinkUpdate add(List<Incident> existing, List<ClaimRef> newClaims) {
    Set<String> known = new HashSet<>();
    existing.forEach(i -> i.claims().forEach(r -> known.add(r.key())));
    List<ClaimRef> single = new ArrayList<>();
    List<ClaimRef> running = new ArrayList<>();
    for (ClaimRef ref : newClaims) {
      if (ref.claim().section().isOwnText() && known.add(ref.key())) {
        (isIncidentClaim(ref) ? single : running).add(ref);
      }
    }
    List<Incident> written = new ArrayList<>();
    Set<String> removed = new HashSet<>();
    extendSeries(existing, running, written, removed);
    relinkIncidents(existing, single, written, removed);
    List<Incident> all = new ArrayList<>(written);
    existing.stream().filter(i -> !removed.contains(i.id())).forEach(all::add);
    all.sort(ORDER);
    return new LinkUpdate(all, written, removed.stream().sorted().toList());
  }

  private void extendSeries(List<Incident> existing, List<ClaimRef> running, List<Incident> written,
      Set<String> removed) {
    Map<SeriesKey, List<ClaimRef>> groups = new LinkedHashMap<>();
    running.forEach(r -> groups.computeIfAbsent(SeriesKey.of(r, rules), k -> new ArrayList<>()).add(r));
    Map<String, Incident> seriesById = new LinkedHashMap<>();
    existing.stream().filter(i -> i.kind() == IncidentKind.SERIES).forEach(i -> seriesById.put(i.id(), i));
    groups.forEach((key, readings) -> {
      Incident before = seriesById.get(key.id());
      List<ClaimRef> all = new ArrayList<>(readings);
      if (before != null) {
        removed.add(before.id());
        all.addAll(before.claims());
      }
      written.add(builder.series(key, all));
    });
  }

  /** Dissolves the incidents in the blocks the new claims touch and clusters their claims with the new ones. */
  private void relinkIncidents(List<Incident> existing, List<ClaimRef> single, List<Incident> written,
      Set<String> removed) {
    if (single.isEmpty()) {
      return;
    }
    Set<Block> touched = new HashSet<>();
    for (ClaimRef ref : single) {
      rules.linkingSpan(ref)
          .ifPresent(span -> touched.addAll(blocks(ref.claim().harm(), span, rules.slackDays())));
    }
    List<ClaimRef> pool = new ArrayList<>(single);
    for (Incident incident : existing) {
      if (incident.kind() == IncidentKind.INCIDENT && touches(incident, touched)) {
        removed.add(incident.id());
        pool.addAll(incident.claims());
      }
    }
    for (List<ClaimRef> group : clusterer.cluster(pool)) {
      written.add(builder.incident(group));
    }
  }

  private boolean touches(Incident incident, Set<Block> touched) {
    for (ClaimRef ref : incident.claims()) {
      Optional<DaySpan> span = rules.linkingSpan(ref);
      if (span.isPresent() && blocks(incident.harm(), span.get(), 0).stream().anyMatch(touched::contains)) {
        return true;
      }
    }
    return false;
  }

  /** A harm and a week: the unit that linking recomputes. */
  private record Block(Harm harm, long week) {}

  private static List<Block> blocks(Harm harm, DaySpan span, int slackDays) {
    List<Block> out = new ArrayList<>();
    long last = Math.floorDiv(span.end().toEpochDay() + slackDays, 7);
    for (long w = Math.floorDiv(span.start().toEpochDay() - slackDays, 7); w <= last; w++) {
      out.add(new Block(harm, w));
    }
    return out;
  }
}
