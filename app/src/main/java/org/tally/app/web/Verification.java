package org.tally.app.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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
 * it. Every document is verified once when the ledger is read; kept are the incidents' grades, reasons and, for
 * each toll and reference, the largest {@link #RECORDS_KEPT} records with a count of the others (a toll that spans a
 * month and a region matches dozens of small records: in all, 712,000 over 20,000 articles). A page that shows one
 * document's verdict verifies it again: a few milliseconds, the same result.
 */
public final class Verification {
  /** The records kept per toll and reference: what an incident page shows. */
  public static final int RECORDS_KEPT = 4;

  /** A record one claim of the incident was matched with (or a reference that holds none), and the claim's doc. */
  public record MatchedRecord(String doc, RecordGrade record) {
    /** The toll and reference it was matched for: "doc TAB claim TAB source". */
    public String group() {
      return doc + "\t" + record.claim() + "\t" + record.source();
    }
  }

  /**
   * @param grade the strongest grade its documents' verdicts give it (confirmed, then contested, fair, weak); where no
   *     document's main toll lies in it, its grade from its outlets alone; empty for a series
   * @param reasons the sentences of those verdicts (or of that grade) about it, each once
   * @param records the records its claims were matched with, each (document, record, grade) once, the largest
   *     {@link #RECORDS_KEPT} of each toll and reference
   * @param more how many more records each toll and reference ({@link MatchedRecord#group()}) was matched with
   */
  public record IncidentVerification(Optional<IncidentGrade> grade, List<String> reasons, List<MatchedRecord> records,
      Map<String, Integer> more) {
    /** What a map's circle is coloured by: the grade's name, or "ungraded". */
    public String gradeName() {
      return Verification.gradeName(grade);
    }
  }

  private record Graded(IncidentGrade grade, List<String> reasons) {}

  /** An incident's kept records: per toll and reference, the largest few and how many others. */
  private record Kept(List<MatchedRecord> records, Map<String, Integer> more) {}

  private final Verifier verifier;
  private final Map<String, Incident> incidentOfClaim;
  /** The main incidents found again for documents stored without one (a store older than schema 5). */
  private final Map<String, MainIncident> foundMain;
  private final Map<String, Graded> grades;
  private final Map<String, Kept> records;
  /**
   * Each document's main toll sentence, the one quote verify reads (whether it tells one attack): kept so a document's
   * verdict, worked out again for its page, is the one {@code tally verify} gives, without holding every text.
   */
  private final Map<String, String> leadSentences;

  private Verification(Verifier verifier, Map<String, Incident> incidentOfClaim, Map<String, MainIncident> foundMain,
      Map<String, Graded> grades, Map<String, Kept> records, Map<String, String> leadSentences) {
    this.verifier = verifier;
    this.incidentOfClaim = incidentOfClaim;
    this.foundMain = foundMain;
    this.grades = grades;
    this.records = records;
    this.leadSentences = leadSentences;
  }

  /** Verifies the documents as the ledger reads them, one by one, keeping the incidents' grades. */
  static final class Builder {
    private final Verifier verifier;
    private final Map<String, Incident> incidentOfClaim;
    private final Map<String, MainIncident> foundMain = new HashMap<>();
    private final Map<String, String> leadSentences = new HashMap<>();
    private final Map<String, IncidentGrade> grades = new HashMap<>();
    private final Map<String, Set<String>> reasons = new HashMap<>();
    /** By incident, then by toll and reference: the largest records so far, and how many were dropped. */
    private final Map<String, Map<String, List<MatchedRecord>>> kept = new HashMap<>();
    private final Map<String, Map<String, Integer>> more = new HashMap<>();

    private final List<Incident> incidents;

    /**
     * @param incidents the incidents to grade (series left out)
     * @param incidentOfClaim the incident of each of their claims, by key ("doc#ordinal")
     */
    Builder(Verifier verifier, List<Incident> incidents, Map<String, Incident> incidentOfClaim) {
      this.verifier = verifier;
      this.incidents = incidents;
      this.incidentOfClaim = incidentOfClaim;
    }

    /**
     * @param refs the document's claims, quoted from its text
     * @param found the main incident found again, for a document stored without one; else null
     */
    void add(String doc, List<ClaimRef> refs, MainIncident main, MainIncident found) {
      if (found != null) {
        foundMain.put(doc, found);
      }
      if (main != null && main.evidence() != null) {
        refs.stream().filter(r -> main.evidence().equals(r.claim().evidence())).findFirst()
            .ifPresent(r -> leadSentences.put(doc, r.quote()));
      }
      DocumentVerdict v = verifier.verify(doc, refs, main, incidentOfClaim::get);
      if (v.incident() != null) {
        grades.merge(v.incident().id(), v.incident().grade(), Verification::stronger);
        reasons.computeIfAbsent(v.incident().id(), k -> new LinkedHashSet<>()).addAll(v.incident().reasons());
      }
      for (RecordGrade r : v.records()) {
        String incident = incidentOf(v, r);
        if (incident != null) {
          keep(incident, new MatchedRecord(doc, r));
        }
      }
    }

    /** A record of a claim belongs to that claim's incident; one of the main toll to the incident its verdict grades. */
    private String incidentOf(DocumentVerdict v, RecordGrade r) {
      if (r.claim() < 0) {
        return v.incident() == null ? null : v.incident().id();
      }
      Incident of = incidentOfClaim.get(v.doc() + "#" + r.claim());
      return of == null ? null : of.id();
    }

    private void keep(String incident, MatchedRecord record) {
      List<MatchedRecord> group = kept.computeIfAbsent(incident, k -> new LinkedHashMap<>())
          .computeIfAbsent(record.group(), k -> new ArrayList<>());
      if (group.contains(record)) {
        return;
      }
      group.add(record);
      if (group.size() > RECORDS_KEPT) {
        group.sort(Comparator.comparing((MatchedRecord m) -> m.record().best(),
            Comparator.nullsLast(Comparator.reverseOrder())));
        group.remove(group.size() - 1);
        more.computeIfAbsent(incident, k -> new HashMap<>()).merge(record.group(), 1, Integer::sum);
      }
    }

    /** The grades; an incident that no verdict graded is graded from its outlets alone. */
    Verification build() {
      Map<String, Graded> out = new HashMap<>();
      // by the list, not by a set of the map's values: an incident's hash is that of all its claims
      for (Incident incident : incidents) {
        IncidentGrade grade = grades.get(incident.id());
        if (grade == null) {
          IncidentCheck check = verifier.grade(incident);
          out.put(incident.id(), new Graded(check.grade(), check.reasons()));
        } else {
          out.put(incident.id(), new Graded(grade, List.copyOf(reasons.get(incident.id()))));
        }
      }
      Map<String, Kept> records = new HashMap<>();
      kept.forEach((incident, groups) -> {
        List<MatchedRecord> all = new ArrayList<>();
        groups.values().forEach(all::addAll);
        records.put(incident, new Kept(List.copyOf(all), Map.copyOf(more.getOrDefault(incident, Map.of()))));
      });
      return new Verification(verifier, incidentOfClaim, Map.copyOf(foundMain), Collections.unmodifiableMap(out),
          Collections.unmodifiableMap(records), Map.copyOf(leadSentences));
    }
  }

  /** The claims of a document as verify reads them, each quoted as {@code quote} gives it. */
  static List<ClaimRef> refs(String doc, String outlet, LocalDate date, List<Claim> claims,
      java.util.function.Function<Claim, String> quote) {
    List<ClaimRef> refs = new ArrayList<>(claims.size());
    for (int i = 0; i < claims.size(); i++) {
      refs.add(new ClaimRef(doc, i, outlet, date, claims.get(i), quote.apply(claims.get(i))));
    }
    return refs;
  }

  /** A document's verdict, as {@code tally verify} prints it for the same store. */
  public DocumentVerdict verdict(Ledger.DocumentHead head, List<Claim> claims) {
    MainIncident main = head.mainIncident().orElseGet(() -> foundMain.getOrDefault(head.id(), MainIncident.NONE));
    String lead = leadSentences.getOrDefault(head.id(), "");
    // only the main toll's sentence is read by verify: the others need no quote
    return verifier.verify(head.id(), refs(head.id(), head.outlet(), head.date(), claims,
        c -> main.evidence() != null && main.evidence().equals(c.evidence()) ? lead : ""), main, incidentOfClaim::get);
  }

  public String gradeName(String incidentId) {
    Graded graded = grades.get(incidentId);
    return gradeName(Optional.ofNullable(graded == null ? null : graded.grade()));
  }

  /** An incident's grade and reasons, with the records its claims were matched with. */
  public IncidentVerification incident(String id) {
    Graded graded = grades.get(id);
    Kept kept = records.getOrDefault(id, new Kept(List.of(), Map.of()));
    return new IncidentVerification(Optional.ofNullable(graded == null ? null : graded.grade()),
        graded == null ? List.of() : graded.reasons(), kept.records(), kept.more());
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
