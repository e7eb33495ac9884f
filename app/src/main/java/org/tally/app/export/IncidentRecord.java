package org.tally.app.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tally.link.ClaimRef;
import org.tally.link.Incident;

/** An incident or series as the field map of the {@code tally incidents} contract (design.md), plus a few fields. */
public final class IncidentRecord {
  private IncidentRecord() {}

  /** The full record, its claims a list of objects: for JSON lines. */
  public static Map<String, Object> of(Incident incident) {
    Map<String, Object> out = head(incident);
    List<Map<String, Object>> claims = new ArrayList<>();
    for (ClaimRef ref : incident.claims()) {
      Map<String, Object> claim = new LinkedHashMap<>();
      claim.put("doc", ref.doc());
      claim.put("outlet", ref.outlet());
      claim.put("claimant", ref.claim().claimant());
      claim.put("min", ref.claim().count().min());
      claim.put("max", ref.claim().count().max());
      claim.put("quote", ref.quote());
      claim.put("approx", ref.claim().count().approx());
      claim.put("victims", ref.claim().victims().jsonName());
      claim.put("perpetrator", ref.claim().perpetrator());
      claim.put("ordinal", ref.ordinal());
      if (ref.claim().count().span() != null) {
        claim.put("count_start", ref.claim().count().span().start());
        claim.put("count_end", ref.claim().count().span().end());
      }
      claims.add(claim);
    }
    out.put("claims", claims);
    return out;
  }

  /** The record with its claims as one cell ("doc: min-max; ..."): for CSV and tables. */
  public static Map<String, Object> flat(Incident incident) {
    Map<String, Object> out = head(incident);
    out.put("claims", incident.claims().stream()
        .map(r -> r.doc() + ": " + bound(r.claim().count().min()) + "-" + bound(r.claim().count().max()))
        .collect(Collectors.joining("; ")));
    return out;
  }

  private static Map<String, Object> head(Incident incident) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", incident.id());
    out.put("kind", incident.kind().jsonName());
    out.put("harm", incident.harm().jsonName());
    out.put("victims", incident.victims().jsonName());
    out.put("scope", incident.scope().jsonName());
    Map<String, Object> when = new LinkedHashMap<>();
    when.put("start", incident.when() == null ? null : incident.when().start().toString());
    when.put("end", incident.when() == null ? null : incident.when().end().toString());
    out.put("when", when);
    Map<String, Object> location = new LinkedHashMap<>();
    location.put("name", incident.place().name());
    location.put("admin1", incident.place().admin1());
    location.put("country", incident.place().country());
    out.put("location", location);
    out.put("perpetrator", incident.perpetrator());
    out.put("claimant", incident.claimant());
    out.put("low", incident.consensus().low());
    out.put("best", incident.consensus().best());
    out.put("high", incident.consensus().high());
    out.put("conservative", incident.consensus().conservative());
    out.put("contradiction", incident.consensus().contradiction());
    out.put("contradiction_size", incident.consensus().contradictionSize());
    out.put("rising_toll", incident.consensus().rising());
    out.put("outlets", incident.outletCount());
    return out;
  }

  private static String bound(Integer value) {
    return value == null ? "" : value.toString();
  }
}
