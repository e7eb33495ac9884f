package org.tally.link;

import java.time.LocalDate;
import java.util.Optional;
import org.tally.model.ClaimTime;
import org.tally.model.Scope;

/**
 * A multi-day operation's toll: a figure a text gives over a few days it states ("the bombardment killed 84 in the past
 * three days", "since the offensive began on Friday"), from two days to {@code longest_operation_days}. Such a toll is
 * the operation's, not a series' running count, so it links as an incident; it joins no day's incident on its own
 * ({@link Cluster#accepts}), but gathers the incidents of the operation's days ({@link OperationMerger}).
 */
final class Operations {
  private Operations() {}

  /** The claim gives a toll over a time its text states, of two days up to the longest operation's. */
  static boolean isOperation(ClaimRef ref, LinkRules rules) {
    if (ref.claim().scope() != Scope.AGGREGATE || !ref.claim().section().isOwnText()) {
      return false;
    }
    ClaimTime when = ref.claim().when();
    if (when == null || when.text() == null) {
      return false;
    }
    return span(ref).map(s -> s.days() >= 2 && s.days() <= rules.longestOperationDays()).orElse(false);
  }

  /**
   * The operation's days: the claim's own span, less its report's day where the span ends on it and would still cover
   * two days without it. "The past three days" in a Monday statement, read back from Monday, are Friday to Sunday: a
   * toll is counted over the days before it is given, and the day's own fighting is still to be counted.
   */
  static Optional<DaySpan> span(ClaimRef ref) {
    return DaySpan.of(ref).map(s -> {
      LocalDate printed = ref.docDate();
      if (printed != null && s.end().equals(printed) && s.days() >= 3) {
        return new DaySpan(s.start(), printed.minusDays(1));
      }
      return s;
    });
  }

  /**
   * The day or days a claim tells of, as an operation's days are matched against: the time its text states, else its
   * report's day (a report that names no day tells of the fighting up to its printing, not of the day before it: the
   * day after an operation's last day is not the operation's, however near).
   */
  static DaySpan told(ClaimRef ref) {
    DaySpan own = DaySpan.of(ref).orElseThrow();
    ClaimTime when = ref.claim().when();
    if (when != null && when.text() != null) {
      return own;
    }
    LocalDate printed = ref.docDate();
    return printed == null ? new DaySpan(own.end(), own.end()) : new DaySpan(printed, printed);
  }
}
