package org.tally.verify;

import java.util.Comparator;
import java.util.List;
import org.tally.link.DaySpan;

/** The sentence a reader sees for one toll against one reference: the toll, the record(s) and their figures, the grade. */
final class Reasons {
  private Reasons() {}

  static String of(TollCheck check, String source, DaySpan coverage) {
    Toll toll = check.toll();
    List<ReferenceRecord> records = check.records().get(source);
    ClaimGrade grade = check.grades().get(source);
    List<NamedRecord> named = check.named(source);
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
    if (check.heldToNamed().contains(source)) {
      return says + atNamedPlaces(toll, source, records, named) + ": " + phrase(grade) + ".";
    }
    // a record at a place the article names is named first: of all, it is the likeliest to be the article's event
    List<ReferenceRecord> pool = named.isEmpty() ? records : named.stream().map(NamedRecord::record).toList();
    ReferenceRecord first = pool.stream().min(Comparator.comparingDouble((ReferenceRecord r) -> gap(toll, r))
        .thenComparing(Comparator.comparingInt(ReferenceRecord::best).reversed())).orElseThrow();
    StringBuilder s = new StringBuilder(says).append(source).append(' ').append(first.id()).append(" records ")
        .append(first.deaths()).append(" (").append(first.place().label()).append(", ").append(dates(first.when()))
        .append(')');
    named.stream().filter(n -> n.record() == first).findFirst()
        .ifPresent(n -> s.append(' ').append(n.where()).append(", which the article names,"));
    if (records.size() > 1) {
      long low = records.stream().mapToLong(ReferenceRecord::low).sum();
      long high = records.stream().mapToLong(ReferenceRecord::high).sum();
      s.append(" and ").append(records.size() - 1).append(records.size() == 2 ? " more record" : " more records")
          .append(records.size() == 2 ? " there holds " : " there hold ").append(low - first.low() == high - first.high() ? Long.toString(low - first.low())
              : (low - first.low()) + "-" + (high - first.high()))
          .append(" more (").append(low == high ? Long.toString(low) : low + "-" + high).append(" in all)");
    }
    return s.append(": ").append(phrase(grade)).append('.').toString();
  }

  /**
   * "UCDP GED 226120 records 12 (Ariha town, Idlib, 2016-07-13) at Ariha, which the article names; no record of
   * its place and days comes near it (the largest of 6 holds 18)".
   */
  private static String atNamedPlaces(Toll toll, String source, List<ReferenceRecord> records,
      List<NamedRecord> named) {
    NamedRecord first = named.stream().max(Comparator.comparingInt((NamedRecord n) -> n.record().high())).orElseThrow();
    ReferenceRecord r = first.record();
    StringBuilder s = new StringBuilder(source).append(' ').append(r.id()).append(" records ").append(r.deaths())
        .append(" (").append(r.place().label()).append(", ").append(dates(r.when())).append(") ")
        .append(first.where()).append(", which the article names");
    if (named.size() > 1) {
      long low = named.stream().mapToLong(n -> n.record().low()).sum();
      long high = named.stream().mapToLong(n -> n.record().high()).sum();
      String others = named.stream().map(NamedRecord::named).distinct().count() == 1 ? " there" : " at places it names";
      s.append(", and ").append(named.size() - 1).append(named.size() == 2 ? " more record" : " more records")
          .append(others).append(named.size() == 2 ? " holds " : " hold ")
          .append(low - r.low() == high - r.high() ? Long.toString(low - r.low())
              : (low - r.low()) + "-" + (high - r.high()))
          .append(" more (").append(low == high ? Long.toString(low) : low + "-" + high).append(" in all)");
    }
    List<ReferenceRecord> ofItsDays = records.stream().filter(x -> x.when().overlaps(toll.days(), 0)).toList();
    List<ReferenceRecord> pool = ofItsDays.isEmpty() ? records : ofItsDays;
    int largest = pool.stream().mapToInt(ReferenceRecord::high).max().orElse(0);
    s.append("; no record of its place and days comes near it (");
    s.append(pool.size() == 1 ? "the only one holds " + largest : "the largest of " + pool.size() + " holds " + largest);
    return s.append(')').toString();
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
