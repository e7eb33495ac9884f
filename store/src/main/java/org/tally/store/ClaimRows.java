package org.tally.store;

import static org.tally.store.ColumnValues.allNull;
import static org.tally.store.ColumnValues.code;
import static org.tally.store.ColumnValues.date;
import static org.tally.store.ColumnValues.decimal;
import static org.tally.store.ColumnValues.decode;
import static org.tally.store.ColumnValues.integer;
import static org.tally.store.ColumnValues.isoDate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.tally.model.Claim;
import org.tally.model.ClaimSection;
import org.tally.model.ClaimPlace;
import org.tally.model.ClaimTime;
import org.tally.model.Count;
import org.tally.model.Harm;
import org.tally.model.PlacePrecision;
import org.tally.model.Scope;
import org.tally.model.Span;
import org.tally.model.Stance;
import org.tally.model.Victims;

/**
 * The claims table: one row per claim, every field a column. A claim without location or time has all its
 * location_* or when_* columns null, and reads back with a null location or time.
 */
final class ClaimRows {
  static final String COLUMNS = "doc_id, ordinal, harm, victims, count_min, count_max, count_approx,"
      + " count_text, count_start, count_end, perpetrator, claimant, location_text, location_name, location_admin1,"
      + " location_country, location_lat, location_lon, when_start, when_end, when_text, scope, stance, attacks,"
      + " section, evidence_start, evidence_end, location_precision, location_start, location_end, when_text_start,"
      + " when_text_end";
  /** {@link #COLUMNS}, each named as a column of the table called {@code alias} in a join. */
  static String columns(String alias) {
    return alias + "." + COLUMNS.replace(", ", ", " + alias + ".");
  }

  /** A document's claims by where their evidence starts: the order claims(docId) gives. */
  static final String ORDER = " ORDER BY doc_id, evidence_start, ordinal";

  private ClaimRows() {}

  /**
   * Writes a document's claims. Offsets are Java's (UTF-16 units), which Tally reads back; the evidence is written
   * in code points too (evidence_cp_*), for the views and for anyone reading the table from Python, R or SQL, whose
   * strings count code points (V9).
   */
  static void insert(Handle handle, String docId, String text, List<Claim> claims) {
    if (claims.isEmpty()) {
      return;
    }
    PreparedBatch batch = handle.prepareBatch("INSERT INTO claims (" + COLUMNS + ", evidence_cp_start,"
        + " evidence_cp_end) VALUES (:doc, :ordinal, :harm,"
        + " :victims, :min, :max, :approx, :countText, :countStart, :countEnd, :perpetrator, :claimant,"
        + " :locationText, :locationName, :locationAdmin1, :locationCountry, :lat, :lon, :whenStart, :whenEnd,"
        + " :whenText, :scope, :stance, :attacks, :section, :evidenceStart, :evidenceEnd, :precision, :locationStart,"
        + " :locationEnd, :whenTextStart, :whenTextEnd, :cpStart, :cpEnd)");
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      Count count = claim.count();
      ClaimPlace place = claim.location() == null ? new ClaimPlace(null, null, null, null, null, null, null, null)
          : claim.location();
      ClaimTime when = claim.when() == null ? new ClaimTime(null, null, null, null) : claim.when();
      batch.bind("doc", docId)
          .bind("ordinal", i)
          .bind("harm", code(claim.harm()))
          .bind("victims", code(claim.victims()))
          .bind("min", count.min())
          .bind("max", count.max())
          .bind("approx", count.approx() ? 1 : 0)
          .bind("countText", claim.countText())
          .bind("countStart", count.span().start())
          .bind("countEnd", count.span().end())
          .bind("perpetrator", claim.perpetrator())
          .bind("claimant", claim.claimant())
          .bind("locationText", place.text())
          .bind("locationName", place.name())
          .bind("locationAdmin1", place.admin1())
          .bind("locationCountry", place.country())
          .bind("lat", place.lat())
          .bind("lon", place.lon())
          .bind("whenStart", isoDate(when.start()))
          .bind("whenEnd", isoDate(when.end()))
          .bind("whenText", when.text())
          .bind("scope", code(claim.scope()))
          .bind("stance", code(claim.stance()))
          .bind("attacks", claim.attacks())
          .bind("section", code(claim.section()))
          .bind("evidenceStart", claim.evidence().start())
          .bind("evidenceEnd", claim.evidence().end())
          .bind("precision", place.precision() == null ? null : place.precision().jsonName())
          .bind("locationStart", place.span() == null ? null : place.span().start())
          .bind("locationEnd", place.span() == null ? null : place.span().end())
          .bind("whenTextStart", when.span() == null ? null : when.span().start())
          .bind("whenTextEnd", when.span() == null ? null : when.span().end())
          .bind("cpStart", text.codePointCount(0, claim.evidence().start()))
          .bind("cpEnd", text.codePointCount(0, claim.evidence().end()))
          .add();
    }
    batch.execute();
  }

  static List<Claim> all(Handle handle) {
    return handle.createQuery("SELECT " + COLUMNS + " FROM claims" + ORDER).map((row, ctx) -> claim(row)).list();
  }

  static List<Claim> of(Handle handle, String docId) {
    return handle.createQuery("SELECT " + COLUMNS + " FROM claims WHERE doc_id = :doc" + ORDER)
        .bind("doc", docId)
        .map((row, ctx) -> claim(row))
        .list();
  }

  static Claim claim(ResultSet row) throws SQLException {
    Count count = new Count(integer(row, "count_min"), integer(row, "count_max"), row.getInt("count_approx") == 1,
        new Span(row.getInt("count_start"), row.getInt("count_end")));
    return new Claim(
        row.getString("doc_id"),
        decode(Harm.class, row.getString("harm")),
        decode(Victims.class, row.getString("victims")),
        count,
        row.getString("count_text"),
        row.getString("perpetrator"),
        row.getString("claimant"),
        place(row),
        time(row),
        decode(Scope.class, row.getString("scope")),
        decode(Stance.class, row.getString("stance")),
        integer(row, "attacks"),
        decode(ClaimSection.class, row.getString("section")),
        new Span(row.getInt("evidence_start"), row.getInt("evidence_end")));
  }

  /** The place in a row's location_* columns (the claims and main_incidents tables share them); null when all are. */
  static ClaimPlace place(ResultSet row) throws SQLException {
    String precision = row.getString("location_precision");
    ClaimPlace place = new ClaimPlace(row.getString("location_text"), row.getString("location_name"),
        row.getString("location_admin1"), row.getString("location_country"), decimal(row, "location_lat"),
        decimal(row, "location_lon"),
        precision == null ? null : PlacePrecision.valueOf(precision.toUpperCase(java.util.Locale.ROOT).replace('-', '_')),
        span(row, "location_start", "location_end"));
    return allNull(place.text(), place.name(), place.admin1(), place.country(), place.lat(), place.lon(),
        place.precision()) ? null : place;
  }

  private static ClaimTime time(ResultSet row) throws SQLException {
    LocalDate start = date(row, "when_start");
    LocalDate end = date(row, "when_end");
    String text = row.getString("when_text");
    return allNull(start, end, text) ? null : new ClaimTime(start, end, text, span(row, "when_text_start", "when_text_end"));
  }

  private static Span span(ResultSet row, String start, String end) throws SQLException {
    Integer from = integer(row, start);
    Integer to = integer(row, end);
    return from == null || to == null ? null : new Span(from, to);
  }
}
