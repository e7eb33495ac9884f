package org.tally.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tally.event.MainIncident;
import org.tally.link.ClaimRef;
import org.tally.model.Claim;
import org.tally.model.Document;
import org.tally.model.DocumentFacts;
import org.tally.model.Layout;
import org.tally.model.Section;
import org.tally.model.Span;

/**
 * Everything the analysis learned about one document: what the CLI prints, the store keeps and linking reads.
 * Rejects claims of another document and offsets past the end of the text, which would point nowhere once stored.
 *
 * @param layout the document's sections
 * @param facts title, outlet, publication date and language
 * @param claims the resolved casualty claims, in the extractor's order (a claim's position is its ordinal in the store)
 * @param mainIncident the event the article is about; {@link MainIncident#NONE} when nothing is known of it
 */
public record Analysis(Document document, Layout layout, DocumentFacts facts, List<Claim> claims,
    MainIncident mainIncident) {
  public Analysis {
    Objects.requireNonNull(document, "document");
    // the messages are only put together when a check fails: building them for every claim cost as much as a stage
    String id = document.id();
    Objects.requireNonNull(layout, () -> "layout of " + id);
    Objects.requireNonNull(facts, () -> "facts of " + id);
    Objects.requireNonNull(mainIncident, () -> "main incident of " + id);
    claims = List.copyOf(Objects.requireNonNull(claims, () -> "claims of " + id));
    int length = document.text().length();
    for (Section section : layout.sections()) {
      if (section.span().end() > length) {
        throw pastTheEnd(section.span(), length, id, "section " + section.kind().jsonName());
      }
    }
    if (facts.dateEvidence() != null && facts.dateEvidence().end() > length) {
      throw pastTheEnd(facts.dateEvidence(), length, id, "date evidence");
    }
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      if (!claim.doc().equals(id)) {
        throw new IllegalArgumentException("claim " + i + " belongs to document " + claim.doc() + ", not to " + id);
      }
      if (claim.evidence().end() > length) {
        throw pastTheEnd(claim.evidence(), length, id, "evidence of claim " + i);
      }
      if (claim.count().span().end() > length) {
        throw pastTheEnd(claim.count().span(), length, id, "count of claim " + i);
      }
    }
    if (mainIncident.evidence() != null && mainIncident.evidence().end() > length) {
      throw pastTheEnd(mainIncident.evidence(), length, id, "evidence of the main incident");
    }
  }

  /** The outlet that published it: the one read from the text, else the one its source names; null when neither. */
  public String outlet() {
    return facts.outlet() != null ? facts.outlet() : document.metadata().outlet();
  }

  /** The claims as linking takes them: with outlet, date and evidence sentence, numbered as the store keys them. */
  public List<ClaimRef> claimRefs() {
    String outlet = outlet();
    List<ClaimRef> refs = new ArrayList<>(claims.size());
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      refs.add(new ClaimRef(document.id(), i, outlet, facts.date(), claim, claim.evidence().text(document.text())));
    }
    return refs;
  }

  private static IllegalArgumentException pastTheEnd(Span span, int length, String docId, String what) {
    return new IllegalArgumentException(
        what + " of document " + docId + " ends at " + span.end() + ", past the text's end at " + length);
  }
}
