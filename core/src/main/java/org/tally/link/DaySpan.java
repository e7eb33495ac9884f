package org.tally.link;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.tally.model.ClaimTime;

/** An inclusive span of days. */
public record DaySpan(LocalDate start, LocalDate end) {
  public DaySpan {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("day span ends " + end + " before it starts " + start);
    }
  }

  /** The claim's own time where it gives one (either end standing for both), else its document's date. */
  public static Optional<DaySpan> of(ClaimRef ref) {
    ClaimTime when = ref.claim().when();
    if (when != null && (when.start() != null || when.end() != null)) {
      LocalDate start = when.start() != null ? when.start() : when.end();
      LocalDate end = when.end() != null ? when.end() : when.start();
      return Optional.of(new DaySpan(start, end));
    }
    return Optional.ofNullable(ref.docDate()).map(d -> new DaySpan(d, d));
  }

  /**
   * The days a claim may be linked over: its own span, but a time the text does not state (guessed as the report's
   * day or the day before, or a headline's day taken from its report's dateline: {@link HeadlineDatelines}) reaches
   * {@code reachDays} further back, since a report may come days after the event.
   */
  static Optional<DaySpan> forLinking(ClaimRef ref, int reachDays) {
    Optional<DaySpan> own = of(ref);
    ClaimTime when = ref.claim().when();
    boolean stated = when != null && when.text() != null && !HeadlineDatelines.borrowed(ref);
    return stated ? own : own.map(s -> new DaySpan(s.start().minusDays(reachDays), s.end()));
  }

  public long days() {
    return end.toEpochDay() - start.toEpochDay() + 1;
  }

  /** True when the spans overlap or lie at most {@code slackDays} apart. */
  public boolean overlaps(DaySpan other, int slackDays) {
    return !start.isAfter(other.end.plusDays(slackDays)) && !other.start.isAfter(end.plusDays(slackDays));
  }

  public DaySpan union(DaySpan other) {
    return new DaySpan(start.isBefore(other.start) ? start : other.start, end.isAfter(other.end) ? end : other.end);
  }
}
