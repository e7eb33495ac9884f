package org.tally.app.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tally.verify.DocumentVerdict;
import org.tally.verify.IncidentCheck;
import org.tally.verify.RecordGrade;

/** A document's verdict as the field map of the {@code tally verify} contract (design.md), plus a few fields. */
public final class VerdictRecord {
  private VerdictRecord() {}

  /** The full record, reasons and records as lists: for JSON lines. */
  public static Map<String, Object> of(DocumentVerdict v) {
    Map<String, Object> out = head(v);
    out.put("reasons", v.reasons());
    List<Map<String, Object>> records = new ArrayList<>();
    for (RecordGrade r : v.records()) {
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("source", r.source());
      record.put("id", r.id());
      record.put("date_start", r.dateStart() == null ? null : r.dateStart().toString());
      record.put("date_end", r.dateEnd() == null ? null : r.dateEnd().toString());
      record.put("place", r.place());
      record.put("low", r.low());
      record.put("best", r.best());
      record.put("high", r.high());
      record.put("grade", r.grade().jsonName());
      record.put("claim", r.claim() < 0 ? null : r.claim());
      record.put("count_text", r.words());
      record.put("named_place", r.namedPlace());
      records.add(record);
    }
    out.put("records", records);
    IncidentCheck incident = v.incident();
    if (incident == null) {
      out.put("incident", null);
    } else {
      Map<String, Object> i = new LinkedHashMap<>();
      i.put("id", incident.id());
      i.put("grade", incident.grade().jsonName());
      i.put("outlets", incident.outlets());
      i.put("reasons", incident.reasons());
      out.put("incident", i);
    }
    return out;
  }

  /**
   * The full record (as {@link #of} gives it, or as stored and read back) with reasons and records as one cell
   * each: for CSV and tables.
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> flat(Map<String, Object> full) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String key : List.of("doc", "credible", "score", "verdict")) {
      out.put(key, full.get(key));
    }
    out.put("reasons", String.join(" | ", (List<String>) full.get("reasons")));
    out.put("records", ((List<Map<String, Object>>) full.get("records")).stream().filter(r -> r.get("id") != null)
        .map(r -> r.get("source") + " " + r.get("id") + " " + r.get("low") + "-" + r.get("high") + " "
            + r.get("grade"))
        .distinct().collect(Collectors.joining("; ")));
    Map<String, Object> incident = (Map<String, Object>) full.get("incident");
    out.put("incident_grade", incident == null ? null : incident.get("grade"));
    return out;
  }

  private static Map<String, Object> head(DocumentVerdict v) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("doc", v.doc());
    out.put("credible", v.credible());
    out.put("score", Math.round(v.score() * 1000) / 1000.0);
    out.put("verdict", v.verdict().jsonName());
    return out;
  }
}
