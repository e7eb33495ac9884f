package org.tally.app.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.tally.app.reference.BundledReference;
import org.tally.app.reference.ReferenceReader;
import org.tally.event.MainIncident;
import org.tally.event.MainIncidentFinder;
import org.tally.lexicon.Lexicons;
import org.tally.link.ClaimRef;
import org.tally.link.Incident;
import org.tally.link.IncidentKind;
import org.tally.link.OutletProfile;
import org.tally.link.OutletProfiler;
import org.tally.model.Claim;
import org.tally.store.Store;
import org.tally.verify.DocumentVerdict;
import org.tally.verify.RecordIndex;
import org.tally.verify.RecordPlacer;
import org.tally.verify.ReferenceRecord;
import org.tally.verify.Verifier;
import org.tally.verify.VerifyRules;

/**
 * What the pages list, read from the store once and held until the next write: every incident and series, each
 * document's head (not its text), every claim, the outlet profiles, and every document's verdict. A page that shows
 * one document's text reads it from the store when asked.
 */
public record Ledger(List<Incident> incidents, Map<String, Incident> incidentsById, Map<String, DocumentHead> documents,
    List<Claim> claims, List<OutletProfile> outlets, Map<String, List<Incident>> incidentsByDoc,
    Map<String, List<Claim>> claimsByDoc, Verification verification) {

  /**
   * A document as listings show it.
   *
   * @param mainIncident empty for a document stored by a Tally that did not keep main incidents
   */
  public record DocumentHead(String id, String source, String title, String outlet, LocalDate date, int claims,
      Optional<MainIncident> mainIncident) {}

  /** The ledger of a store, its documents checked against the bundled reference and the store's own. */
  public static Ledger load(Store store, Lexicons rules) {
    VerifyRules verifyRules = VerifyRules.from(rules);
    return load(store, rules, BundledReference.read(new ReferenceReader(new RecordPlacer(verifyRules.gazetteer()),
        null)).records());
  }

  /**
   * @param bundled the bundled reference's records, read once by the caller: the store's own references (tally
   *     reference add) are read each time
   */
  public static Ledger load(Store store, Lexicons rules, List<ReferenceRecord> bundled) {
    List<Incident> incidents = store.incidents();
    Map<String, Incident> byId = new LinkedHashMap<>();
    Map<String, List<Incident>> byDoc = new TreeMap<>();
    Map<String, Incident> incidentOfClaim = new HashMap<>();
    for (Incident incident : incidents) {
      byId.put(incident.id(), incident);
      for (ClaimRef ref : incident.claims()) {
        List<Incident> of = byDoc.computeIfAbsent(ref.doc(), d -> new ArrayList<>());
        if (!of.contains(incident)) {
          of.add(incident);
        }
        if (incident.kind() == IncidentKind.INCIDENT) {
          incidentOfClaim.put(ref.key(), incident);
        }
      }
    }
    VerifyRules verifyRules = VerifyRules.from(rules);
    RecordIndex index = new RecordIndex(verifyRules, bundled);
    store.eachReference(index::add);
    Verification.Builder verification = new Verification.Builder(new Verifier(verifyRules, index),
        incidents.stream().filter(i -> i.kind() == IncidentKind.INCIDENT).toList(), incidentOfClaim);
    MainIncidentFinder finder = MainIncidentFinder.from(rules);
    Map<String, DocumentHead> documents = new LinkedHashMap<>();
    Map<String, List<Claim>> claimsByDoc = new HashMap<>();
    List<Claim> claims = new ArrayList<>();
    store.eachAnalysis(a -> {
      var facts = a.stored().facts();
      String id = a.stored().id();
      documents.put(id, new DocumentHead(id, a.stored().source(), facts.title(), facts.outlet(), facts.date(),
          a.claims().size(), a.mainIncident()));
      claims.addAll(a.claims());
      claimsByDoc.put(id, a.claims());
      // as tally verify does for a document stored without its main incident: found again from its rows
      MainIncident found = a.mainIncident().isPresent() ? null : finder.find(a.stored().document(),
          a.stored().layout(), facts.date(), a.claims());
      String text = a.stored().document().text();
      verification.add(id, Verification.refs(id, facts.outlet(), facts.date(), a.claims(),
          c -> c.evidence().text(text)), a.mainIncident().orElse(found), found);
    });
    List<OutletProfile> outlets = OutletProfiler.from(rules).profile(incidents);
    return new Ledger(Collections.unmodifiableList(incidents), Collections.unmodifiableMap(byId),
        Collections.unmodifiableMap(documents), Collections.unmodifiableList(claims), List.copyOf(outlets),
        Collections.unmodifiableMap(byDoc), Collections.unmodifiableMap(claimsByDoc), verification.build());
  }

  /** A document's verdict, as tally verify prints it; empty for a document not in the ledger. */
  public Optional<DocumentVerdict> verdict(String doc) {
    DocumentHead head = documents.get(doc);
    return head == null ? Optional.empty() : Optional.of(verification.verdict(head, claimsOf(doc)));
  }

  /** An incident's grade, reasons and matched records. */
  public Verification.IncidentVerification verification(Incident incident) {
    return verification.incident(incident.id());
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

  public List<Claim> claimsOf(String doc) {
    return claimsByDoc.getOrDefault(doc, List.of());
  }
}
