package org.tally.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.tally.link.ClaimRef;
import org.tally.link.DaySpan;
import org.tally.link.Incident;
import org.tally.link.IncidentLinker;
import org.tally.link.LinkUpdate;
import org.tally.model.Harm;

/**
 * Linking inside one transaction. Incrementally: unlinked claims, their neighbourhood, the linker, the rewrite. When
 * most claims are new (the first link after an ingest), everything is linked again block by block instead: the claims
 * stream in by harm and time and each incident is written as soon as it is complete, so memory holds a window of
 * time, not the store.
 */
final class IncidentLinking {
  /** Wider than the linker's blocks (a week) plus its time slack, so that every incident it may touch is read. */
  private static final int NEIGHBOURHOOD_DAYS = 15;

  private IncidentLinking() {}

  static LinkResult linkNew(Handle h, IncidentLinker linker) {
    int[] claimsAndLinked = ClaimRefRows.ownTextClaimsAndLinked(h);
    int unlinked = claimsAndLinked[0] - claimsAndLinked[1];
    if (unlinked > claimsAndLinked[1]) {
      return linkAll(h, linker);
    }
    List<String> shrunk = IncidentRows.shrunk(h);
    List<ClaimRef> fresh = new ArrayList<>();
    IncidentRows.load(h, shrunk).forEach(i -> fresh.addAll(i.claims()));
    IncidentRows.delete(h, shrunk);
    for (String doc : ClaimRefRows.docsWithUnlinkedClaims(h)) {
      Set<Integer> linked = ClaimRefRows.linkedOrdinals(h, doc);
      ClaimRefRows.of(h, List.of(doc)).stream().filter(r -> !linked.contains(r.ordinal())).forEach(fresh::add);
    }
    if (fresh.isEmpty()) {
      return new LinkResult(0, 0, shrunk.size());
    }
    LinkUpdate update = linker.add(IncidentRows.load(h, neighbourhood(h, fresh)), fresh);
    IncidentRows.delete(h, update.removed());
    for (Incident incident : update.written()) {
      IncidentRows.insert(h, incident);
    }
    return new LinkResult(fresh.size(), update.written().size(), shrunk.size() + update.removed().size());
  }

  /** Drops every incident and series and links all claims again, block by block, writing each as it is complete. */
  static LinkResult linkAll(Handle h, IncidentLinker linker) {
    int removed = h.execute("DELETE FROM incidents");
    int[] written = {0, 0};
    Consumer<Incident> write = incident -> {
      IncidentRows.insert(h, incident);
      written[0]++;
      written[1] += incident.claims().size();
    };
    linker.linkIncidents(each -> ClaimRefRows.incidentClaimsByTime(h, each), write);
    linker.linkSeries(each -> ClaimRefRows.runningClaimsByBlock(h, each), write);
    return new LinkResult(written[1], written[0], removed);
  }

  private static List<String> neighbourhood(Handle h, List<ClaimRef> fresh) {
    Set<Harm> harms = EnumSet.noneOf(Harm.class);
    LocalDate from = null;
    LocalDate to = null;
    for (ClaimRef ref : fresh) {
      harms.add(ref.claim().harm());
      Optional<DaySpan> span = DaySpan.of(ref);
      if (span.isPresent()) {
        from = from == null || span.get().start().isBefore(from) ? span.get().start() : from;
        to = to == null || span.get().end().isAfter(to) ? span.get().end() : to;
      }
    }
    // undated claims never join an incident, but series still need theirs
    return from == null ? IncidentRows.near(h, harms, null, null)
        : IncidentRows.near(h, harms, from.minusDays(NEIGHBOURHOOD_DAYS), to.plusDays(NEIGHBOURHOOD_DAYS));
  }
}
