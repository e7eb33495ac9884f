package org.tally.verify;

import java.util.List;

/**
 * An article's verdict from its checked tolls. Records come first: the main toll is contradicted when a reference's
 * records of its place and time hold clearly fewer deaths and no reference bears it out (its place narrow enough to
 * tell which records are its event, or the records it exceeds at places the article names). A clear consensus of other
 * outlets below the main toll ({@link OutletView}) contradicts it when no record covers it, when the records it exceeds
 * cannot be told to be its event (its place too wide, or neither its day nor its place stated), and when the records
 * bear it out only by adding up several of them or in a record of many days; when one record of one event's days
 * bears it out, records and outlets disagree and the article is mixed. A governorate's toll is narrow enough when the records
 * of its governorate and days hold at least documented_deaths ({@link #documented}). A main toll borne out (or under
 * the records) with no toll exceeding them is corroborated; borne out with one exceeding, mixed, unless that one is
 * the article's clearly larger toll of the main toll's days and records ({@link #largerOfSameRecords}): then
 * contradicted; nothing to check against, unverified.
 */
final class VerdictRule {
  private final VerifyRules rules;
  private final ClaimGrader grader;

  VerdictRule(VerifyRules rules) {
    this.rules = rules;
    this.grader = new ClaimGrader(rules.settings());
  }

  record Decision(Verdict verdict, String reason) {
    double clamp(double score) {
      return switch (verdict) {
        case CONTRADICTED -> Math.min(score, 0.25);
        case CORROBORATED -> Math.max(score, 0.6);
        case MIXED -> Math.max(0.3, Math.min(score, 0.7));
        case UNVERIFIED -> 0.5;
      };
    }
  }

  double agreeMargin() {
    return rules.settings().agreePercent() / 100.0;
  }

  int approxMarginPercent() {
    return rules.settings().agreePercent();
  }

  boolean exceeds(double min, long high) {
    return grader.exceeds(min, high);
  }

  /** True when the toll's place is as narrow as contradiction_precision. */
  boolean precise(Toll toll) {
    org.tally.model.ClaimPlace place = rules.forMatching(toll.place());
    return place != null && place.precision() != null
        && place.precision().ordinal() + 1 <= rules.settings().contradictionPrecision();
  }

  /**
   * True when the main toll's exceeding may count against the article: its place is as narrow as
   * contradiction_precision, the records it exceeds lie at places the article names, or it is a governorate's toll
   * and their records show its days there documented.
   */
  boolean placed(TollCheck check) {
    return precise(check.toll()) || check.exceedsAtNamedPlace() || documented(check);
  }

  /**
   * True when the toll is a governorate's, of one event's days, and exceeds a reference whose records of its
   * governorate hold at least documented_deaths: on its own days, or on its days and the days of slack either side
   * together when it is clearly above all of those too (the record of a strike is often dated a day off its report).
   * Those days are documented there, and an event as large as the toll would be among their records. Datasets miss
   * small events far more often than large ones.
   */
  boolean documented(TollCheck check) {
    return documentation(check).deaths() >= rules.settings().documentedDeaths();
  }

  /**
   * What the records of a governorate's toll's place hold, for the reference that shows its days best documented.
   *
   * @param deaths the most deaths one exceeded reference's records hold there on the toll's own days, or on its days
   *     and the days of slack together when those hold at least documented_deaths and the toll is clearly above them;
   *     -1 when the toll is not a governorate's toll of one event's days, or exceeds no reference
   * @param withSlack true when that figure counts the records of the days either side
   */
  record Documentation(long deaths, boolean withSlack) {
    static final Documentation NONE = new Documentation(-1, false);

    String days() {
      return withSlack ? "on its days and the days either side" : "on its days";
    }
  }

  Documentation documentation(TollCheck check) {
    Toll toll = check.toll();
    org.tally.model.ClaimPlace place = rules.forMatching(toll.place());
    if (place == null || place.precision() != org.tally.model.PlacePrecision.GOVERNORATE || toll.days() == null
        || toll.days().days() > grader.oneEventDays()) {
      return Documentation.NONE;
    }
    Documentation best = Documentation.NONE;
    for (java.util.Map.Entry<String, ClaimGrade> e : check.grades().entrySet()) {
      if (e.getValue() != ClaimGrade.EXCEEDS) {
        continue;
      }
      Integer min = check.tollFor(e.getKey()).min();
      List<ReferenceRecord> records = check.records().get(e.getKey());
      long own = records.stream().filter(r -> r.when().overlaps(toll.days(), 0)).mapToLong(ReferenceRecord::high).sum();
      long all = records.stream().mapToLong(ReferenceRecord::high).sum();
      // the days either side count only when some of their records lie at a place the article names: then the
      // records hold the article's place, and the toll is above all of them together
      Documentation d = own < rules.settings().documentedDeaths() && all >= rules.settings().documentedDeaths()
          && !check.named(e.getKey()).isEmpty() && min != null && exceeds(min, all)
          ? new Documentation(all, true)
          : new Documentation(own, false);
      if (d.deaths() > best.deaths()) {
        best = d;
      }
    }
    return best;
  }

  /**
   * ", and the 42 of its days and the days either side lie at no place the article names" when those would show its
   * days documented and the toll is clearly above them, but none of them is at a town or site the article names (so
   * they may all be of other events); empty otherwise.
   */
  private String unnamedWindow(TollCheck check) {
    for (java.util.Map.Entry<String, ClaimGrade> e : check.grades().entrySet()) {
      Toll toll = check.tollFor(e.getKey());
      if (e.getValue() != ClaimGrade.EXCEEDS || !check.named(e.getKey()).isEmpty() || toll.min() == null) {
        continue;
      }
      long all = check.records().get(e.getKey()).stream().mapToLong(ReferenceRecord::high).sum();
      if (all >= rules.settings().documentedDeaths() && exceeds(toll.min(), all)) {
        return "; the " + all + " of its days and the days either side lie at no place the article names";
      }
    }
    return "";
  }

  /**
   * True when some reference bears the toll out, or holds more, with one record of one event's days
   * ({@link ClaimGrader#borneOutByOneEvent}).
   */
  boolean borneOutByOneEvent(TollCheck check) {
    for (java.util.Map.Entry<String, ClaimGrade> e : check.grades().entrySet()) {
      if ((e.getValue() == ClaimGrade.CORROBORATED || e.getValue() == ClaimGrade.BELOW)
          && grader.borneOutByOneEvent(check.tollFor(e.getKey()), check.records().get(e.getKey()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The record the first reference grading the toll so names: " (UCDP GED 224102 records 21 at Sayyeda Zeinab town,
   * Rif Dimashq, on 2016-06-11, the likeliest of them to be its event)"; empty when no reference does.
   */
  private String which(TollCheck check, ClaimGrade... grades) {
    for (java.util.Map.Entry<String, ClaimGrade> e : check.grades().entrySet()) {
      if (List.of(grades).contains(e.getValue())) {
        String record = Reasons.record(check, e.getKey(), agreeMargin());
        if (record != null) {
          return " (" + record + (check.records().get(e.getKey()).size() > 1
              ? ", the likeliest of them to be its event)" : ")");
        }
      }
    }
    return "";
  }

  /**
   * Another toll of the article that is clearly above its main toll (exceeds_percent, exceeds_margin), of days that
   * meet the main toll's, exceeds a reference's records with no reference bearing it out, may contradict the article as
   * its main toll would (its place narrow enough, or records at places the article names), and was matched with a
   * record among those that bear the main toll out (corroborated): the same records of the same place and time. A
   * recorder reading "10 killed in the strike" and "52 killed in the city that day" against records of 10 there takes
   * the larger figure for the article's fuller count of its event and finds it unsupported. Null when there is none.
   * Not when the main toll is under the records (below): they hold more than it, and a larger figure of the article
   * may be the fuller count they hold. An article's other tolls of other places or days (other records) leave it
   * mixed, as before.
   */
  TollCheck largerOfSameRecords(TollCheck main, List<TollCheck> others) {
    Integer mainTop = main.toll().max() != null ? main.toll().max() : main.toll().min();
    if (mainTop == null || main.toll().days() == null) {
      return null;
    }
    for (TollCheck c : others) {
      if (c.toll().min() == null || !c.toll().firm() || c.supported() || !c.any(ClaimGrade.EXCEEDS)
          || !(precise(c.toll()) || c.exceedsAtNamedPlace()) || !exceeds(c.toll().min(), mainTop)
          || c.toll().days() == null || !c.toll().days().overlaps(main.toll().days(), 0)) {
        continue;
      }
      for (java.util.Map.Entry<String, ClaimGrade> e : c.grades().entrySet()) {
        if (e.getValue() == ClaimGrade.EXCEEDS && main.grades().get(e.getKey()) == ClaimGrade.CORROBORATED
            && shareRecord(c.records().get(e.getKey()), main.records().get(e.getKey()))) {
          return c;
        }
      }
    }
    return null;
  }

  private static boolean shareRecord(List<ReferenceRecord> a, List<ReferenceRecord> b) {
    if (a == null || b == null) {
      return false;
    }
    java.util.Set<String> ids = new java.util.HashSet<>();
    a.forEach(r -> ids.add(r.id()));
    return b.stream().anyMatch(r -> ids.contains(r.id()));
  }

  Decision decide(TollCheck main, List<TollCheck> others, OutletView outlets) {
    // another toll of a governorate is not held to its documented days: the article's other tolls at that scope are
    // mostly round-ups ("hundreds killed in Deir ez-Zor"), not one event's
    boolean otherExceeds = others.stream().anyMatch(c -> c.any(ClaimGrade.EXCEEDS) && c.toll().firm()
        && (precise(c.toll()) || c.exceedsAtNamedPlace()));
    boolean otherSupported = others.stream().anyMatch(TollCheck::supported);
    if (main != null && main.any(ClaimGrade.EXCEEDS)) {
      if (!placed(main) && outlets.contradicting()) {
        return new Decision(Verdict.CONTRADICTED, "Verdict: contradicted, since the main toll (" + main.toll().quoted()
            + ") is above the records of its place and time" + which(main, ClaimGrade.EXCEEDS) + ", and though its"
            + " place is too wide to tell which of them are its event, a clear consensus of other outlets puts it"
            + " lower too.");
      }
      if (!placed(main)) {
        long held = documentation(main).deaths();
        return new Decision(Verdict.UNVERIFIED, "Verdict: unverified: the main toll (" + main.toll().quoted()
            + ") is above the records, but its place is too wide to tell which of them are its event"
            + (held >= 0 ? " (its governorate's records of its days hold " + (held == 0 ? "no" : held)
                + " deaths, fewer than the "
                + rules.settings().documentedDeaths() + " that would show those days documented there"
                + unnamedWindow(main) + ")" : "")
            + ".");
      }
      if (!main.toll().firm() && outlets.contradicting()) {
        return new Decision(Verdict.CONTRADICTED, "Verdict: contradicted, since the main toll (" + main.toll().quoted()
            + ") is above the records of the report's day and the article's place" + which(main, ClaimGrade.EXCEEDS)
            + ", and though the text states neither its day nor its place, a clear consensus of other outlets puts it"
            + " lower too.");
      }
      if (!main.toll().firm()) {
        return new Decision(Verdict.UNVERIFIED, "Verdict: unverified: the main toll (" + main.toll().quoted()
            + ") is above the records of the report's day and the article's place, but the text states neither its"
            + " day nor its place, so they may not be its event.");
      }
      if (!main.supported()) {
        return new Decision(Verdict.CONTRADICTED, "Verdict: contradicted, since the main toll (" + main.toll().quoted()
            + ") exceeds the records of its place and time" + which(main, ClaimGrade.EXCEEDS)
            + (precise(main.toll()) ? ""
                : main.exceedsAtNamedPlace() ? ", those of the places the article names among them,"
                : ", which hold " + documentation(main).deaths() + " deaths in its governorate "
                    + documentation(main).days() + " (at least "
                    + rules.settings().documentedDeaths() + " show those days documented, and an event that large"
                    + " would be among them),") + " and no reference bears it out.");
      }
      return new Decision(Verdict.MIXED, "Verdict: mixed, since references disagree on the main toll ("
          + main.toll().quoted() + "): it exceeds some" + which(main, ClaimGrade.EXCEEDS) + " and others bear it out"
          + which(main, ClaimGrade.CORROBORATED, ClaimGrade.BELOW) + ".");
    }
    TollCheck exceeding = others.stream().filter(c -> c.any(ClaimGrade.EXCEEDS) && c.toll().firm()
        && (precise(c.toll()) || c.exceedsAtNamedPlace())).findFirst().orElse(null);
    if (main != null && main.supported() && outlets.contradicting()) {
      // a clear consensus of other outlets outweighs records that hold the toll only as a sum of several of them or
      // in a record of many days: a toll five times its event's is as likely to be reached so as its event's own
      return borneOutByOneEvent(main)
          ? new Decision(Verdict.MIXED, "Verdict: mixed: the main toll (" + main.toll().quoted() + ") is borne out"
              + which(main, ClaimGrade.CORROBORATED, ClaimGrade.BELOW) + ", but a clear consensus of other outlets"
              + " puts it lower.")
          : new Decision(Verdict.CONTRADICTED, "Verdict: contradicted, since a clear consensus of other outlets puts"
              + " the main toll (" + main.toll().quoted() + ") lower, and the records of its place and time bear it"
              + " out only by adding up several of them or in a record of many days, not as one event.");
    }
    TollCheck larger = main != null && main.supported() ? largerOfSameRecords(main, others) : null;
    if (larger != null) {
      return new Decision(Verdict.CONTRADICTED, "Verdict: contradicted, since the article's larger toll of its main"
          + " incident's place and time (" + larger.toll().describe() + ") exceeds the records" + which(larger,
              ClaimGrade.EXCEEDS) + ", which bear out only its smaller main toll (" + main.toll().quoted()
          + "), and no reference bears the larger one out.");
    }
    if (main != null && main.supported()) {
      return otherExceeds
          ? new Decision(Verdict.MIXED, "Verdict: mixed: the main toll (" + main.toll().quoted() + ") is borne out"
              + which(main, ClaimGrade.CORROBORATED, ClaimGrade.BELOW) + ", but another toll ("
              + exceeding.toll().describe() + ") exceeds the records" + which(exceeding, ClaimGrade.EXCEEDS) + ".")
          : new Decision(Verdict.CORROBORATED, "Verdict: corroborated: the main toll (" + main.toll().quoted()
              + ") is borne out by the records" + which(main, ClaimGrade.CORROBORATED, ClaimGrade.BELOW)
              + (main.any(ClaimGrade.CORROBORATED) ? "." : ", which hold more."));
    }
    if (outlets.contradicting()) {
      return new Decision(Verdict.CONTRADICTED, "Verdict: contradicted, since no record covers the main incident and"
          + " a clear consensus of other outlets puts its toll lower.");
    }
    if (otherExceeds) {
      return new Decision(Verdict.MIXED, otherSupported
          ? "Verdict: mixed: of its other tolls, some are borne out by the records and some exceed them."
          : "Verdict: mixed: the main toll could not be checked, and another toll (" + exceeding.toll().describe()
              + ") exceeds the records" + which(exceeding, ClaimGrade.EXCEEDS) + ".");
    }
    if (otherSupported) {
      TollCheck borne = others.stream().filter(TollCheck::supported).findFirst().orElseThrow();
      return new Decision(Verdict.CORROBORATED, "Verdict: corroborated: no record covers the main toll, but the"
          + " records bear out its other tolls (" + borne.toll().describe()
          + which(borne, ClaimGrade.CORROBORATED, ClaimGrade.BELOW) + ").");
    }
    if (outlets.agreeing() > 0) {
      return new Decision(Verdict.CORROBORATED, "Verdict: corroborated by other outlets: no record covers the main"
          + " toll, but other outlets report a figure that agrees.");
    }
    return new Decision(Verdict.UNVERIFIED, main == null
        ? "Verdict: unverified: the article gives no death toll of one incident to check."
        : "Verdict: unverified: no record covers the place and time of its main toll (" + main.toll().quoted()
            + (outlets.reasons().isEmpty() ? "), and no other outlet reports it."
                : "), and no other outlet reports a figure that agrees with it, nor do two or more agree on one clearly"
                    + " lower."));
  }
}
