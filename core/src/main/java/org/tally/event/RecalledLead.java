package org.tally.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tally.model.Claim;
import org.tally.model.ClaimTime;
import org.tally.model.Harm;
import org.tally.model.Scope;

/**
 * "Three months ago, a suicide bomber killed 20 people in Tahrir Square. On Saturday, another blast killed seven
 * people in Bab Musalla": a first incident the text dates weeks before its report is recalled to set the scene, and
 * the first later incident with dead that the text dates to the report's own days is its news (issue 11: not an
 * earlier attack told as background).
 */
final class RecalledLead {
  /** How long before the report a first incident must lie to be a recollection rather than the news. */
  private static final int RECALLED_DAYS = 14;
  /** How close to the report the later incident's stated day must lie: the report's day or the two before it. */
  private static final int RECENT_DAYS = 2;

  private RecalledLead() {}

  static Optional<Claim> news(List<Claim> own, Claim first, LocalDate documentDate) {
    if (documentDate == null || !stated(first.when())
        || !first.when().end().isBefore(documentDate.minusDays(RECALLED_DAYS))) {
      return Optional.empty();
    }
    return own.stream().filter(c -> c.scope() == Scope.INCIDENT && c.harm() == Harm.KILLED
        && c.evidence().start() > first.evidence().start() && stated(c.when())
        && !c.when().start().isBefore(documentDate.minusDays(RECENT_DAYS))).findFirst();
  }

  /** A time the text states in words, not one inferred from the report's date. */
  private static boolean stated(ClaimTime when) {
    return when != null && when.text() != null && when.start() != null && when.end() != null;
  }
}
