package org.tally.app.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.tally.event.MainIncident;
import org.tally.lexicon.Lexicons;
import org.tally.link.ClaimRef;
import org.tally.link.Incident;
import org.tally.link.OutletProfile;
import org.tally.link.OutletProfiler;
import org.tally.model.Claim;
import org.tally.store.Store;

/**
 * What the pages list, read from the store once and held until the next write: every incident and series, each
 * document's head (not its text), every claim, and the outlet profiles. A page that shows one document's text reads it
 * from the store when asked.
 */
public record Ledger(List<Incident> incidents, Map<String, Incident> incidentsById, Map<String, DocumentHead> documents,
    List<Claim> claims, List<OutletProfile> outlets, Map<String, List<Incident>> incidentsByDoc) {

  /**
   * A document as listings show it.
   *
   * @param mainIncident empty for a document stored by a Tally that did not keep main incidents
   */
  public record DocumentHead(String id, String source, String title, String outlet, LocalDate date, int claims,
      Optional<MainIncident> mainIncident) {}

  public static Ledger load(Store store, Lexicons rules) {
    Map<String, DocumentHead> documents = new LinkedHashMap<>();
    List<Claim> claims = new ArrayList<>();
    store.eachAnalysis(a -> {
      var facts = a.stored().facts();
      documents.put(a.stored().id(), new DocumentHead(a.stored().id(), a.stored().source(), facts.title(),
          facts.outlet(), facts.date(), a.claims().size(), a.mainIncident()));
      claims.addAll(a.claims());
    });
    List<Incident> incidents = store.incidents();
    Map<String, Incident> byId = new LinkedHashMap<>();
    Map<String, List<Incident>> byDoc = new TreeMap<>();
    for (Incident incident : incidents) {
      byId.put(incident.id(), incident);
      for (ClaimRef ref : incident.claims()) {
        List<Incident> of = byDoc.computeIfAbsent(ref.doc(), d -> new ArrayList<>());
        if (!of.contains(incident)) {
          of.add(incident);
        }
      }
    }
    List<OutletProfile> outlets = OutletProfiler.from(rules).profile(incidents);
    return new Ledger(Collections.unmodifiableList(incidents), Collections.unmodifiableMap(byId),
        Collections.unmodifiableMap(documents), Collections.unmodifiableList(claims), List.copyOf(outlets),
        Collections.unmodifiableMap(byDoc));
  }

  public Optional<Incident> incident(String id) {
    return Optional.ofNullable(incidentsById.get(id));
  }

  public Optional<OutletProfile> outlet(String name) {
    return outlets.stream().filter(p -> p.outlet().equals(name)).findFirst();
  }

  public List<Incident> incidentsOf(String doc) {
    return incidentsByDoc.getOrDefault(doc, List.of());
  }
}
