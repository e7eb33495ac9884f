package org.tally.verify;

import java.util.List;
import java.util.Objects;

/**
 * What {@code tally verify} prints for one document (design.md).
 *
 * @param score 0..1: 0.5 when nothing could be checked; toward 1 as records (and outlets) bear its tolls out,
 *     toward 0 as they contradict them ({@link Verifier} says how it is summed)
 * @param reasons sentences naming the claim, the record or outlets and their figures
 * @param records every record a toll of it was matched with, and each reference that holds none
 * @param incident the grade of its main incident across outlets, or null when it has no main toll
 */
public record DocumentVerdict(String doc, double score, Verdict verdict, List<String> reasons,
    List<RecordGrade> records, IncidentCheck incident) {
  public DocumentVerdict {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(verdict, () -> "verdict of " + doc);
    reasons = List.copyOf(reasons);
    records = List.copyOf(records);
    if (score < 0 || score > 1) {
      throw new IllegalArgumentException("score of " + doc + " must lie in 0..1, not " + score);
    }
  }

  /** False only when the article is contradicted (design.md). */
  public boolean credible() {
    return verdict != Verdict.CONTRADICTED;
  }
}
