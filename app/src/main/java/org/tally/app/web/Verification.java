package org.tally.app.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tally.event.MainIncident;
import org.tally.link.ClaimRef;
import org.tally.link.Incident;
import org.tally.model.Claim;
import org.tally.verify.DocumentVerdict;
import org.tally.verify.IncidentCheck;
import org.tally.verify.IncidentGrade;
import org.tally.verify.RecordGrade;
import org.tally.verify.Verifier;

/**
 * The verify stage over the ledger: each document's verdict, as {@code tally verify} gives it (checked against the
 * bundled and stored references, with the store's incidents), and per incident what its documents' verdicts say of
 * it. Every document is verified once when the ledger is read, to grade the incidents; only the grades and their
 * reasons are kept (a verdict's records run to hundreds of thousands over 20,000 articles). A page that shows one
 * document's verdict, or an incident's records, verifies its documents again: a few milliseconds, the same result.
 */
public final class Verification {
  /** A record one claim of the incident was matched with (or a reference that holds none), and the claim's doc. */
  public record MatchedRecord(String doc, RecordGrade record) {}

  /**
   * @param grade the strongest grade its documents' verdicts give it (confirmed, then contested, fair, weak); where no
   *     document's main toll lies in it, its grade from its outlets alone; empty for a series
   * @param reasons the sentences of those verdicts (or of that grade) about it, each once
   * @param records the records its claims were matched with, each (document, record, grade) once
   */
  public record IncidentVerification(Optional<IncidentGrade> grade, List<String> reasons, List<MatchedRecord> records) {
    /** What a map's circle is coloured by: the grade's name, or "ungraded". */
    public String gradeName() {
      return Verification.gradeName(grade);
    }
  }

  private record Graded(IncidentGrade grade, List<String> reasons) {}

  private final Verifier verifier;
  private final Map<String, Incident> incidentOfClaim;
  /** The main incidents found again for documents stored without one (a store older than schema 5). */
  private final Map<String, MainIncident> foundMain;
  private final Map<String, Graded> grades;

  private Verification(Verifier verifier, Map<String, Incident> incidentOfClaim, Map<String, MainIncident> foundMain,
      Map<String, Graded> grades) {
    this.verifier = verifier;
    this.incidentOfClaim = incidentOfClaim;
    this.foundMain = foundMain;
    this.grades = grades;
  }

  /** Verifies the documents as the ledger reads them, one by one, keeping the incidents' grades. */
  static final class Builder {
    private final Verifier verifier;
    private final Map<String, Incident> incidentOfClaim;
    private final Map<String, MainIncident> foundMain = new HashMap<>();
    private final Map<String, IncidentGrade> grades = new HashMap<>();
    private final Map<String, Set<String>> reasons = new HashMap<>();

    /** @param incidentOfClaim the incident of each claim key ("doc#ordinal"); series left out */
    Builder(Verifier verifier, Map<String, Incident> incidentOfClaim) {
      this.verifier = verifier;
      this.incidentOfClaim = incidentOfClaim;
    }

    /** @param found the main incident found again, for a document stored without one; else null */
    void add(String doc, List<ClaimRef> refs, MainIncident main, MainIncident found) {
      if (found != null) {
        foundMain.put(doc, found);
      }
      DocumentVerdict v = verifier.verify(doc, refs, main, incidentOfClaim::get);
      if (v.incident() != null) {
        grades.merge(v.incident().id(), v.incident().grade(), Verification::stronger);
        reasons.computeIfAbsent(v.incident().id(), k -> new LinkedHashSet<>()).addAll(v.incident().reasons());
      }
    }

    /** The grades; an incident that no verdict graded is graded from its outlets alone. */
    Verification build() {
      Map<String, Graded> out = new HashMap<>();
      for (Incident incident : new LinkedHashSet<>(incidentOfClaim.values())) {
        IncidentGrade grade = grades.get(incident.id());
        if (grade == null) {
          IncidentCheck check = verifier.grade(incident);
          out.put(incident.id(), new Graded(check.grade(), check.reasons()));
        } else {
          out.put(incident.id(), new Graded(grade, List.copyOf(reasons.get(incident.id()))));
        }
      }
      return new Verification(verifier, incidentOfClaim, Map.copyOf(foundMain), Collections.unmodifiableMap(out));
    }
  }

  /** The claims of a document as verify reads them (the quote is not read by verify, so it is left empty). */
  static List<ClaimRef> refs(String doc, String outlet, LocalDate date, List<Claim> claims) {
    List<ClaimRef> refs = new ArrayList<>(claims.size());
    for (int i = 0; i < claims.size(); i++) {
      refs.add(new ClaimRef(doc, i, outlet, date, claims.get(i), ""));
    }
    return refs;
  }

  /** A document's verdict, as {@code tally verify} prints it for the same store. */
  public DocumentVerdict verdict(Ledger.DocumentHead head, List<Claim> claims) {
    MainIncident main = head.mainIncident().orElseGet(() -> foundMain.getOrDefault(head.id(), MainIncident.NONE));
    return verifier.verify(head.id(), refs(head.id(), head.outlet(), head.date(), claims), main,
        incidentOfClaim::get);
  }

  public String gradeName(String incidentId) {
    Graded graded = grades.get(incidentId);
    return gradeName(Optional.ofNullable(graded == null ? null : graded.grade()));
  }

  /**
   * An incident's grade and reasons, with the records its claims were matched with: a record of a claim belongs to
   * that claim's incident; a record of a document's main toll (claim -1) to the incident its verdict grades.
   */
  public IncidentVerification incident(Incident incident, Ledger ledger) {
    Graded graded = grades.get(incident.id());
    Set<MatchedRecord> records = new LinkedHashSet<>();
    Set<String> docs = new LinkedHashSet<>();
    incident.claims().forEach(c -> docs.add(c.doc()));
    for (String doc : docs) {
      Ledger.DocumentHead head = ledger.documents().get(doc);
      if (head == null) {
        continue;
      }
      DocumentVerdict v = verdict(head, ledger.claimsOf(doc));
      boolean mainHere = v.incident() != null && v.incident().id().equals(incident.id());
      for (RecordGrade r : v.records()) {
        Incident of = r.claim() < 0 ? null : incidentOfClaim.get(doc + "#" + r.claim());
        if (r.claim() < 0 ? mainHere : of != null && of.id().equals(incident.id())) {
          records.add(new MatchedRecord(doc, r));
        }
      }
    }
    return new IncidentVerification(Optional.ofNullable(graded == null ? null : graded.grade()),
        graded == null ? List.of() : graded.reasons(), List.copyOf(records));
  }

  /** Confirmed outranks everything (the perpetrator admits it); then contested, fair, weak. */
  static IncidentGrade stronger(IncidentGrade a, IncidentGrade b) {
    List<IncidentGrade> order = List.of(IncidentGrade.CONFIRMED, IncidentGrade.CONTESTED, IncidentGrade.FAIR,
        IncidentGrade.WEAK);
    return order.indexOf(a) <= order.indexOf(b) ? a : b;
  }

  static String gradeName(Optional<IncidentGrade> grade) {
    return grade.map(IncidentGrade::jsonName).orElse("ungraded");
  }

  /** How many of the incidents have each grade ("ungraded" last), for a map's legend. */
  public Map<String, Integer> gradeCounts(List<Incident> incidents) {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (IncidentGrade g : IncidentGrade.values()) {
      out.put(g.jsonName(), 0);
    }
    out.put("ungraded", 0);
    incidents.forEach(i -> out.merge(gradeName(i.id()), 1, Integer::sum));
    return out;
  }
}
