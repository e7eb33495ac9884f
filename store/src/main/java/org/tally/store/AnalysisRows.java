package org.tally.store;

import java.util.Map;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.tally.event.MainIncident;
import org.tally.model.Claim;

/**
 * Stored analyses, one document at a time: the documents, sections, claims and main_incidents cursors read in step,
 * all in document id order, so that memory holds one document whatever the store's size.
 */
final class AnalysisRows {
  private AnalysisRows() {}

  static void each(Handle handle, Consumer<StoredAnalysis> each) {
    try (RowsByDocument<Claim> claims = new RowsByDocument<>(handle.createQuery("SELECT " + ClaimRows.COLUMNS
            + " FROM claims" + ClaimRows.ORDER)
            .map((row, ctx) -> Map.entry(row.getString("doc_id"), ClaimRows.claim(row))).iterator());
        RowsByDocument<MainIncident> mains = new RowsByDocument<>(handle.createQuery("SELECT "
            + MainIncidentRows.COLUMNS + " FROM main_incidents ORDER BY doc_id")
            .map((row, ctx) -> Map.entry(row.getString("doc_id"), MainIncidentRows.read(row))).iterator())) {
      DocumentRows.each(handle, doc -> each.accept(
          new StoredAnalysis(doc, claims.of(doc.id()), mains.of(doc.id()).stream().findFirst())));
    }
  }
}
