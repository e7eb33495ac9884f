package org.tally.app.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tally.event.MainIncident;
import org.tally.event.ReleaseTotal;
import org.tally.model.Claim;
import org.tally.model.ClaimPlace;
import org.tally.model.DocumentFacts;
import org.tally.model.Harm;

/**
 * A document as the field map of the {@code tally docs} contract (design.md), plus language, source and what the
 * document reports of its own added up ({@code reported_killed}, {@code reported_detained}: a press release's tally of
 * its operations, {@link ReleaseTotal}).
 */
public final class DocumentRecord {
  private DocumentRecord() {}

  public static Map<String, Object> of(String id, String source, DocumentFacts facts, MainIncident incident,
      List<Claim> claims, String text) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("doc", id);
    out.put("title", facts.title());
    out.put("outlet", facts.outlet());
    out.put("date", facts.date() == null ? null : facts.date().toString());
    out.put("event_location", place(incident.location()));
    out.put("event_date", incident.date() == null ? null : incident.date().toString());
    out.put("event_killed", killed(incident));
    out.put("event_evidence", incident.evidence() == null ? null : evidence(incident, text));
    out.put("claims", claims.size());
    out.put("language", facts.language());
    out.put("source", source);
    out.put("reported_killed", ReleaseTotal.of(text, claims, incident, Harm.KILLED));
    out.put("reported_detained", ReleaseTotal.of(text, claims, incident, Harm.DETAINED));
    return out;
  }

  private static Map<String, Object> place(ClaimPlace place) {
    if (place == null) {
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", place.name());
    out.put("admin1", place.admin1());
    out.put("country", place.country());
    out.put("text", place.text());
    return out;
  }

  private static Map<String, Object> evidence(MainIncident incident, String text) {
    CodePoints offsets = CodePoints.of(text);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("start", offsets.at(incident.evidence().start()));
    out.put("end", offsets.at(incident.evidence().end()));
    out.put("text", incident.evidence().text(text));
    if (incident.leadCount() != null) {
      out.put("count_start", offsets.at(incident.leadCount().start()));
      out.put("count_end", offsets.at(incident.leadCount().end()));
    }
    return out;
  }

  private static Map<String, Object> killed(MainIncident incident) {
    if (!incident.hasToll()) {
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("min", incident.killedMin());
    out.put("max", incident.killedMax());
    return out;
  }
}
