package org.tally.app.export;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tally.model.DocumentFacts;

/** A document as the field map of the {@code tally docs} contract (design.md), plus language and source. */
public final class DocumentRecord {
  private DocumentRecord() {}

  public static Map<String, Object> of(String id, String source, DocumentFacts facts, int claims) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("doc", id);
    out.put("title", facts.title());
    out.put("outlet", facts.outlet());
    out.put("date", facts.date() == null ? null : facts.date().toString());
    // the main incident's place, date and toll come with place-and-time resolution
    out.put("event_location", null);
    out.put("event_date", null);
    out.put("event_killed", null);
    out.put("claims", claims);
    out.put("language", facts.language());
    out.put("source", source);
    return out;
  }
}
