package org.tally.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tally.model.ClaimPlace;
import org.tally.model.Count;
import org.tally.model.Scope;
import org.tally.model.Victims;

/** Turns a group of linked claims into an {@link Incident} or a series, with its consensus figures. */
final class IncidentBuilder {
  static final Comparator<ClaimRef> BY_KEY = Comparator.comparing(ClaimRef::doc).thenComparingInt(ClaimRef::ordinal);
  /** Readings in time order: the time they give (its end), undated first; then by document. */
  static final Comparator<ClaimRef> BY_TIME = Comparator
      .comparing((ClaimRef r) -> DaySpan.of(r).map(DaySpan::end).orElse(null),
          Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(BY_KEY);

  private final LinkRules rules;

  IncidentBuilder(LinkRules rules) {
    this.rules = rules;
  }

  Incident incident(List<ClaimRef> group) {
    List<ClaimRef> claims = new ArrayList<>(group);
    claims.sort(BY_KEY);
    ClaimRef first = claims.get(0);
    Victims victims = broadest(claims);
    // a claim whose text states no time is dated by its report, which may come days later: it does not date the event
    DaySpan when = narrowest(claims, true);
    if (when == null) {
      when = narrowest(claims, false);
    }
    // an operation's incident lasts the operation's days, not its shortest day's
    DaySpan operationDays = claims.stream().filter(r -> Operations.isOperation(r, rules))
        .map(r -> Operations.span(r).orElseThrow()).reduce(DaySpan::union).orElse(null);
    if (operationDays != null) {
      when = operationDays;
    }
    List<ClaimRef> tolls = new ArrayList<>(claims.size());
    for (ClaimRef r : claims) {
      if (rules.wholeToll(r.claim().victims())) {
        tolls.add(r);
      }
    }
    if (tolls.isEmpty()) {
      tolls = claims;
    }
    // an operation's incident holds its days' tolls beside the operation's: those are parts of it, and only the
    // operation's tolls can agree or disagree with each other
    List<ClaimRef> operation = tolls.stream().filter(r -> Operations.isOperation(r, rules)).toList();
    if (!operation.isEmpty()) {
      tolls = operation;
    }
    return new Incident("inc:" + first.key(), IncidentKind.INCIDENT, first.claim().harm(), victims, Scope.INCIDENT,
        when, place(claims), mostNamed(claims), null, consensus(tolls), claims);
  }

  /** The shortest, then earliest, time of the claims (of those whose text states one, with {@code stated}). */
  private static DaySpan narrowest(List<ClaimRef> claims, boolean stated) {
    DaySpan best = null;
    for (ClaimRef ref : claims) {
      if (stated && (ref.claim().when() == null || ref.claim().when().text() == null)) {
        continue;
      }
      DaySpan span = DaySpan.of(ref).orElse(null);
      if (span != null && (best == null || span.days() < best.days()
          || span.days() == best.days() && span.start().isBefore(best.start()))) {
        best = span;
      }
    }
    return best;
  }

  /**
   * The consensus of the tolls; when they contradict each other and a toll update ("rose to 86") exceeds earlier
   * figures, those are the rising toll's first counts, and only the figures no update exceeds can contradict each
   * other. Tolls that can all be true together are not told as rising.
   */
  private Consensus consensus(List<ClaimRef> tolls) {
    // a figure its own text gives as earlier and replaced ("had given a death toll of 17") does not widen the range;
    // the incident's toll still rose from it
    List<ClaimRef> current = tolls.stream().filter(r -> !rules.earlierTolls().isEarlier(r)).toList();
    if (!current.isEmpty() && current.size() < tolls.size()) {
      Consensus latest = ofCurrent(current);
      return latest.rising() ? latest : latest.risingTo(latest.contradictionSize());
    }
    return ofCurrent(tolls);
  }

  /** The consensus of tolls none of which its text gives as replaced. */
  private Consensus ofCurrent(List<ClaimRef> tolls) {
    Consensus all = Consensus.of(tolls.stream().map(r -> r.claim().count()).toList(), rules.approxMarginPercent());
    if (!all.contradiction()) {
      return all;
    }
    List<ClaimRef> updates = tolls.stream().filter(r -> rules.updates().isUpdate(r.quote())).toList();
    if (updates.isEmpty()) {
      return all;
    }
    List<Count> latest = tolls.stream().filter(r -> updates.stream().noneMatch(u -> supersedes(u, r)))
        .map(r -> r.claim().count()).toList();
    if (latest.size() == tolls.size()) {
      return all;
    }
    return all.risingTo(Consensus.of(latest, rules.approxMarginPercent()).contradictionSize());
  }

  /** The update gives a figure above all the other claim allows, and no earlier report than the other's. */
  private static boolean supersedes(ClaimRef update, ClaimRef other) {
    Count later = update.claim().count();
    Count earlier = other.claim().count();
    Integer top = earlier.max() != null ? earlier.max() : earlier.min();
    boolean notBefore = update.docDate() == null || other.docDate() == null
        || !update.docDate().isBefore(other.docDate());
    return update != other && later.min() != null && top != null && later.min() > top && notBefore;
  }

  Incident series(SeriesKey key, List<ClaimRef> group) {
    List<ClaimRef> readings = new ArrayList<>(group);
    readings.sort(BY_TIME);
    DaySpan when = readings.stream().map(DaySpan::of).flatMap(Optional::stream).reduce(DaySpan::union).orElse(null);
    IncidentPlace place = key.country().equals("-") ? IncidentPlace.UNKNOWN : new IncidentPlace(null, null, key.country());
    Consensus consensus = Consensus.ofSeries(readings.stream().map(r -> r.claim().count()).toList(),
        key.scope() == Scope.CUMULATIVE, rules.approxMarginPercent());
    return new Incident(key.id(), IncidentKind.SERIES, key.harm(), key.victims(), key.scope(), when, place,
        mostNamed(readings), key.claimant(), consensus, readings);
  }

  /** The broadest category; among equals, the one more claims use, then the first in the spec's order. */
  private Victims broadest(List<ClaimRef> claims) {
    Map<Victims, Long> counts = new LinkedHashMap<>();
    claims.forEach(r -> counts.merge(r.claim().victims(), 1L, Long::sum));
    return counts.keySet().stream()
        .max(Comparator.comparingInt((Victims v) -> rules.breadth(v)).thenComparing(counts::get)
            .thenComparing(Comparator.<Victims>reverseOrder()))
        .orElseThrow();
  }

  /** The finest place any claim gives, with the governorate and country any claim gives. */
  private static IncidentPlace place(List<ClaimRef> claims) {
    String name = null;
    int finest = Integer.MAX_VALUE;
    String admin1 = null;
    String country = null;
    for (ClaimRef ref : claims) {
      ClaimPlace place = ref.claim().location();
      if (place == null) {
        continue;
      }
      if (place.name() != null && place.precision() != null && place.precision().ordinal() < finest) {
        finest = place.precision().ordinal();
        name = place.name();
      }
      admin1 = admin1 != null ? admin1 : place.admin1();
      country = country != null ? country : place.country();
    }
    return name == null && admin1 == null && country == null ? IncidentPlace.UNKNOWN
        : new IncidentPlace(name, admin1, country);
  }

  /** The perpetrator most claims name, the first named on a tie; null when none names one. */
  private static String mostNamed(List<ClaimRef> claims) {
    Map<String, Long> counts = new LinkedHashMap<>();
    claims.stream().map(r -> r.claim().perpetrator()).filter(Objects::nonNull)
        .forEach(p -> counts.merge(p, 1L, Long::sum));
    String best = null;
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      if (best == null || e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }
}
