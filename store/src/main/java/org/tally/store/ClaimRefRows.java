package org.tally.store;

import static org.tally.store.ColumnValues.date;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.result.ResultIterator;
import org.tally.link.ClaimRef;
import org.tally.link.IncidentLinker;
import org.tally.model.Claim;

/** Claims with what linking needs from their documents: ordinal, outlet, date and evidence sentence. */
final class ClaimRefRows {
  /** The same order as {@link ClaimRows#of}, so that the two lists pair up. */
  private static final String ORDINALS =
      "SELECT ordinal FROM claims WHERE doc_id = :doc ORDER BY doc_id, evidence_start, ordinal";

  private ClaimRefRows() {}

  private record DocInfo(String outlet, LocalDate date, String text) {}

  /** Every claim of these documents, by document and ordinal. */
  static List<ClaimRef> of(Handle handle, Collection<String> docIds) {
    List<ClaimRef> refs = new ArrayList<>();
    for (String doc : docIds) {
      Optional<DocInfo> info = handle.createQuery("SELECT outlet, meta_outlet, date, text FROM documents WHERE id = :doc")
          .bind("doc", doc)
          .map((row, ctx) -> new DocInfo(row.getString("outlet") != null ? row.getString("outlet")
              : row.getString("meta_outlet"), date(row, "date"), row.getString("text")))
          .findOne();
      if (info.isEmpty()) {
        continue;
      }
      List<Claim> claims = ClaimRows.of(handle, doc);
      List<Integer> ordinals = handle.createQuery(ORDINALS).bind("doc", doc).mapTo(Integer.class).list();
      for (int i = 0; i < claims.size(); i++) {
        Claim claim = claims.get(i);
        refs.add(new ClaimRef(doc, ordinals.get(i), info.get().outlet(), info.get().date(), claim,
            claim.evidence().text(info.get().text())));
      }
    }
    refs.sort(java.util.Comparator.comparing(ClaimRef::doc).thenComparingInt(ClaimRef::ordinal));
    return refs;
  }

  /**
   * Every incident-scope claim of documents' own text, and every aggregate one whose text states its time, grouped by harm and within a harm by the first day of its time
   * (its own, else its document's date; undated ones first): what {@link IncidentLinker#linkIncidents} reads. With
   * their quotes, which linking reads for the kind of attack and for toll updates (cut out by the database, in code
   * points, so that the document's text never comes to Java).
   */
  static void incidentClaimsByTime(Handle handle, Consumer<? super ClaimRef> each) {
    // an aggregate with a stated time may be a multi-day operation's toll, which links as an incident
    stream(handle, true, "(c.scope = 'incident' OR (c.scope = 'aggregate' AND c.when_text IS NOT NULL))"
        + " ORDER BY c.harm, COALESCE(c.when_start, c.when_end, d.date)", each);
  }

  /**
   * Every aggregate and cumulative claim of documents' own text, grouped by harm, victims and scope: what
   * {@link IncidentLinker#linkSeries} reads. Without quotes.
   */
  static void runningClaimsByBlock(Handle handle, Consumer<? super ClaimRef> each) {
    stream(handle, false, "c.scope <> 'incident' ORDER BY c.harm, c.victims, c.scope", each);
  }

  private static void stream(Handle handle, boolean quotes, String whereAndOrder, Consumer<? super ClaimRef> each) {
    SharedValues shared = new SharedValues();
    try (ResultIterator<ClaimRef> refs = handle.createQuery("SELECT " + ClaimRows.columns("c")
            + ", d.outlet, d.meta_outlet, d.date"
            + (quotes ? ", SUBSTR(d.text, c.evidence_cp_start + 1, c.evidence_cp_end - c.evidence_cp_start) AS quote" : "")
            + " FROM claims c JOIN documents d ON d.id = c.doc_id"
            + " WHERE c.section IN ('title', 'body') AND " + whereAndOrder)
        .map((row, ctx) -> {
          Claim claim = shared.claim(ClaimRows.claim(row));
          return new ClaimRef(claim.doc(), row.getInt("ordinal"), shared.of(outlet(row)),
              shared.of(date(row, "date")), claim, quotes ? row.getString("quote") : null);
        })
        .iterator()) {
      refs.forEachRemaining(each);
    }
  }

  /** The outlet read from the text, else the one its source named. */
  static String outlet(ResultSet row) throws SQLException {
    String outlet = row.getString("outlet");
    return outlet != null ? outlet : row.getString("meta_outlet");
  }

  /** Own-text claims, and how many of them an incident or series holds. */
  static int[] ownTextClaimsAndLinked(Handle handle) {
    int claims = handle.createQuery("SELECT COUNT(*) FROM claims WHERE section IN ('title', 'body')")
        .mapTo(Integer.class).one();
    int linked = handle.createQuery("SELECT COUNT(*) FROM incident_claims").mapTo(Integer.class).one();
    return new int[] {claims, linked};
  }

  /** Documents holding claims of their own text that no incident or series holds yet. */
  static List<String> docsWithUnlinkedClaims(Handle handle) {
    return handle.createQuery("SELECT DISTINCT c.doc_id FROM claims c WHERE c.section IN ('title', 'body')"
            + " AND NOT EXISTS (SELECT 1 FROM incident_claims m WHERE m.doc_id = c.doc_id AND m.ordinal = c.ordinal)"
            + " ORDER BY c.doc_id")
        .mapTo(String.class).list();
  }

  /** The ordinals of a document's claims that an incident or series holds. */
  static java.util.Set<Integer> linkedOrdinals(Handle handle, String doc) {
    return new java.util.HashSet<>(handle.createQuery("SELECT ordinal FROM incident_claims WHERE doc_id = :doc")
        .bind("doc", doc).mapTo(Integer.class).list());
  }
}
