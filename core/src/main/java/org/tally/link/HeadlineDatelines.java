package org.tally.link;

import org.tally.model.ClaimSection;
import org.tally.model.ClaimTime;

/**
 * A headline's toll dated only by its report's dateline ("Regime raids kill 10 in Idlib village" over "Wednesday 10 May
 * 2017. Regime helicopters struck the village of Hass ... on Tuesday"): the dateline says when the report was printed,
 * and a headline tells of the attack its body reports, which may be the day before. For linking such a claim's day is
 * one its text does not state, so it reaches back as an unstated day does (inferred_reach_days). Only headlines: a
 * body's sentence that borrows a neighbour's day is read as it stands.
 */
final class HeadlineDatelines {
  private HeadlineDatelines() {}

  /** The claim is a headline's whose time words lie outside the headline and give its report's own day. */
  static boolean borrowed(ClaimRef ref) {
    ClaimTime when = ref.claim().when();
    if (ref.claim().section() != ClaimSection.TITLE || when == null || when.text() == null || when.span() == null
        || ref.docDate() == null) {
      return false;
    }
    return !ref.claim().evidence().contains(when.span()) && ref.docDate().equals(when.start())
        && ref.docDate().equals(when.end());
  }
}
