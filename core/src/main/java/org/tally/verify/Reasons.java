package org.tally.verify;

import java.util.Comparator;
import java.util.List;
import org.tally.link.DaySpan;

/** The sentence a reader sees for one toll against one reference: the toll, the record(s) and their figures, the grade. */
final class Reasons {
  private Reasons() {}

  static String of(Toll toll, String source, List<ReferenceRecord> records, ClaimGrade grade, DaySpan coverage) {
    String says = "Says " + toll.describe() + (toll.claim() < 0 ? " (main incident)" : "") + "; ";
    if (records.isEmpty()) {
      if (toll.days() == null) {
        return says + "it is not dated, so " + source + " cannot be searched: no-record.";
      }
      if (toll.place() == null || toll.place().precision() == null) {
        return says + "it names no place, so " + source + " cannot be searched: no-record.";
      }
      boolean outside = coverage == null || !toll.days().overlaps(coverage, 0);
      return says + source + " has no record of that place and time"
          + (outside && coverage != null ? " (it covers " + coverage.start() + " to " + coverage.end() + ")" : "")
          + ": no-record, which is no evidence against it.";
    }
    if (grade == ClaimGrade.NO_RECORD) {
      long high = records.stream().mapToLong(ReferenceRecord::high).sum();
      return says + "the " + records.size() + (records.size() == 1 ? " record " : " records ") + source
          + " holds of that place and time come to " + high + " at most, far fewer: they are of other events, so"
          + " no-record, which is no evidence against it.";
    }
    ReferenceRecord first = records.stream().min(Comparator.comparingDouble((ReferenceRecord r) -> gap(toll, r))
        .thenComparing(Comparator.comparingInt(ReferenceRecord::best).reversed())).orElseThrow();
    StringBuilder s = new StringBuilder(says).append(source).append(' ').append(first.id()).append(" records ")
        .append(first.deaths()).append(" (").append(first.place().label()).append(", ").append(dates(first.when()))
        .append(')');
    if (records.size() > 1) {
      long low = records.stream().mapToLong(ReferenceRecord::low).sum();
      long high = records.stream().mapToLong(ReferenceRecord::high).sum();
      s.append(" and ").append(records.size() - 1).append(records.size() == 2 ? " more record" : " more records")
          .append(" there hold ").append(low - first.low() == high - first.high() ? Long.toString(low - first.low())
              : (low - first.low()) + "-" + (high - first.high()))
          .append(" more (").append(low == high ? Long.toString(low) : low + "-" + high).append(" in all)");
    }
    return s.append(": ").append(phrase(grade)).append('.').toString();
  }

  private static String phrase(ClaimGrade grade) {
    return switch (grade) {
      case CORROBORATED -> "corroborated";
      case EXCEEDS -> "exceeds them, clearly above what they record";
      case BELOW -> "below, an early or partial count, not a contradiction";
      case NO_RECORD -> "no-record";
    };
  }

  private static String dates(DaySpan when) {
    return when.start().equals(when.end()) ? when.start().toString() : when.start() + " to " + when.end();
  }

  /** How far the toll's range lies from the record's: 0 when they overlap. */
  private static double gap(Toll toll, ReferenceRecord r) {
    double min = toll.min() == null ? 1 : toll.min();
    double max = toll.max() == null ? Double.POSITIVE_INFINITY : toll.max();
    if (min > r.high()) {
      return min - r.high();
    }
    return max < r.low() ? r.low() - max : 0;
  }
}
