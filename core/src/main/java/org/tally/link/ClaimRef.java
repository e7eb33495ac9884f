package org.tally.link;

import java.time.LocalDate;
import java.util.Objects;
import org.tally.model.Claim;

/**
 * A claim with what linking needs from its document: who published it, when, and the sentence it came from.
 *
 * @param ordinal the claim's position in its document's claim list, as the store keys it
 * @param outlet the publishing outlet, or null when unknown
 * @param docDate the document's date, or null; stands in for the claim's time when the claim gives none
 * @param quote the evidence sentence
 */
public record ClaimRef(String doc, int ordinal, String outlet, LocalDate docDate, Claim claim, String quote) {
  public ClaimRef {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(claim, "claim of " + doc + "#" + ordinal);
    if (ordinal < 0) {
      throw new IllegalArgumentException("claim ordinal must not be negative: " + doc + "#" + ordinal);
    }
  }

  /** "doc#ordinal": unique across a corpus. */
  public String key() {
    return doc + "#" + ordinal;
  }
}
