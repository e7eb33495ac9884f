package org.tally.store;

import static org.tally.store.ColumnValues.code;
import static org.tally.store.ColumnValues.date;
import static org.tally.store.ColumnValues.decode;
import static org.tally.store.ColumnValues.integer;
import static org.tally.store.ColumnValues.isoDate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.result.ResultIterator;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.tally.link.ClaimRef;
import org.tally.link.Consensus;
import org.tally.link.DaySpan;
import org.tally.link.Incident;
import org.tally.link.IncidentKind;
import org.tally.link.IncidentPlace;
import org.tally.model.Claim;
import org.tally.model.Harm;
import org.tally.model.Scope;
import org.tally.model.Victims;

/** The incidents and incident_claims tables: linked incidents and series as the linker made them. */
final class IncidentRows {
  private static final String COLUMNS = "id, kind, harm, victims, scope, when_start, when_end, extent_start, extent_end,"
      + " place_name, place_admin1, place_country, perpetrator, claimant, low, best, high, conservative,"
      + " contradiction_size, rising_toll, member_count";

  private IncidentRows() {}

  private record Member(String doc, int ordinal) {}

  /** An incident's own columns, before its claims are read. */
  private record Shell(String id, IncidentKind kind, Harm harm, Victims victims, Scope scope, DaySpan when,
      IncidentPlace place, String perpetrator, String claimant, Consensus consensus) {
    Incident with(List<ClaimRef> claims) {
      return new Incident(id, kind, harm, victims, scope, when, place, perpetrator, claimant, consensus, claims);
    }
  }

  static void insert(Handle handle, Incident incident) {
    Optional<DaySpan> extent = incident.claims().stream().map(DaySpan::of).flatMap(Optional::stream)
        .reduce(DaySpan::union);
    Consensus c = incident.consensus();
    handle.createUpdate("INSERT INTO incidents (" + COLUMNS + ") VALUES (:id, :kind, :harm, :victims, :scope,"
            + " :whenStart, :whenEnd, :extentStart, :extentEnd, :name, :admin1, :country, :perpetrator, :claimant,"
            + " :low, :best, :high, :conservative, :contradiction, :rising, :members)")
        .bind("id", incident.id())
        .bind("kind", code(incident.kind()))
        .bind("harm", code(incident.harm()))
        .bind("victims", code(incident.victims()))
        .bind("scope", code(incident.scope()))
        .bind("whenStart", incident.when() == null ? null : isoDate(incident.when().start()))
        .bind("whenEnd", incident.when() == null ? null : isoDate(incident.when().end()))
        .bind("extentStart", extent.map(e -> isoDate(e.start())).orElse(null))
        .bind("extentEnd", extent.map(e -> isoDate(e.end())).orElse(null))
        .bind("name", incident.place().name())
        .bind("admin1", incident.place().admin1())
        .bind("country", incident.place().country())
        .bind("perpetrator", incident.perpetrator())
        .bind("claimant", incident.claimant())
        .bind("low", c.low())
        .bind("best", c.best())
        .bind("high", c.high())
        .bind("conservative", c.conservative())
        .bind("contradiction", c.contradictionSize())
        .bind("rising", c.rising() ? 1 : 0)
        .bind("members", incident.claims().size())
        .execute();
    PreparedBatch members = handle.prepareBatch(
        "INSERT INTO incident_claims (incident_id, doc_id, ordinal, position) VALUES (:id, :doc, :ordinal, :position)");
    for (int i = 0; i < incident.claims().size(); i++) {
      ClaimRef ref = incident.claims().get(i);
      members.bind("id", incident.id()).bind("doc", ref.doc()).bind("ordinal", ref.ordinal()).bind("position", i).add();
    }
    members.execute();
  }

  static void delete(Handle handle, Collection<String> ids) {
    for (String id : ids) {
      handle.createUpdate("DELETE FROM incidents WHERE id = :id").bind("id", id).execute();
    }
  }

  /** Incidents that lost members since they were linked (a document was replaced): they must be linked again. */
  static List<String> shrunk(Handle handle) {
    return handle.createQuery("SELECT i.id FROM incidents i WHERE i.member_count <>"
        + " (SELECT COUNT(*) FROM incident_claims m WHERE m.incident_id = i.id) ORDER BY i.id").mapTo(String.class).list();
  }

  /** Incidents whose members' time overlaps [from, to] (none when null), and every series, of these harms. */
  static List<String> near(Handle handle, Set<Harm> harms, LocalDate from, LocalDate to) {
    List<String> ids = new ArrayList<>();
    for (Harm harm : harms) {
      // CAST: PostgreSQL must know a parameter's type, and cannot tell it from a null alone
      ids.addAll(handle.createQuery("SELECT id FROM incidents WHERE harm = :harm AND (kind = 'series'"
              + " OR (CAST(:from AS TEXT) IS NOT NULL AND extent_start <= :to AND extent_end >= :from)) ORDER BY id")
          .bind("harm", code(harm)).bind("from", isoDate(from)).bind("to", isoDate(to))
          .mapTo(String.class).list());
    }
    return ids;
  }

  /**
   * Every incident and series, incidents first, then series, each by time (undated last) and id: the order the linker
   * gives. Read one at a time, each with its claims and their quotes, so that memory holds one incident.
   */
  static void each(Handle handle, Consumer<Incident> each) {
    String members = "SELECT " + ClaimRows.columns("c") + ", d.outlet, d.meta_outlet, d.date, d.text"
        + " FROM incident_claims m JOIN claims c ON c.doc_id = m.doc_id AND c.ordinal = m.ordinal"
        + " JOIN documents d ON d.id = m.doc_id WHERE m.incident_id = :id ORDER BY m.position";
    try (ResultIterator<Shell> shells = handle.createQuery("SELECT " + COLUMNS
            + " FROM incidents ORDER BY kind, when_start IS NULL, when_start, id")
        .map((row, ctx) -> shell(row)).iterator()) {
      while (shells.hasNext()) {
        Shell shell = shells.next();
        List<ClaimRef> claims = handle.createQuery(members).bind("id", shell.id())
            .map((row, ctx) -> claimRef(row)).list();
        if (!claims.isEmpty()) {
          each.accept(shell.with(claims));
        }
      }
    }
  }

  private static ClaimRef claimRef(ResultSet row) throws SQLException {
    Claim claim = ClaimRows.claim(row);
    return new ClaimRef(claim.doc(), row.getInt("ordinal"), ClaimRefRows.outlet(row), date(row, "date"), claim,
        claim.evidence().text(row.getString("text")));
  }

  /** The incidents with these ids, with their claims, in the order of the ids. */
  static List<Incident> load(Handle handle, List<String> ids) {
    Map<String, Shell> shells = new LinkedHashMap<>();
    Map<String, List<Member>> members = new HashMap<>();
    Set<String> docs = new LinkedHashSet<>();
    for (String id : ids) {
      handle.createQuery("SELECT " + COLUMNS + " FROM incidents WHERE id = :id").bind("id", id)
          .map((row, ctx) -> shell(row)).findOne().ifPresent(i -> shells.put(id, i));
      List<Member> of = handle.createQuery(
              "SELECT doc_id, ordinal FROM incident_claims WHERE incident_id = :id ORDER BY position")
          .bind("id", id).map((row, ctx) -> new Member(row.getString("doc_id"), row.getInt("ordinal"))).list();
      members.put(id, of);
      of.forEach(m -> docs.add(m.doc()));
    }
    Map<Member, ClaimRef> refs = new HashMap<>();
    for (ClaimRef ref : ClaimRefRows.of(handle, docs)) {
      refs.put(new Member(ref.doc(), ref.ordinal()), ref);
    }
    List<Incident> out = new ArrayList<>();
    shells.forEach((id, shell) -> {
      List<ClaimRef> claims = members.get(id).stream().map(refs::get).filter(r -> r != null).toList();
      if (!claims.isEmpty()) {
        out.add(shell.with(claims));
      }
    });
    return out;
  }

  private static Shell shell(ResultSet row) throws SQLException {
    LocalDate start = date(row, "when_start");
    LocalDate end = date(row, "when_end");
    Consensus consensus = new Consensus(integer(row, "low"), integer(row, "best"), integer(row, "high"),
        integer(row, "conservative"), row.getInt("contradiction_size"), row.getInt("rising_toll") != 0);
    IncidentPlace place = new IncidentPlace(row.getString("place_name"), row.getString("place_admin1"),
        row.getString("place_country"));
    return new Shell(row.getString("id"), decode(IncidentKind.class, row.getString("kind")),
        decode(Harm.class, row.getString("harm")), decode(Victims.class, row.getString("victims")),
        decode(Scope.class, row.getString("scope")), start == null ? null : new DaySpan(start, end),
        place.equals(IncidentPlace.UNKNOWN) ? IncidentPlace.UNKNOWN : place, row.getString("perpetrator"),
        row.getString("claimant"), consensus);
  }
}
