package org.tally.verify;

import java.util.List;

/**
 * Grades a toll against the records of one reference that may be its event. The records may split the event in
 * two or join two events, so the toll is compared with each record and with their sum:
 * <ul>
 *   <li>{@code corroborated} when it overlaps a record's range or the sum's (each widened by agree_percent);</li>
 *   <li>{@code no-record} when its lowest figure is more than same_event_ratio times the records' sum: they are of
 *       other events;</li>
 *   <li>{@code exceeds} when its lowest figure is above exceeds_percent of the summed high of the records of its own
 *       days with the largest one record of the days of slack (which may be its event, dated a day off), and at least
 *       exceeds_margin deaths above it;</li>
 *   <li>{@code corroborated} too when it lies between the records, reaching the largest one's low;</li>
 *   <li>{@code below} otherwise: it stays under what the records hold, as an early or partial report does;</li>
 *   <li>{@code no-record} when no record may be its event.</li>
 * </ul>
 * A toll whose sentence tells one attack ("a car bomb killed 40", {@link OneAttackWords}) is the toll of one event, and a
 * sum of records is of several: when no record bears it out, it is held to the largest one record of one event's days
 * instead ({@link #oneAttackRecord}). A toll of many attacks or of a span ("strikes across Aleppo killed 67") may be a
 * day's or an area's total, which the records' sum bears out.
 * Whether a toll that exceeds the records may count against its article although its own place is wide depends on
 * whether some of them lie at a place the article names; a town's toll that the records bear out only by adding up
 * other places' or days' records is held to those at the places the article names ({@link #exceedsAtNamedPlace}).
 */
public final class ClaimGrader {
  private final VerifySettings settings;

  public ClaimGrader(VerifySettings settings) {
    this.settings = settings;
  }

  public ClaimGrade grade(Toll toll, List<ReferenceRecord> records) {
    if (records.isEmpty()) {
      return ClaimGrade.NO_RECORD;
    }
    long lowSum = 0;
    long highSum = 0;
    long coreHigh = 0;
    long largestAside = 0;
    boolean anyCore = false;
    int largestLow = 0;
    double margin = settings.agreePercent() / 100.0;
    // an approximate figure ("about 50") is read as wide as the tolerance on each side
    double min = toll.min() == null ? 1 : toll.min() * (toll.approx() ? 1 - margin : 1);
    double max = toll.max() == null ? Double.POSITIVE_INFINITY : toll.max() * (toll.approx() ? 1 + margin : 1);
    boolean single = false;
    for (ReferenceRecord r : records) {
      lowSum += r.low();
      highSum += r.high();
      largestLow = Math.max(largestLow, r.low());
      single |= overlaps(min, max, r.low(), r.high(), margin);
      if (toll.days() != null && r.when().overlaps(toll.days(), 0)) {
        coreHigh += r.high();
        anyCore = true;
      } else {
        largestAside = Math.max(largestAside, r.high());
      }
    }
    if (!single && oneAttackRecord(toll, records) != null) {
      return ClaimGrade.EXCEEDS;  // one attack's toll, which only the records' sum might bear out
    }
    if (single || overlaps(min, max, lowSum, highSum, margin)) {
      return ClaimGrade.CORROBORATED;
    }
    if (farAbove(toll, min, highSum)) {
      return ClaimGrade.NO_RECORD;  // far above the few records there: they are of other events
    }
    // the records of the toll's own days are what it is held to, with at most one record of the days either side: a
    // strike is often recorded a day off its report, but the slack's other records are other events
    if (exceeds(min, anyCore ? coreHigh + largestAside : highSum)) {
      return ClaimGrade.EXCEEDS;
    }
    return max >= largestLow * (1 - margin) ? ClaimGrade.CORROBORATED : ClaimGrade.BELOW;
  }

  /**
   * True when the toll is held to the records at places the article names, on its own days, and exceeds them: those
   * records are taken for its event, the others of its matched area for other events. It must be a toll of one event
   * (its text states its day or its place; it spans at most three days), some of the records at named places must lie
   * on its own days (not only on the days of slack either side), and no single record of its place and time may bear
   * it out. Then:
   * <ul>
   *   <li>any toll, however wide its place, is held when it exceeds all the records of its place and days
   *       ({@link #grade} gives {@code exceeds}) and those at named places (exceeds_percent), and is at most
   *       same_event_ratio times what all the records of its own days hold (far above them, they are of other events
   *       there): "57 killed in Idlib province", and the text names Ariha, where the records of that day hold 12, and
   *       all of Idlib's 18;</li>
   *   <li>a toll of a town, site or district ("37 killed in Aleppo city") is also held to the named places' records
   *       when the records of other places or of the days either side bear it out only by adding up: it exceeds them
   *       when above named_exceeds_percent of what they hold. Either way it must be at most same_event_ratio times
   *       what they hold (far above them, they are another event at that town, and its own is not in the records),
   *       unless they hold documented_town_deaths ({@link #documentedTown}): then the town's day is documented, and an
   *       event that large there would be among them ("227 killed in Aleppo city" on a day Aleppo's records hold 32).
   *       The toll's own place counts as a named place here, even a governorate's seat that matching reads as its
   *       governorate ({@link VerifyRules#forMatching}).</li>
   * </ul>
   *
   * @param records all the reference's records that may be its event
   * @param named those of them at a place the article names ({@link NamedPlaces})
   */
  public boolean exceedsAtNamedPlace(Toll toll, List<ReferenceRecord> records, List<ReferenceRecord> named) {
    if (named.isEmpty() || toll.min() == null || toll.days() == null || !toll.firm()
        || toll.days().days() > oneEventDays()) {
      return false;
    }
    long ownHigh = named.stream().filter(r -> r.when().overlaps(toll.days(), 0)).mapToLong(ReferenceRecord::high).sum();
    boolean ownDays = named.stream().anyMatch(r -> r.when().overlaps(toll.days(), 0));
    double margin = settings.agreePercent() / 100.0;
    double min = toll.min() * (toll.approx() ? 1 - margin : 1);
    double max = toll.max() == null ? Double.POSITIVE_INFINITY : toll.max() * (toll.approx() ? 1 + margin : 1);
    // a record that bears it out vetoes the holding when it may be its event as surely as the named ones. For a toll
    // of one day its text states, one of the days either side at another place is another event: a record at the town
    // the article names, of that very day, is there
    boolean oneStatedDay = toll.dayStated() && toll.days().days() == 1;
    if (!ownDays || records.stream().filter(r -> !oneStatedDay || r.when().overlaps(toll.days(), 0)
            || named.contains(r)).anyMatch(r -> overlaps(min, max, r.low(), r.high(), margin))) {
      return false;
    }
    if (narrow(toll) || oneNamedTown(toll, named)) {
      // a town's toll far above its town's records is of another event than theirs, whatever the rest hold; unless
      // they show its day documented there: an event that large in that town would be among them
      if (min > (double) ownHigh * settings.sameEventRatio() && !documentedTown(ownHigh)) {
        return false;
      }
      if (min > ownHigh * settings.namedExceedsPercent() / 100.0 && min >= ownHigh + settings.exceedsMargin()) {
        return true;
      }
    }
    // any toll is held to all the records of its own days, those at named places showing that the records hold its
    // place and day; far above all of them, they are of other events there
    long coreHigh = records.stream().filter(r -> r.when().overlaps(toll.days(), 0)).mapToLong(ReferenceRecord::high)
        .sum();
    return min <= (double) coreHigh * settings.sameEventRatio() && grade(toll, records) == ClaimGrade.EXCEEDS
        && exceeds(min, ownHigh);
  }

  /**
   * True when the toll is held to the records of the town its own sentence names as the place itself, and exceeds
   * them: "two shepherds were killed near Al-Baghdadi subdistrict in the Hit district" against a record of 2 at Al
   * Baghdadi and a battle of 10 ("dozens") at Hit the same day. A dataset that records every event of a district with
   * its village (ACLED's admin3 and location) records the toll's event at the village its report names; the district's
   * other records of those days are other events, which only added up might bear out a toll five times its own.
   * It must be a toll of one event (its text states its day or its place; it spans at most three days); some of the
   * town's records must lie on its own days; no record of its own days, nor of the town, may bear it out; and it must
   * be at most same_event_ratio times what the town's records hold (far above them, its event is another than theirs,
   * unless they show the town's day documented, {@link #documentedTown}). It is held to the town's records of its own
   * days with the largest one of the days either side (its event recorded a day off), and exceeds them as a town's toll
   * exceeds its named places' records (named_exceeds_percent, exceeds_margin): the article's naming, not the dataset,
   * chose them.
   *
   * @param records all the reference's records that may be its event
   * @param town those of them at the town the toll's own sentence names ({@link TextNames#town}), of one event's days
   */
  public boolean exceedsAtSentenceTown(Toll toll, List<ReferenceRecord> records, List<ReferenceRecord> town) {
    if (town.isEmpty() || toll.min() == null || toll.days() == null || !toll.firm()
        || toll.days().days() > oneEventDays()) {
      return false;
    }
    long ownHigh = 0;
    long largestAside = 0;
    boolean ownDays = false;
    for (ReferenceRecord r : town) {
      if (r.when().overlaps(toll.days(), 0)) {
        ownHigh += r.high();
        ownDays = true;
      } else {
        largestAside = Math.max(largestAside, r.high());
      }
    }
    double margin = settings.agreePercent() / 100.0;
    double min = toll.min() * (toll.approx() ? 1 - margin : 1);
    double max = toll.max() == null ? Double.POSITIVE_INFINITY : toll.max() * (toll.approx() ? 1 + margin : 1);
    if (!ownDays || records.stream().filter(r -> r.when().overlaps(toll.days(), 0) || town.contains(r))
        .anyMatch(r -> overlaps(min, max, r.low(), r.high(), margin) || max < r.low())) {
      return false;
    }
    long held = ownHigh + largestAside;
    if (min > (double) held * settings.sameEventRatio() && !documentedTown(held)) {
      return false;
    }
    // held to records the article's naming chose, as a town's toll is held to its named places' (named_exceeds_percent)
    return min > held * settings.namedExceedsPercent() / 100.0 && min >= held + settings.exceedsMargin();
  }

  /**
   * True when a toll of a part of one governorate ("killed in the northern countryside of Daraa") states its day or
   * its place, and the records at places the article names on its days all lie at one town: the article names where
   * its event was, and the records there of those days are its event's, as a town's toll's are ("a member of the
   * council of Jasim was killed on Wednesday"; "a car bomb exploded in Al-Bab in the northern countryside of Aleppo on
   * Sunday … six people were killed", the toll's sentence dated by its report's days).
   */
  static boolean oneNamedTown(Toll toll, List<ReferenceRecord> named) {
    // a part of one governorate ("the northern countryside of Daraa"), not a governorate: a governorate's toll is
    // often its day's total, of which the named town's event is one part
    if (!toll.firm() || toll.place() == null || toll.place().admin1() == null
        || toll.place().precision() != org.tally.model.PlacePrecision.REGION) {
      return false;
    }
    java.util.Set<String> places = new java.util.HashSet<>();
    for (ReferenceRecord r : named) {
      if (r.when().overlaps(toll.days(), 0)) {
        // a record with no point is told by its name: two villages the gazetteer lacks are two towns
        places.add(r.place().lat() != null ? r.place().lat() + "," + r.place().lon() : "name:" + r.place().name());
      }
    }
    return places.size() == 1;
  }

  /**
   * True when a toll's lowest figure is more than same_event_ratio times what the records there hold: they are of
   * other events, and its event is not among them. Not when its place is a governorate or narrower and they hold
   * documented_deaths: that place's days are documented, and an event that far above them would be among them. A
   * region's or the country's records are never so: "more than 470,000 killed in Syria" is not one day's event.
   */
  private boolean farAbove(Toll toll, double min, long high) {
    if (min <= (double) high * settings.sameEventRatio()) {
      return false;
    }
    return high < settings.documentedDeaths() || toll.place() == null || toll.place().precision() == null
        || toll.place().precision().compareTo(org.tally.model.PlacePrecision.GOVERNORATE) > 0;
  }

  /**
   * True when the records of a town or site the article names hold at least documented_town_deaths on a toll's days:
   * that town's day is documented, so a toll however far above them is held to them, not taken for another event
   * the records lack. The town's counterpart of documented_deaths, lower since a town's day holds fewer events than a
   * governorate's.
   */
  boolean documentedTown(long namedHigh) {
    return namedHigh >= settings.documentedTownDeaths();
  }

  /** True when the toll's own place, as its text names it, is a town, a site, near one, or a district. */
  static boolean narrow(Toll toll) {
    return toll.place() != null && toll.place().precision() != null
        && toll.place().precision().compareTo(org.tally.model.PlacePrecision.DISTRICT) <= 0;
  }

  /**
   * The record a toll of one attack is held to, when it exceeds it: the largest record of one event's days (at most
   * {@link #oneEventDays}) among those that may be its event. Null unless the toll's sentence tells one attack, no record
   * bears it out or holds more than it (a record of many days may: that is not a sum of other events), its lowest
   * figure is clearly above that record's high (exceeds_percent, exceeds_margin), and it is at most same_event_ratio
   * times what the records of one event's days hold together (far above all of them, its event is not among them).
   */
  public ReferenceRecord oneAttackRecord(Toll toll, List<ReferenceRecord> records) {
    if (toll.attack() == null || toll.min() == null || records.isEmpty()) {
      return null;
    }
    double margin = settings.agreePercent() / 100.0;
    double min = toll.min() * (toll.approx() ? 1 - margin : 1);
    double max = toll.max() == null ? Double.POSITIVE_INFINITY : toll.max() * (toll.approx() ? 1 + margin : 1);
    ReferenceRecord largest = null;
    long shortHigh = 0;
    for (ReferenceRecord r : records) {
      if (overlaps(min, max, r.low(), r.high(), margin) || max < r.low()) {
        return null;
      }
      if (r.when().days() <= oneEventDays()) {
        shortHigh += r.high();
        if (largest == null || r.high() > largest.high()) {
          largest = r;
        }
      }
    }
    return largest != null && exceeds(min, largest.high()) && min <= (double) shortHigh * settings.sameEventRatio()
        ? largest : null;
  }

  /** The most days one event's toll or record spans: its day, with time_slack_days either side. */
  public int oneEventDays() {
    return 1 + 2 * settings.timeSlackDays();
  }

  /**
   * True when one record of one event's days (at most {@link #oneEventDays}) bears the toll out or holds more than it:
   * the records hold its event as one, not only a sum of several records or a record of weeks, which a toll far above
   * its event's may reach as easily as its event's own may.
   */
  public boolean borneOutByOneEvent(Toll toll, List<ReferenceRecord> records) {
    double margin = settings.agreePercent() / 100.0;
    double min = toll.min() == null ? 1 : toll.min() * (toll.approx() ? 1 - margin : 1);
    double max = toll.max() == null ? Double.POSITIVE_INFINITY : toll.max() * (toll.approx() ? 1 + margin : 1);
    for (ReferenceRecord r : records) {
      if (r.when().days() <= oneEventDays() && (overlaps(min, max, r.low(), r.high(), margin) || max < r.low())) {
        return true;
      }
    }
    return false;
  }

  /** True when a lowest figure is clearly above a highest one: exceeds_percent of it, and exceeds_margin more. */
  public boolean exceeds(double min, long high) {
    return min > high * settings.exceedsPercent() / 100.0 && min >= high + settings.exceedsMargin();
  }

  static boolean overlaps(double min, double max, long low, long high, double margin) {
    return min <= high * (1 + margin) + 0.5 && max >= low * (1 - margin) - 0.5;
  }
}
