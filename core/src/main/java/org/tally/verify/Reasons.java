package org.tally.verify;

import java.util.Comparator;
import java.util.List;
import org.tally.link.DaySpan;

/** The sentence a reader sees for one toll against one reference: the toll, the record(s) and their figures, the grade. */
final class Reasons {
  private Reasons() {}

  static String of(TollCheck check, String source, DaySpan coverage, VerifySettings settings) {
    double agree = settings.agreePercent() / 100.0;
    Toll toll = check.tollFor(source);
    List<ReferenceRecord> records = check.records().get(source);
    ClaimGrade grade = check.grades().get(source);
    List<NamedRecord> named = check.named(source);
    String says = "Says " + toll.describe() + (toll.claim() < 0 ? " (main incident)" : "") + "; ";
    if (check.uncounted().contains(source)) {
      return says + source + " counts civilians only, and the toll counts none: no-record, which is no evidence"
          + " against it.";
    }
    if (records.isEmpty()) {
      if (toll.days() == null) {
        return says + "it is not dated, so " + source + " cannot be searched: no-record.";
      }
      if (toll.place() == null || toll.place().precision() == null) {
        return says + "it names no place, so " + source + " cannot be searched: no-record.";
      }
      boolean outside = coverage == null || !toll.days().overlaps(coverage, 0);
      List<ReferenceRecord> others = check.otherSides(source);
      if (!others.isEmpty()) {
        // records of that place and time there are, but of other sides' fighting: not a gap in the records
        ReferenceRecord largest = others.stream().max(Comparator.comparingInt(ReferenceRecord::high)).orElseThrow();
        boolean one = others.size() == 1;
        return says + source + " has no record of that place and time whose sides may include its perpetrator ("
            + toll.perpetrator() + "): " + (one ? "its one record there is" : "its " + others.size()
                + " records there are") + " of other sides' fighting (" + (one ? "" : "the largest, ") + source + " "
            + largest.id() + ", " + largest.deaths() + " at " + largest.place().label()
            + (largest.when().days() == 1 ? ", on " : ", from ") + dates(largest.when())
            + (largest.sides().isEmpty() ? "" : ", between " + String.join(" and ", largest.sides()))
            + "): no-record, which is no evidence against it.";
      }
      return says + source + " has no record of that place and time"
          + (outside && coverage != null ? " (it covers " + coverage.start() + " to " + coverage.end() + ")" : "")
          + ": no-record, which is no evidence against it.";
    }
    if (grade == ClaimGrade.NO_RECORD) {
      long high = records.stream().mapToLong(ReferenceRecord::high).sum();
      boolean one = records.size() == 1;
      return says + (one ? "the one record " : "the " + records.size() + " records ") + source
          + " holds of that place and time " + (one ? "comes" : "come") + " to " + high + " at most, far fewer: "
          + (one ? "it is of another event" : "they are of other events") + ", so no-record, which is no evidence"
          + " against it.";
    }
    ReferenceRecord first = first(check, source, agree);
    StringBuilder s = new StringBuilder(says).append(source).append(' ').append(first.id()).append(" records ")
        .append(first.deaths()).append(" (").append(first.place().label()).append(", ").append(dates(first.when()))
        .append(')');
    boolean atNamed = named.stream().anyMatch(n -> n.record() == first);
    long held = -1;  // what an exceeding toll is held to, at most
    int heldPercent = settings.exceedsPercent();
    named.stream().filter(n -> n.record() == first).findFirst()
        .ifPresent(n -> s.append(' ').append(n.where()).append(", which the article names"));
    ReferenceRecord one = check.heldToOne().get(source);
    if (grade == ClaimGrade.EXCEEDS && one != null) {
      // a toll of one attack held to one record: say why, and what the records' sum would have been
      held = one.high();
      s.append("; its sentence tells one attack (\"").append(toll.attack()).append("\"), so it is held to the largest")
          .append(" one record of one event's days, not to what ").append(count(records, "record"))
          .append(" of its place and time ").append(records.size() == 1 ? "holds (" : "hold together (")
          .append(total(records)).append(records.size() == 1 ? ")" : "), a sum of several events");
    } else if (grade == ClaimGrade.EXCEEDS && check.heldToTown().containsKey(source)) {
      // held to the records of the town its own sentence names: say what they hold, and that the others of its
      // district and days, which only together might reach its figure, are other events
      List<ReferenceRecord> town = check.heldToTown().get(source);
      java.util.Set<ReferenceRecord> isTown = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      town.forEach(isTown::add);
      List<ReferenceRecord> rest = records.stream().filter(r -> !isTown.contains(r)).toList();
      long ownDays = town.stream().filter(r -> r.when().overlaps(toll.days(), 0)).mapToLong(ReferenceRecord::high)
          .sum();
      long aside = town.stream().filter(r -> !r.when().overlaps(toll.days(), 0)).mapToLong(ReferenceRecord::high)
          .max().orElse(0);
      held = ownDays + aside;
      heldPercent = settings.namedExceedsPercent();
      List<ReferenceRecord> ofItsDays = town.stream().filter(r -> r.when().overlaps(toll.days(), 0)).toList();
      s.append("; its own sentence names ").append(first.place().name()).append(", where ")
          .append(ofItsDays.size() == 1 ? "the one record of its days holds " + total(ofItsDays)
              : "the " + ofItsDays.size() + " records of its days hold " + total(ofItsDays) + " in all")
          .append(town.size() > ofItsDays.size() ? " (" + held + " with the largest of the days either side)" : "")
          .append(", and no record alone bears it out");
      if (!rest.isEmpty()) {
        s.append(" (").append(count(rest, "other record")).append(" of its area and days ")
            .append(rest.size() == 1 ? "holds " : "hold ").append(total(rest))
            .append(rest.size() == 1 ? ", another event)" : " together, other events)");
      }
    } else if (grade == ClaimGrade.EXCEEDS && check.heldToNamed().contains(source) && ClaimGrader.narrow(toll)) {
      // a town's toll held to the records at the places the article names: say what they hold on its days, and that
      // the others, which only together might reach its figure, are of other places or days
      List<ReferenceRecord> ofNamed = named.stream().map(NamedRecord::record)
          .filter(r -> r.when().overlaps(toll.days(), 0)).toList();
      java.util.Set<ReferenceRecord> isNamed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      ofNamed.forEach(isNamed::add);
      List<ReferenceRecord> rest = records.stream().filter(r -> !isNamed.contains(r)).toList();
      held = ofNamed.stream().mapToLong(ReferenceRecord::high).sum();
      heldPercent = settings.namedExceedsPercent();
      s.append("; ").append(ofNamed.size() == 1 ? "it is the one record at the places the article names on its days"
          : "the " + ofNamed.size() + " records at the places the article names on its days hold " + total(ofNamed)
              + " in all").append(", and no record alone bears it out");
      if (!rest.isEmpty()) {
        s.append(" (").append(count(rest, "other record")).append(" of its area and the days either side ")
            .append(rest.size() == 1 ? "holds " : "hold ").append(total(rest))
            .append(rest.size() == 1 ? ", another event)" : " together, other events)");
      }
      if (toll.min() != null && toll.min() > (double) held * settings.sameEventRatio()) {
        // held to them though far above them: say why they are taken to hold its event (ClaimGrader#documentedTown)
        s.append("; their ").append(held).append(" deaths show its day documented there (at least ")
            .append(settings.documentedTownDeaths()).append("), and an event that large would be among them");
      }
    } else if (grade == ClaimGrade.EXCEEDS && toll.days() != null) {
      // an exceeding toll is held to the records of its own days together and the largest one of the days either
      // side (its event recorded a day off): say what they hold, apart from the other records of the days either side
      List<ReferenceRecord> ofItsDays = records.stream().filter(r -> r.when().overlaps(toll.days(), 0)).toList();
      List<ReferenceRecord> around = records.stream().filter(r -> !r.when().overlaps(toll.days(), 0)).toList();
      long largestAround = around.stream().mapToLong(ReferenceRecord::high).max().orElse(0);
      held = ofItsDays.isEmpty() ? around.stream().mapToLong(ReferenceRecord::high).sum()
          : ofItsDays.stream().mapToLong(ReferenceRecord::high).sum() + largestAround;
      if (ofItsDays.isEmpty()) {
        s.append("; ").append(count(around, "record")).append(" of its place on the days either side ")
            .append(around.size() == 1 ? "holds " : "hold ").append(total(around)).append(around.size() == 1 ? "" : " in all");
      } else {
        s.append("; ").append(count(ofItsDays, "record")).append(" of its place on its days ")
            .append(ofItsDays.size() == 1 ? "holds " : "hold ").append(total(ofItsDays))
            .append(ofItsDays.size() == 1 ? "" : " in all");
        if (!around.isEmpty()) {
          s.append(" (").append(count(around, "more")).append(" on the days either side ")
              .append(around.size() == 1 ? "holds " : "hold ").append(total(around))
              .append(around.size() == 1 ? ", which may be its event recorded a day off; " + held + " with it)"
                  : ", the largest " + largestAround + ", which may be its event recorded a day off; " + held
                      + " with it)");
        }
      }
    } else if (records.size() > 1) {
      long low = records.stream().mapToLong(ReferenceRecord::low).sum();
      long high = records.stream().mapToLong(ReferenceRecord::high).sum();
      s.append(atNamed ? "," : "").append(" and ").append(records.size() - 1)
          .append(records.size() == 2 ? " more record" : " more records")
          .append(records.size() == 2 ? " there holds " : " there hold ")
          .append(low - first.low() == high - first.high() ? Long.toString(low - first.low())
              : (low - first.low()) + "-" + (high - first.high()))
          .append(" more (").append(low == high ? Long.toString(low) : low + "-" + high).append(" in all)");
    }
    return s.append(": ").append(phrase(grade)).append(margin(check, source, first, held, heldPercent, settings))
        .append('.').toString();
  }

  /**
   * The figures behind a grade, as a fact-checker weighs them: " (37 is 5.3 times their 7; more than 2 times is
   * taken to exceed)", " (62 is under the 90 the largest of them records)", " (over 80 agrees with its 90, within
   * 10%)"; empty when the toll gives no figure to compare.
   */
  private static String margin(TollCheck check, String source, ReferenceRecord first, long held, int heldPercent,
      VerifySettings settings) {
    double agree = settings.agreePercent() / 100.0;
    Toll toll = check.tollFor(source);
    List<ReferenceRecord> records = check.records().get(source);
    String words = toll.quoted();
    int within = (int) Math.round(agree * 100);
    switch (check.grades().get(source)) {
      case EXCEEDS -> {
        if (held < 0 || toll.min() == null) {
          return "";
        }
        String whose = check.heldToOne().containsKey(source) ? "its" : "their";
        String times = held == 0 ? "above " + whose + " 0" : String.format(java.util.Locale.ROOT,
            "%.1f times " + whose + " %d", toll.min() / (double) held, held);
        return " (" + words + " is " + times + "; more than " + percentTimes(heldPercent)
            + " times is taken to exceed)";
      }
      case BELOW -> {
        int largestLow = records.stream().mapToInt(ReferenceRecord::low).max().orElse(0);
        return " (" + words + " is under the " + largestLow + (records.size() == 1 ? " it records)"
            : " the largest of them records)");
      }
      case CORROBORATED -> {
        double min = toll.min() == null ? 1 : toll.min();
        double max = toll.max() == null ? Double.POSITIVE_INFINITY : toll.max();
        String tolerance = ", within " + within + "%";
        if (agrees(toll, first, agree)) {
          return " (" + words + " agrees with its " + first.deaths()
              + (ClaimGrader.overlaps(min, max, first.low(), first.high(), 0) ? "" : tolerance) + ")";
        }
        long low = records.stream().mapToLong(ReferenceRecord::low).sum();
        long high = records.stream().mapToLong(ReferenceRecord::high).sum();
        String together = low == high ? Long.toString(low) : low + "-" + high;
        if (ClaimGrader.overlaps(min, max, low, high, agree)) {
          return " (" + words + " agrees with the " + together + " they hold together"
              + (ClaimGrader.overlaps(min, max, low, high, 0) ? "" : tolerance) + ")";
        }
        if (min > high) {
          return " (" + words + " is above the " + high + " they hold together, but not clearly: not more than "
              + percentTimes(settings.exceedsPercent()) + " times, or not " + settings.exceedsMargin() + " more)";
        }
        int largestLow = records.stream().mapToInt(ReferenceRecord::low).max().orElse(0);
        return " (" + words + " lies between the largest one's " + largestLow + " and the " + together
            + " they hold together)";
      }
      default -> {
        return "";
      }
    }
  }

  /** 150 as "1.5", 200 as "2". */
  private static String percentTimes(int percent) {
    return percent % 100 == 0 ? Integer.toString(percent / 100)
        : java.math.BigDecimal.valueOf(percent, 2).stripTrailingZeros().toPlainString();
  }

  /**
   * The record a reason names first, and the records list shows first: the likeliest to be the toll's event. Those
   * whose figure agrees with the toll (agree_percent) come first, those at a place the article names before the
   * others; then the rest by how far their figure lies from the toll's. Where the toll exceeds records some of which
   * lie at places the article names, the largest of those (of its own days first).
   */
  static ReferenceRecord first(TollCheck check, String source, double agree) {
    List<NamedRecord> named = check.named(source);
    if (check.heldToOne().containsKey(source) && check.grades().get(source) == ClaimGrade.EXCEEDS) {
      return check.heldToOne().get(source);  // the one record a toll of one attack is held to
    }
    if (check.heldToTown().containsKey(source) && check.grades().get(source) == ClaimGrade.EXCEEDS) {
      // of the records of the town its sentence names, the largest of the toll's own days
      return check.heldToTown().get(source).stream()
          .max(Comparator.comparingInt((ReferenceRecord r) -> r.when().overlaps(check.toll().days(), 0) ? 1 : 0)
              .thenComparingInt(ReferenceRecord::high))
          .orElseThrow();
    }
    if (check.heldToNamed().contains(source)) {
      // of those at named places, the largest of the toll's own days
      return named.stream().map(NamedRecord::record)
          .max(Comparator.comparingInt((ReferenceRecord r) -> r.when().overlaps(check.toll().days(), 0) ? 1 : 0)
              .thenComparingInt(ReferenceRecord::high))
          .orElseThrow();
    }
    Toll toll = check.tollFor(source);
    java.util.Set<ReferenceRecord> atNamed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    named.forEach(n -> atNamed.add(n.record()));
    return check.records().get(source).stream()
        .min(Comparator.comparingInt((ReferenceRecord r) -> agrees(toll, r, agree) ? atNamed.contains(r) ? 0 : 1 : 2)
            .thenComparingDouble(r -> gap(toll, r))
            .thenComparing(Comparator.comparingInt(ReferenceRecord::best).reversed()))
        .orElseThrow();
  }

  /**
   * The record a verdict names for one reference's grade of a toll, with its figure, place and days: "UCDP GED 224102
   * records 21 at Sayyeda Zeinab town, Rif Dimashq, on 2016-06-11"; null when the reference matched none.
   */
  static String record(TollCheck check, String source, double agree) {
    if (check.records().getOrDefault(source, List.of()).isEmpty()) {
      return null;
    }
    ReferenceRecord r = first(check, source, agree);
    return source + " " + r.id() + " records " + r.deaths() + " at " + r.place().label()
        + (r.place().label().contains(",") ? "," : "") + (r.when().start().equals(r.when().end()) ? " on " : " from ")
        + dates(r.when());
  }

  /** True when the toll's range meets the record's, each widened by agree_percent as the grader widens them. */
  private static boolean agrees(Toll toll, ReferenceRecord r, double agree) {
    double min = toll.min() == null ? 1 : toll.min();
    double max = toll.max() == null ? Double.POSITIVE_INFINITY : toll.max();
    return ClaimGrader.overlaps(min, max, r.low(), r.high(), agree);
  }

  /** "the one record", "the 5 records", "one more", "5 more". */
  private static String count(List<ReferenceRecord> records, String noun) {
    if (noun.equals("more")) {
      return records.size() == 1 ? "one more" : records.size() + " more";
    }
    return records.size() == 1 ? "the one " + noun : "the " + records.size() + " " + noun + "s";
  }

  /** "18" or "16-22": the records' lows and highs summed. */
  private static String total(List<ReferenceRecord> records) {
    long low = records.stream().mapToLong(ReferenceRecord::low).sum();
    long high = records.stream().mapToLong(ReferenceRecord::high).sum();
    return low == high ? Long.toString(low) : low + "-" + high;
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
