package org.tally.store;

import static org.tally.store.ColumnValues.code;
import static org.tally.store.ColumnValues.date;
import static org.tally.store.ColumnValues.decode;
import static org.tally.store.ColumnValues.integer;
import static org.tally.store.ColumnValues.isoDate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.result.ResultIterator;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.tally.analysis.Analysis;
import org.tally.model.Document;
import org.tally.model.DocumentFacts;
import org.tally.model.Layout;
import org.tally.model.Metadata;
import org.tally.model.Section;
import org.tally.model.SectionKind;
import org.tally.model.Span;

/** The documents and sections tables: one row per document, one per section of its layout. */
final class DocumentRows {
  private static final String SELECT = "SELECT id, source, content_hash, text, meta_title, meta_url, meta_outlet,"
      + " meta_date, title, outlet, date, date_evidence_start, date_evidence_end, language, ingested_at"
      + " FROM documents";
  private static final String SELECT_SECTIONS = "SELECT doc_id, kind, span_start, span_end FROM sections";

  private DocumentRows() {}

  static Optional<String> contentHash(Handle handle, String id) {
    return handle.createQuery("SELECT content_hash FROM documents WHERE id = :id")
        .bind("id", id)
        .mapTo(String.class)
        .findOne();
  }

  /** Removes a document; its sections, claims and main incident go with it (ON DELETE CASCADE). */
  static void delete(Handle handle, String id) {
    handle.createUpdate("DELETE FROM documents WHERE id = :id").bind("id", id).execute();
  }

  static void insert(Handle handle, Analysis doc, String contentHash, Instant ingestedAt) {
    Document document = doc.document();
    DocumentFacts facts = doc.facts();
    Span dateEvidence = facts.dateEvidence();
    handle.createUpdate("INSERT INTO documents (id, source, content_hash, text, meta_title, meta_url, meta_outlet,"
            + " meta_date, title, outlet, date, date_evidence_start, date_evidence_end, language, ingested_at)"
            + " VALUES (:id, :source, :hash, :text, :metaTitle, :metaUrl, :metaOutlet, :metaDate, :title, :outlet,"
            + " :date, :dateStart, :dateEnd, :language, :ingestedAt)")
        .bind("id", document.id())
        .bind("source", document.source())
        .bind("hash", contentHash)
        .bind("text", document.text())
        .bind("metaTitle", document.metadata().title())
        .bind("metaUrl", document.metadata().url())
        .bind("metaOutlet", document.metadata().outlet())
        .bind("metaDate", document.metadata().date())
        .bind("title", facts.title())
        .bind("outlet", facts.outlet())
        .bind("date", isoDate(facts.date()))
        .bind("dateStart", dateEvidence == null ? null : dateEvidence.start())
        .bind("dateEnd", dateEvidence == null ? null : dateEvidence.end())
        .bind("language", facts.language())
        .bind("ingestedAt", ingestedAt.toString())
        .execute();
    MainIncidentRows.insert(handle, document.id(), doc.mainIncident());
    List<Section> sections = doc.layout().sections();
    if (sections.isEmpty()) {
      return;
    }
    PreparedBatch batch = handle.prepareBatch("INSERT INTO sections (doc_id, ordinal, kind, span_start, span_end)"
        + " VALUES (:doc, :ordinal, :kind, :start, :end)");
    for (int i = 0; i < sections.size(); i++) {
      Section section = sections.get(i);
      batch.bind("doc", document.id())
          .bind("ordinal", i)
          .bind("kind", code(section.kind()))
          .bind("start", section.span().start())
          .bind("end", section.span().end())
          .add();
    }
    batch.execute();
  }

  /** Every document in id order, one at a time with its sections: the documents and sections cursors in step. */
  static void each(Handle handle, Consumer<StoredDocument> each) {
    try (ResultIterator<Unlaid> docs = handle.createQuery(SELECT + " ORDER BY id").map((row, ctx) -> unlaid(row))
            .iterator();
        RowsByDocument<Section> sections = new RowsByDocument<>(handle.createQuery(SELECT_SECTIONS
            + " ORDER BY doc_id, ordinal").map((row, ctx) -> Map.entry(row.getString("doc_id"), section(row)))
            .iterator())) {
      while (docs.hasNext()) {
        Unlaid doc = docs.next();
        each.accept(doc.withSections(sections.of(doc.document().id())));
      }
    }
  }

  static Optional<StoredDocument> one(Handle handle, String id) {
    List<Section> sections = handle.createQuery(SELECT_SECTIONS + " WHERE doc_id = :id ORDER BY ordinal")
        .bind("id", id)
        .map((row, ctx) -> section(row))
        .list();
    return handle.createQuery(SELECT + " WHERE id = :id")
        .bind("id", id)
        .map((row, ctx) -> unlaid(row).withSections(sections))
        .findOne();
  }

  static int count(Handle handle) {
    return handle.createQuery("SELECT COUNT(*) FROM documents").mapTo(Integer.class).one();
  }

  private static Section section(ResultSet row) throws SQLException {
    return new Section(decode(SectionKind.class, row.getString("kind")),
        new Span(row.getInt("span_start"), row.getInt("span_end")));
  }

  /** A document row read before its sections: every value taken from the row at once, since the cursor moves on. */
  private record Unlaid(Document document, String contentHash, DocumentFacts facts, Instant ingestedAt) {
    StoredDocument withSections(List<Section> sections) {
      return new StoredDocument(document.id(), document.source(), contentHash, document, new Layout(sections), facts,
          ingestedAt);
    }
  }

  private static Unlaid unlaid(ResultSet row) throws SQLException {
    Metadata metadata = new Metadata(row.getString("meta_title"), row.getString("meta_url"),
        row.getString("meta_outlet"), row.getString("meta_date"));
    Document document = new Document(row.getString("id"), row.getString("source"), row.getString("text"), metadata);
    Integer dateStart = integer(row, "date_evidence_start");
    Span dateEvidence = dateStart == null ? null : new Span(dateStart, row.getInt("date_evidence_end"));
    DocumentFacts facts = new DocumentFacts(row.getString("title"), row.getString("outlet"), date(row, "date"),
        dateEvidence, row.getString("language"));
    return new Unlaid(document, row.getString("content_hash"), facts, Instant.parse(row.getString("ingested_at")));
  }
}
