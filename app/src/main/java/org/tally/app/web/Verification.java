package org.tally.app.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tally.link.Incident;
import org.tally.verify.DocumentVerdict;
import org.tally.verify.IncidentCheck;
import org.tally.verify.IncidentGrade;
import org.tally.verify.RecordGrade;
import org.tally.verify.Verifier;

/**
 * The verify stage over the ledger: each document's verdict, as {@code tally verify} gives it (checked against the
 * bundled and stored references, with the store's incidents), and per incident what its documents' verdicts say of
 * it: its grade, the reasons, and the records its claims were matched with.
 */
public record Verification(Map<String, DocumentVerdict> verdicts, Map<String, IncidentVerification> incidents) {
  public static final Verification NONE = new Verification(Map.of(), Map.of());

  /** A record one claim of the incident was matched with (or a reference that holds none), and the claim's doc. */
  public record MatchedRecord(String doc, RecordGrade record) {}

  /**
   * @param grade the strongest grade its documents' verdicts give it (confirmed, then contested, fair, weak); where no
   *     document's main toll lies in it, its grade from its outlets alone; empty for a series
   * @param reasons the sentences of those verdicts (or of that grade) about it, each once
   * @param records the records its claims were matched with, each (document, record, grade) once
   */
  public record IncidentVerification(Optional<IncidentGrade> grade, List<String> reasons, List<MatchedRecord> records) {
    public static final IncidentVerification NONE = new IncidentVerification(Optional.empty(), List.of(), List.of());

    /** What a map's circle is coloured by: the grade's name, or "ungraded". */
    public String gradeName() {
      return grade.map(IncidentGrade::jsonName).orElse("ungraded");
    }
  }

  public Optional<DocumentVerdict> verdict(String doc) {
    return Optional.ofNullable(verdicts.get(doc));
  }

  public IncidentVerification incident(String id) {
    return incidents.getOrDefault(id, IncidentVerification.NONE);
  }

  /**
   * Gathers the verdicts by incident. A record of a claim goes to that claim's incident; a record of a document's
   * main toll (claim -1) to the incident its verdict grades. An incident that no verdict grades is graded from its
   * outlets alone.
   *
   * @param incidentOfClaim the incident of each claim key ("doc#ordinal")
   */
  static Verification of(Map<String, DocumentVerdict> verdicts, Map<String, Incident> incidentOfClaim,
      Verifier verifier) {
    Map<String, IncidentGrade> grades = new HashMap<>();
    Map<String, Set<String>> reasons = new HashMap<>();
    Map<String, Set<MatchedRecord>> records = new HashMap<>();
    for (DocumentVerdict v : verdicts.values()) {
      String graded = v.incident() == null ? null : v.incident().id();
      if (graded != null) {
        grades.merge(graded, v.incident().grade(), Verification::stronger);
        reasons.computeIfAbsent(graded, k -> new LinkedHashSet<>()).addAll(v.incident().reasons());
      }
      for (RecordGrade r : v.records()) {
        Incident of = r.claim() < 0 ? null : incidentOfClaim.get(v.doc() + "#" + r.claim());
        String id = r.claim() < 0 ? graded : of == null ? null : of.id();
        if (id != null) {
          records.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(new MatchedRecord(v.doc(), r));
        }
      }
    }
    for (Incident incident : new LinkedHashSet<>(incidentOfClaim.values())) {
      if (!grades.containsKey(incident.id())) {
        IncidentCheck check = verifier.grade(incident);
        grades.put(incident.id(), check.grade());
        reasons.put(incident.id(), new LinkedHashSet<>(check.reasons()));
      }
    }
    Set<String> ids = new LinkedHashSet<>(grades.keySet());
    ids.addAll(records.keySet());
    Map<String, IncidentVerification> out = new HashMap<>();
    for (String id : ids) {
      out.put(id, new IncidentVerification(Optional.ofNullable(grades.get(id)),
          List.copyOf(reasons.getOrDefault(id, Set.of())), List.copyOf(records.getOrDefault(id, Set.of()))));
    }
    return new Verification(Collections.unmodifiableMap(new LinkedHashMap<>(verdicts)),
        Collections.unmodifiableMap(out));
  }

  /** Confirmed outranks everything (the perpetrator admits it); then contested, fair, weak. */
  static IncidentGrade stronger(IncidentGrade a, IncidentGrade b) {
    List<IncidentGrade> order = List.of(IncidentGrade.CONFIRMED, IncidentGrade.CONTESTED, IncidentGrade.FAIR,
        IncidentGrade.WEAK);
    return order.indexOf(a) <= order.indexOf(b) ? a : b;
  }

  /** How many of the incidents have each grade ("ungraded" last), for a map's legend. */
  public Map<String, Integer> gradeCounts(List<Incident> incidents) {
    Map<String, Integer> out = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    for (IncidentGrade g : IncidentGrade.values()) {
      names.add(g.jsonName());
    }
    names.add("ungraded");
    names.forEach(n -> out.put(n, 0));
    incidents.forEach(i -> out.merge(incident(i.id()).gradeName(), 1, Integer::sum));
    return out;
  }
}
