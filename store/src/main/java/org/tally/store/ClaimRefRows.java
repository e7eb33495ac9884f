package org.tally.store;

import static org.tally.store.ColumnValues.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.tally.link.ClaimRef;
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
