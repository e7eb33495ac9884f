package org.tally.store;

import static org.tally.store.ColumnValues.date;
import static org.tally.store.ColumnValues.integer;
import static org.tally.store.ColumnValues.isoDate;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.tally.event.MainIncident;
import org.tally.model.ClaimPlace;
import org.tally.model.Span;

/** The main_incidents table: one row per document, its main incident as the analysis found it. */
final class MainIncidentRows {
  static final String COLUMNS = "doc_id, location_text, location_name, location_admin1, location_country,"
      + " location_lat, location_lon, location_precision, location_start, location_end, event_date, killed_min,"
      + " killed_max, evidence_start, evidence_end, lead_count_start, lead_count_end";

  private MainIncidentRows() {}

  static void insert(Handle handle, String docId, MainIncident incident) {
    ClaimPlace place = incident.location() == null ? new ClaimPlace(null, null, null, null, null, null, null, null)
        : incident.location();
    handle.createUpdate("INSERT INTO main_incidents (" + COLUMNS + ") VALUES (:doc, :text, :name, :admin1, :country,"
            + " :lat, :lon, :precision, :locationStart, :locationEnd, :date, :killedMin, :killedMax, :evidenceStart,"
            + " :evidenceEnd, :leadStart, :leadEnd)")
        .bind("doc", docId)
        .bind("text", place.text())
        .bind("name", place.name())
        .bind("admin1", place.admin1())
        .bind("country", place.country())
        .bind("lat", place.lat())
        .bind("lon", place.lon())
        .bind("precision", place.precision() == null ? null : place.precision().jsonName())
        .bind("locationStart", place.span() == null ? null : place.span().start())
        .bind("locationEnd", place.span() == null ? null : place.span().end())
        .bind("date", isoDate(incident.date()))
        .bind("killedMin", incident.killedMin())
        .bind("killedMax", incident.killedMax())
        .bind("evidenceStart", incident.evidence() == null ? null : incident.evidence().start())
        .bind("evidenceEnd", incident.evidence() == null ? null : incident.evidence().end())
        .bind("leadStart", incident.leadCount() == null ? null : incident.leadCount().start())
        .bind("leadEnd", incident.leadCount() == null ? null : incident.leadCount().end())
        .execute();
  }

  /** The main incident of a row of {@link #COLUMNS}. */
  static MainIncident read(ResultSet row) throws SQLException {
    return new MainIncident(ClaimRows.place(row), date(row, "event_date"), integer(row, "killed_min"),
        integer(row, "killed_max"), span(row, "evidence_start", "evidence_end"),
        span(row, "lead_count_start", "lead_count_end"));
  }

  private static Span span(ResultSet row, String start, String end) throws SQLException {
    Integer from = integer(row, start);
    return from == null ? null : new Span(from, row.getInt(end));
  }
}
