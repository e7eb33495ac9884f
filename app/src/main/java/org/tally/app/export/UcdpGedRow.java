package org.tally.app.export;

import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tally.link.ClaimRef;
import org.tally.link.Incident;
import org.tally.model.Victims;

/**
 * An incident as a row of UCDP GED's event file, in its column names and order, for tools built on GED. Only what Tally
 * knows is filled: conflict and dyad ids, GW numbers and PRIO-GRID cells are left out, and {@code type_of_violence} is
 * empty (Tally does not tell state-based from one-sided violence). {@code country} is the country's English name.
 */
public final class UcdpGedRow {
  private UcdpGedRow() {}

  public static Map<String, Object> of(Incident incident) {
    Optional<IncidentPoint> point = IncidentPoint.of(incident);
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", incident.id());
    row.put("year", incident.when() == null ? null : incident.when().start().getYear());
    row.put("type_of_violence", null);
    row.put("side_a", incident.perpetrator());
    row.put("side_b", incident.victims().jsonName());
    row.put("number_of_sources", incident.claims().stream().map(ClaimRef::doc).distinct().count());
    row.put("source_article", incident.claims().stream().map(UcdpGedRow::source).distinct()
        .collect(Collectors.joining(";")));
    row.put("source_office", incident.claims().stream().map(ClaimRef::outlet).filter(o -> o != null).distinct()
        .collect(Collectors.joining(";")));
    row.put("where_prec", point.map(IncidentPoint::ucdpPrecision).orElse(null));
    row.put("where_coordinates", incident.place().name());
    row.put("adm_1", incident.place().admin1());
    row.put("adm_2", null);
    row.put("latitude", point.map(IncidentPoint::lat).orElse(null));
    row.put("longitude", point.map(IncidentPoint::lon).orElse(null));
    row.put("geom_wkt", point.map(p -> "POINT (" + p.lon() + " " + p.lat() + ")").orElse(null));
    row.put("country", countryName(incident.place().country()));
    row.put("date_prec", incident.when() == null ? null : datePrecision(
        ChronoUnit.DAYS.between(incident.when().start(), incident.when().end()) + 1));
    row.put("date_start", incident.when() == null ? null : incident.when().start().toString());
    row.put("date_end", incident.when() == null ? null : incident.when().end().toString());
    boolean civilians = incident.victims() == Victims.CIVILIANS || incident.victims() == Victims.CHILDREN
        || incident.victims() == Victims.WOMEN;
    row.put("deaths_civilians", civilians ? incident.consensus().best() : null);
    row.put("deaths_unknown", civilians ? null : incident.consensus().best());
    row.put("low", incident.consensus().low());
    row.put("best", incident.consensus().best());
    row.put("high", incident.consensus().high());
    return row;
  }

  /** "Outlet,date,doc", as GED's source_article gives "office,date,headline" for each. */
  private static String source(ClaimRef ref) {
    return (ref.outlet() == null ? "" : ref.outlet()) + "," + (ref.docDate() == null ? "" : ref.docDate()) + ","
        + ref.doc();
  }

  /** GED's date_prec: 1 the day, 2 two to six days, 3 a week, 4 a month, 5 longer. */
  static int datePrecision(long days) {
    if (days <= 1) {
      return 1;
    }
    if (days <= 6) {
      return 2;
    }
    if (days <= 7) {
      return 3;
    }
    return days <= 31 ? 4 : 5;
  }

  /** The English name of an ISO 3166 code ("SY" gives "Syria"); codes joined by commas give names joined so. */
  static String countryName(String codes) {
    if (codes == null) {
      return null;
    }
    return java.util.Arrays.stream(codes.split(","))
        .map(code -> {
          String name = new Locale("", code.strip()).getDisplayCountry(Locale.ENGLISH);
          return name.isEmpty() ? code.strip() : name;
        })
        .collect(Collectors.joining(", "));
  }
}
