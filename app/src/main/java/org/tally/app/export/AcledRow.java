package org.tally.app.export;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tally.link.ClaimRef;
import org.tally.link.Incident;

/**
 * An incident as a row of an ACLED export, in its column names. {@code fatalities} is the conservative figure, the
 * lowest exact or lower-bound count reported, as ACLED codes it; {@code notes} says what each outlet reported.
 */
public final class AcledRow {
  private AcledRow() {}

  public static Map<String, Object> of(Incident incident) {
    Optional<IncidentPoint> point = IncidentPoint.of(incident);
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("event_id_cnty", incident.id());
    row.put("event_date", incident.when() == null ? null : incident.when().start().toString());
    row.put("year", incident.when() == null ? null : incident.when().start().getYear());
    row.put("actor1", incident.perpetrator());
    row.put("country", UcdpGedRow.countryName(incident.place().country()));
    row.put("iso", incident.place().country());
    row.put("admin1", incident.place().admin1());
    row.put("location", incident.place().name());
    row.put("latitude", point.map(IncidentPoint::lat).orElse(null));
    row.put("longitude", point.map(IncidentPoint::lon).orElse(null));
    row.put("geo_precision", point.map(IncidentPoint::acledPrecision).orElse(null));
    row.put("source", incident.claims().stream().map(ClaimRef::outlet).filter(o -> o != null).distinct()
        .collect(Collectors.joining("; ")));
    row.put("notes", notes(incident));
    row.put("fatalities", incident.consensus().conservative());
    return row;
  }

  /** "RT: 62 soldiers killed; Sputnik: over 80 soldiers killed": each claim's words, as a coder would summarise. */
  private static String notes(Incident incident) {
    return incident.claims().stream().map(ref -> (ref.outlet() == null ? ref.doc() : ref.outlet()) + ": "
            + figure(ref) + " " + ref.claim().victims().jsonName() + " " + ref.claim().harm().jsonName())
        .collect(Collectors.joining("; "));
  }

  private static String figure(ClaimRef ref) {
    if (ref.claim().countText() != null && !ref.claim().countText().isBlank()) {
      return ref.claim().countText();
    }
    Integer min = ref.claim().count().min();
    Integer max = ref.claim().count().max();
    return min != null && min.equals(max) ? min.toString() : (min == null ? "" : min) + "-" + (max == null ? "" : max);
  }
}
