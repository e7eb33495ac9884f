package org.tally.store;

import java.util.List;
import java.util.Objects;
import org.tally.model.Claim;
import org.tally.model.Document;
import org.tally.model.DocumentFacts;
import org.tally.model.Layout;
import org.tally.model.Section;
import org.tally.model.Span;

/**
 * Everything the pipeline learned about one document, written to the store as one unit.
 * Rejects claims of another document and offsets past the end of the text, which would point nowhere once stored.
 */
public record Ingested(Document document, Layout layout, DocumentFacts facts, List<Claim> claims) {
  public Ingested {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(layout, "layout of " + document.id());
    Objects.requireNonNull(facts, "facts of " + document.id());
    claims = List.copyOf(Objects.requireNonNull(claims, "claims of " + document.id()));
    int length = document.text().length();
    for (Section section : layout.sections()) {
      requireInText(section.span(), length, document.id(), "section " + section.kind().jsonName());
    }
    if (facts.dateEvidence() != null) {
      requireInText(facts.dateEvidence(), length, document.id(), "date evidence");
    }
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      if (!claim.doc().equals(document.id())) {
        throw new IllegalArgumentException(
            "claim " + i + " belongs to document " + claim.doc() + ", not to " + document.id());
      }
      requireInText(claim.evidence(), length, document.id(), "evidence of claim " + i);
      requireInText(claim.count().span(), length, document.id(), "count of claim " + i);
    }
  }

  private static void requireInText(Span span, int length, String docId, String what) {
    if (span.end() > length) {
      throw new IllegalArgumentException(
          what + " of document " + docId + " ends at " + span.end() + ", past the text's end at " + length);
    }
  }
}
