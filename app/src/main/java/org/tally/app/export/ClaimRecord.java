package org.tally.app.export;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tally.model.Claim;
import org.tally.model.ClaimPlace;
import org.tally.model.ClaimTime;

/**
 * A claim as the ordered field map of docs/claims.md: the one place enums get their JSON names, and offsets become
 * code points.
 */
public final class ClaimRecord {
  private ClaimRecord() {}

  public static Map<String, Object> of(Claim claim, String text) {
    CodePoints offsets = CodePoints.of(text);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("doc", claim.doc());
    out.put("harm", claim.harm().jsonName());
    out.put("victims", claim.victims().jsonName());
    out.put("min", claim.count().min());
    out.put("max", claim.count().max());
    out.put("approx", claim.count().approx());
    out.put("count_text", claim.countText());
    out.put("perpetrator", claim.perpetrator());
    out.put("claimant", claim.claimant());
    out.put("location", place(claim.location(), offsets));
    out.put("when", time(claim.when(), offsets));
    out.put("scope", claim.scope().jsonName());
    out.put("stance", claim.stance().jsonName());
    out.put("attacks", claim.attacks());
    out.put("section", claim.section().jsonName());
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("start", offsets.at(claim.evidence().start()));
    evidence.put("end", offsets.at(claim.evidence().end()));
    evidence.put("text", claim.evidence().text(text));
    evidence.put("count_start", offsets.at(claim.count().span().start()));
    evidence.put("count_end", offsets.at(claim.count().span().end()));
    out.put("evidence", evidence);
    return out;
  }

  private static Map<String, Object> place(ClaimPlace place, CodePoints offsets) {
    if (place == null) {
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("text", place.text());
    out.put("name", place.name());
    out.put("admin1", place.admin1());
    out.put("country", place.country());
    out.put("lat", place.lat());
    out.put("lon", place.lon());
    out.put("precision", place.precision() == null ? null : place.precision().jsonName());
    if (place.span() != null) {
      out.put("start", offsets.at(place.span().start()));
      out.put("end", offsets.at(place.span().end()));
    }
    return out;
  }

  private static Map<String, Object> time(ClaimTime time, CodePoints offsets) {
    if (time == null) {
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("start", time.start() == null ? null : time.start().toString());
    out.put("end", time.end() == null ? null : time.end().toString());
    out.put("text", time.text());
    if (time.span() != null) {
      out.put("text_start", offsets.at(time.span().start()));
      out.put("text_end", offsets.at(time.span().end()));
    }
    return out;
  }
}
