package org.tally.verify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tally.link.DaySpan;
import org.tally.link.LinkRules;
import org.tally.model.ClaimPlace;
import org.tally.model.GreatCircle;
import org.tally.model.PlacePrecision;

/**
 * Reference records blocked by governorate area and day, so that a claim is compared only with the records of its
 * own days and places, never with every record. A record is listed under each day of its span; one spanning more
 * than {@link #DAYS_LISTED} days (a month's aggregate) is kept aside per area and tested by overlap.
 */
public final class RecordIndex {
  static final int DAYS_LISTED = 62;
  private static final String COUNTRY = "country:";

  private final VerifyRules rules;
  private final PlaceFit fit;
  private final Map<String, Map<Long, List<ReferenceRecord>>> byArea = new HashMap<>();
  private final Map<String, List<ReferenceRecord>> longSpans = new HashMap<>();
  private final Map<String, Set<String>> areasOfCountry = new HashMap<>();
  private final Map<String, DaySpan> coverage = new LinkedHashMap<>();
  private int size;
  /** An order-independent sum over the records added: two indexes of the same records have the same one. */
  private long fingerprint;

  public RecordIndex(VerifyRules rules) {
    this.rules = rules;
    this.fit = new PlaceFit(rules.settings(), rules.link());
  }

  public RecordIndex(VerifyRules rules, List<ReferenceRecord> records) {
    this(rules);
    records.forEach(this::add);
  }

  /**
   * Adds a record. One spanning more than max_claim_days (a monthly or yearly aggregate) is left out: it is not one
   * incident's toll, and it would stand beside every claim of its months.
   */
  public void add(ReferenceRecord record) {
    if (record.when().days() > rules.settings().maxClaimDays()) {
      return;
    }
    String area = areaOf(record.place());
    String country = record.place().country() == null ? "" : record.place().country();
    areasOfCountry.computeIfAbsent(country, c -> new HashSet<>()).add(area);
    DaySpan when = record.when();
    if (when.days() > DAYS_LISTED) {
      longSpans.computeIfAbsent(area, a -> new ArrayList<>()).add(record);
    } else {
      Map<Long, List<ReferenceRecord>> days = byArea.computeIfAbsent(area, a -> new HashMap<>());
      for (long d = when.start().toEpochDay(); d <= when.end().toEpochDay(); d++) {
        days.computeIfAbsent(d, k -> new ArrayList<>(2)).add(record);
      }
    }
    coverage.merge(record.source(), when, DaySpan::union);
    // from strings and numbers only: an enum's hash code differs from one run to the next
    RecordPlace p = record.place();
    fingerprint += java.util.Objects.hash(record.source(), record.id(), when.toString(), p.name(), p.admin1(),
        p.country(), p.lat(), p.lon(), p.precision().name(), record.sides(), record.low(), record.best(),
        record.high(), record.counts().jsonName()) * 0x9E3779B97F4A7C15L;
    size++;
  }

  /** Changes when a record is added, dropped or altered; the same for the same records in any order. */
  public String fingerprint() {
    return size + ":" + Long.toHexString(fingerprint);
  }

  public int size() {
    return size;
  }

  /** Each source with the days its records span, first to last: outside them a source can say nothing. */
  public Map<String, DaySpan> coverage() {
    return Collections.unmodifiableMap(coverage);
  }

  private String areaOf(RecordPlace place) {
    return place.admin1() != null ? rules.link().areaKey(place.admin1())
        : COUNTRY + (place.country() == null ? "" : place.country());
  }

  /**
   * The days a toll may be matched over, slack included; null when it is undated or spans more than
   * max_claim_days (then it is not one incident's toll).
   */
  public DaySpan window(Toll toll) {
    if (toll.days() == null || toll.days().days() > rules.settings().maxClaimDays()) {
      return null;
    }
    int slack = rules.settings().timeSlackDays();
    LocalDate start = toll.days().start().minusDays(slack + (toll.dayStated() ? 0 : rules.settings().inferredReachDays()));
    return new DaySpan(start, toll.days().end().plusDays(slack));
  }

  /**
   * The records that may be the toll's event: their span meets its days (a day's slack), their place fits its place
   * at the coarser precision, and their sides do not rule out its perpetrator. Empty for an undated or unplaced toll.
   * In {@link #order} of how surely each may be its event: the same records in the same order on every run, whatever
   * order the blocks are walked in.
   */
  public List<ReferenceRecord> matches(Toll toll) {
    return matches(toll, true);
  }

  /**
   * The records of the toll's place and time whose sides rule out its perpetrator: those {@link #matches} leaves out
   * for their sides alone. Empty when the toll blames no one or none are so left out. A reason names them, so that a
   * reader sees that the records hold that place and time, but of other sides' fighting ("IS, SDF").
   */
  public List<ReferenceRecord> otherSides(Toll toll) {
    if (toll.perpetrator() == null) {
      return List.of();
    }
    List<ReferenceRecord> any = matches(toll, false);
    if (any.isEmpty()) {
      return any;
    }
    Set<ReferenceRecord> kept = Collections.newSetFromMap(new IdentityHashMap<>());
    kept.addAll(matches(toll, true));
    return any.stream().filter(r -> !kept.contains(r)).toList();
  }

  private List<ReferenceRecord> matches(Toll toll, boolean bySides) {
    DaySpan window = window(toll);
    ClaimPlace place = rules.forMatching(toll.place());
    if (window == null || place == null || place.precision() == null) {
      return List.of();
    }
    Map<ReferenceRecord, Boolean> seen = new IdentityHashMap<>();
    List<ReferenceRecord> out = new ArrayList<>();
    Toll matched = new Toll(toll.doc(), toll.claim(), toll.words(), toll.min(), toll.max(), toll.approx(), place,
        toll.days(), toll.dayStated(), toll.perpetrator());
    for (String area : areas(place)) {
      Map<Long, List<ReferenceRecord>> days = byArea.get(area);
      if (days != null) {
        for (long d = window.start().toEpochDay(); d <= window.end().toEpochDay(); d++) {
          for (ReferenceRecord r : days.getOrDefault(d, List.of())) {
            consider(r, matched, bySides, seen, out);
          }
        }
      }
      for (ReferenceRecord r : longSpans.getOrDefault(area, List.of())) {
        if (r.when().overlaps(window, 0)) {
          consider(r, matched, bySides, seen, out);
        }
      }
    }
    out.sort(order(matched));
    return out;
  }

  /**
   * How surely a matched record is the toll's event, surest first: a record of the toll's own days before one of
   * the days of slack either side; then, when both have a point, the nearer; then the earlier; then by source and id
   * (numeric ids by number, "9" before "10"), so that two runs list the same records alike.
   */
  static Comparator<ReferenceRecord> order(Toll toll) {
    ClaimPlace place = toll.place();
    boolean point = place != null && place.lat() != null && place.lon() != null;
    return Comparator
        .<ReferenceRecord>comparingInt(r -> toll.days() != null && r.when().overlaps(toll.days(), 0) ? 0 : 1)
        .thenComparingDouble(r -> point && r.place().lat() != null
            ? GreatCircle.km(place.lat(), place.lon(), r.place().lat(), r.place().lon()) : Double.MAX_VALUE)
        .thenComparing(r -> r.when().start())
        .thenComparing(r -> r.when().end())
        .thenComparing(ReferenceRecord::source)
        .thenComparing(ReferenceRecord::id, RecordIndex::compareIds);
  }

  private static int compareIds(String a, String b) {
    boolean numbers = !a.isEmpty() && !b.isEmpty() && a.chars().allMatch(Character::isDigit)
        && b.chars().allMatch(Character::isDigit);
    if (numbers && a.length() != b.length()) {
      String x = a.replaceFirst("^0+(?=.)", "");
      String y = b.replaceFirst("^0+(?=.)", "");
      if (x.length() != y.length()) {
        return Integer.compare(x.length(), y.length());
      }
      return x.compareTo(y);
    }
    return a.compareTo(b);
  }

  private void consider(ReferenceRecord r, Toll toll, boolean bySides, Map<ReferenceRecord, Boolean> seen,
      List<ReferenceRecord> out) {
    if (seen.put(r, Boolean.TRUE) == null && fit.fits(toll.place(), r.place())
        && !(bySides && rules.sidesExclude(r, toll.perpetrator()))) {
      out.add(r);
    }
  }

  /** The blocks a place may find its records in: its governorate's area, or every area its region or country spans. */
  private Set<String> areas(ClaimPlace place) {
    Set<String> keys = new HashSet<>();
    String[] countries = PlaceFit.countries(place.country());
    for (String c : countries) {
      keys.add(COUNTRY + c);
    }
    boolean wide = place.precision() == PlacePrecision.COUNTRY || place.precision() == PlacePrecision.COUNTRIES;
    if (!wide && place.precision() == PlacePrecision.REGION) {
      Set<String> region = fit.regionAreas(place);
      if (!region.isEmpty()) {
        keys.addAll(region);
        return keys;
      }
      wide = true;
    }
    if (!wide && place.admin1() != null) {
      keys.add(rules.link().areaKey(place.admin1()));
      return keys;
    }
    for (String c : countries.length == 0 ? areasOfCountry.keySet().toArray(new String[0]) : countries) {
      keys.addAll(areasOfCountry.getOrDefault(c, Set.of()));
    }
    return keys;
  }
}
