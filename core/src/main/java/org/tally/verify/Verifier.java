package org.tally.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.tally.analysis.Analysis;
import org.tally.event.MainIncident;
import org.tally.link.ClaimRef;
import org.tally.link.DaySpan;
import org.tally.link.Incident;
import org.tally.model.Claim;
import org.tally.model.Harm;
import org.tally.model.PlacePrecision;
import org.tally.model.Scope;
import org.tally.model.Stance;
import org.tally.model.Victims;

/**
 * Checks one document: its main incident's toll and its other incident death tolls, each against every reference's
 * records of that place and time ({@link RecordIndex}), graded ({@link ClaimGrader}); the main incident graded across
 * outlets ({@link IncidentGrader}); then the verdict ({@link VerdictRule}) and the score.
 *
 * <p>The score: every graded (toll, reference) pair counts +1 when corroborated, +0.5 when below, -1 when it
 * exceeds; the main toll weighs 3, another toll 1; other outlets agreeing with the main toll count +1 (weight 1), a
 * clear consensus of them below it -1 (weight 2). score = 0.5 + 0.5 x (weighted mean), so 0.5 when nothing could be
 * checked; then kept at most 0.25 for a contradicted article, at least 0.6 for a corroborated one, and 0.3-0.7 for a
 * mixed one, so that the score never says otherwise than the verdict.
 */
public final class Verifier {
  private final VerifyRules rules;
  private final RecordIndex index;
  private final ClaimGrader grader;
  private final IncidentGrader incidents;
  private final VerdictRule verdicts;

  public Verifier(VerifyRules rules, RecordIndex index) {
    this.rules = rules;
    this.index = index;
    this.grader = new ClaimGrader(rules.settings());
    this.incidents = new IncidentGrader(rules);
    this.verdicts = new VerdictRule(rules);
  }

  /** A document as analysed, with the incidents of its run (by claim key, "doc#ordinal"). */
  public DocumentVerdict verify(Analysis analysis, NamedPlaces named, Function<String, Incident> incidentOfClaim) {
    return verify(analysis.document().id(), analysis.claimRefs(), analysis.mainIncident(), named, incidentOfClaim);
  }

  /** A document by its claims alone: the places its claims name stand for the places its text names. */
  public DocumentVerdict verify(String doc, List<ClaimRef> refs, MainIncident main,
      Function<String, Incident> incidentOfClaim) {
    return verify(doc, refs, main, NamedPlaces.ofClaims(refs, rules), incidentOfClaim);
  }

  /**
   * A document by its claims, main incident and the towns and sites its text names ({@link NamedPlaceFinder}),
   * with the incidents of its run (by claim key, "doc#ordinal").
   */
  public DocumentVerdict verify(String doc, List<ClaimRef> refs, MainIncident main, NamedPlaces named,
      Function<String, Incident> incidentOfClaim) {
    ClaimRef lead = lead(refs, main);
    List<String> reasons = new ArrayList<>();
    List<RecordGrade> records = new ArrayList<>();
    TollCheck mainCheck = null;
    if (lead != null) {
      Toll toll = mainToll(lead, main);
      // a toll adding up several claims counts people of every kind
      Victims victims = leadsWithItsCount(lead.claim(), main) ? lead.claim().victims() : Victims.PEOPLE;
      mainCheck = check(toll, named, sentenceNames(lead), CivilianPart.of(toll, victims, lead, refs));
      describe(mainCheck, reasons, records);
    }
    List<TollCheck> others = new ArrayList<>();
    for (ClaimRef ref : refs) {
      if (ref != lead && checkable(ref.claim())) {
        Toll toll = Toll.of(ref);
        TollCheck c = check(toll, named, sentenceNames(ref), CivilianPart.of(toll, ref.claim().victims(), ref, refs));
        others.add(c);
        if (!c.records().values().stream().allMatch(List::isEmpty)) {
          describe(c, reasons, records);
        }
      }
    }
    Incident incident = lead == null ? null : incidentOfClaim.apply(lead.key());
    OutletView outlets = incident == null || mainCheck == null ? OutletView.NONE
        : OutletView.of(doc, incident, mainCheck.toll(), verdicts);
    IncidentCheck incidentCheck = incident == null ? null : incidents.grade(incident, mainCheck, reasons);
    VerdictRule.Decision decision = verdicts.decide(mainCheck, others, outlets);
    reasons.addAll(outlets.reasons());
    reasons.add(decision.reason());
    return new DocumentVerdict(doc, decision.clamp(score(mainCheck, others, outlets)), decision.verdict(), reasons,
        records, incidentCheck);
  }

  /**
   * An incident's grade from its outlets alone (an admission, contradicting figures or blamed sides, how many outlets
   * report it), as {@link #verify} grades it before any record is weighed: for an incident no document's main toll
   * lies in.
   */
  public IncidentCheck grade(Incident incident) {
    return incidents.grade(incident, null, new ArrayList<>());
  }

  /** Every reference's grade of one toll, with the records behind it, when the article names no town. */
  public TollCheck check(Toll toll) {
    return check(toll, NamedPlaces.NONE);
  }

  /**
   * Every reference's grade of one toll, with the records behind it and those of them at places the article names
   * (the toll's own town among them): a toll above those, on its days, with no record bearing it out, exceeds and may
   * contradict it however wide its own place is ({@link ClaimGrader#exceedsAtNamedPlace}).
   */
  public TollCheck check(Toll toll, NamedPlaces articlePlaces) {
    return check(toll, articlePlaces, TextNames.NONE);
  }

  /**
   * The same, with the names of the toll's own sentence: a record of a village that sentence names, beyond point_km
   * of the toll's town or site, may be its event too ({@link #matches}).
   */
  public TollCheck check(Toll toll, NamedPlaces articlePlaces, TextNames sentence) {
    return check(toll, articlePlaces, sentence, toll);
  }

  /**
   * The same, with the toll's civilians ({@link CivilianPart}; null when it counts none), which the records that count
   * civilians only are held to.
   */
  public TollCheck check(Toll toll, NamedPlaces articlePlaces, TextNames sentence, Toll civilians) {
    NamedPlaces places = articlePlaces.withOwnPlace(toll.place());
    List<ReferenceRecord> matched = matches(toll, sentence);
    Map<String, ClaimGrade> grades = new LinkedHashMap<>();
    Map<String, List<ReferenceRecord>> bySource = new LinkedHashMap<>();
    Map<String, List<NamedRecord>> named = new LinkedHashMap<>();
    Set<String> heldToNamed = new LinkedHashSet<>();
    Map<String, List<ReferenceRecord>> heldToTown = new LinkedHashMap<>();
    Map<String, ReferenceRecord> heldToOne = new LinkedHashMap<>();
    Map<String, List<ReferenceRecord>> otherSides = new LinkedHashMap<>();
    Map<String, Toll> heldAs = new LinkedHashMap<>();
    Set<String> uncounted = new LinkedHashSet<>();
    List<ReferenceRecord> excluded = null;  // looked up once, and only when some source holds no record of the toll
    for (String source : index.coverage().keySet()) {
      List<ReferenceRecord> own = matched.stream().filter(r -> r.source().equals(source)).toList();
      Toll held = toll;
      if (!own.isEmpty() && own.stream().allMatch(r -> r.counts() == CountedDeaths.CIVILIANS)) {
        if (civilians == null) {
          bySource.put(source, own);
          grades.put(source, ClaimGrade.NO_RECORD);
          uncounted.add(source);
          continue;
        }
        held = civilians;
        if (held != toll) {
          heldAs.put(source, held);
        }
      }
      List<NamedRecord> at = atNamedPlaces(held, own, places);
      bySource.put(source, own);
      named.put(source, at);
      if (own.isEmpty() && toll.perpetrator() != null) {
        excluded = excluded == null ? index.otherSides(toll) : excluded;
        List<ReferenceRecord> others = excluded.stream().filter(r -> r.source().equals(source)).toList();
        if (!others.isEmpty()) {
          otherSides.put(source, others);
        }
      }
      grades.put(source, grader.grade(held, own));
      List<ReferenceRecord> atRecords = at.stream().map(NamedRecord::record).toList();
      ReferenceRecord one = grader.oneAttackRecord(held, own);
      if (one != null && !exceedsAsAnyToll(held, own, atRecords)) {
        // the toll exceeds the records only as one attack's: the reason says so and names the record
        heldToOne.put(source, one);
      }
      if (grader.exceedsAtNamedPlace(held, own, atRecords)) {
        // held to the records at the places the article names: what the others add up to is of other events
        heldToNamed.add(source);
        grades.put(source, ClaimGrade.EXCEEDS);
      } else {
        List<ReferenceRecord> town = atSentenceTown(held, own, sentence);
        if (grader.exceedsAtSentenceTown(held, own, town)) {
          // held to the records of the town its own sentence names: the rest of its district's are other events
          heldToTown.put(source, town);
          grades.put(source, ClaimGrade.EXCEEDS);
        }
      }
    }
    return new TollCheck(toll, grades, bySource, named, heldToNamed, heldToTown, heldToOne, otherSides, heldAs,
        uncounted);
  }

  /**
   * The records that may be the toll's event ({@link RecordIndex#matches}), with, for a toll of a town or site, the
   * records of its governorate and days at a place its own sentence names by name ({@link TextNames}) that lie beyond
   * point_km of its point but within near_point_km: a village the sentence names where the toll's own place is the
   * mountain or plain around it ("shelled the village of Al-Fatira in Jabal Al-Zawiya …, killing a woman", the
   * mountain's point 11 km off) is its event's place. Not a town another sentence names: "34 killed near Hatla" is not
   * of the records at Al Mayadin, which the article names elsewhere.
   */
  private List<ReferenceRecord> matches(Toll toll, TextNames sentence) {
    List<ReferenceRecord> matched = index.matches(toll);
    org.tally.model.ClaimPlace place = rules.forMatching(toll.place());
    if (sentence.isEmpty() || place == null || place.admin1() == null || place.lat() == null
        || place.precision() != PlacePrecision.POINT && place.precision() != PlacePrecision.NEAR_POINT) {
      return matched;
    }
    org.tally.model.ClaimPlace governorate = new org.tally.model.ClaimPlace(place.text(), place.admin1(),
        place.admin1(), place.country(), null, null, PlacePrecision.GOVERNORATE, place.span());
    Toll wide = new Toll(toll.doc(), toll.claim(), toll.words(), toll.min(), toll.max(), toll.approx(), governorate,
        toll.days(), toll.dayStated(), toll.perpetrator(), toll.attack());
    Set<ReferenceRecord> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    seen.addAll(matched);
    List<ReferenceRecord> out = new ArrayList<>(matched);
    for (ReferenceRecord r : index.matches(wide)) {
      if (!seen.contains(r) && (r.place().lat() == null || org.tally.model.GreatCircle.km(place.lat(), place.lon(),
          r.place().lat(), r.place().lon()) <= rules.settings().nearPointKm())
          && sentence.of(r.place(), rules.recordNameWords(), rules).isPresent()) {
        out.add(r);
      }
    }
    if (out.size() == matched.size()) {
      return matched;
    }
    out.sort(RecordIndex.order(toll));
    return out;
  }

  /** The names of the sentence a claim was read from. */
  private TextNames sentenceNames(ClaimRef ref) {
    return ref.quote() == null ? TextNames.NONE : TextNames.of(ref.quote(), rules.recordNameWords());
  }

  /** True when the toll would exceed these records as any toll does, not only as one attack's. */
  private boolean exceedsAsAnyToll(Toll toll, List<ReferenceRecord> records, List<ReferenceRecord> named) {
    Toll plain = toll.withAttack(null);
    return grader.grade(plain, records) == ClaimGrade.EXCEEDS || grader.exceedsAtNamedPlace(plain, records, named);
  }

  /**
   * The records at the town the toll's own sentence names as the place itself ({@link TextNames#town}: by the record's
   * own place name, not its district's), of one event's days that meet the toll's with time_slack_days of slack, at a
   * point or with none.
   */
  private List<ReferenceRecord> atSentenceTown(Toll toll, List<ReferenceRecord> records, TextNames sentence) {
    if (sentence.isEmpty() || toll.days() == null) {
      return List.of();
    }
    // a record of an area ("Eastern Ghouta", which UCDP puts on a point) is no town's: only a record at a point, or one
    // the gazetteer cannot place (a village it lacks), is told by its name, and not one the gazetteer knows as a region
    return records.stream().filter(r -> r.when().days() <= grader.oneEventDays()
        && r.when().overlaps(toll.days(), rules.settings().timeSlackDays())
        && (r.place().lat() == null || r.place().precision() == PlacePrecision.POINT
            || r.place().precision() == PlacePrecision.NEAR_POINT)
        && !rules.regionName(rules.recordNameWords().bareName(r.place().name()), r.place().country())
        && sentence.town(r.place(), rules.recordNameWords(), rules).isPresent()).toList();
  }

  /**
   * The records at a place the article names (within named_place_km of it), of one event's days (at most three) that
   * meet the toll's with time_slack_days of slack: a month's record in a town is not a day's event there.
   */
  private List<NamedRecord> atNamedPlaces(Toll toll, List<ReferenceRecord> records, NamedPlaces places) {
    if (places.places().isEmpty() && places.text().isEmpty() || toll.days() == null) {
      return List.of();
    }
    List<NamedRecord> out = new ArrayList<>();
    for (ReferenceRecord r : records) {
      if (r.when().days() > grader.oneEventDays()
          || !r.when().overlaps(toll.days(), rules.settings().timeSlackDays())) {
        continue;
      }
      PlacePrecision p = r.place().precision();
      if (p == PlacePrecision.POINT || p == PlacePrecision.NEAR_POINT) {
        places.at(r, rules.settings().namedPlaceKm(), rules).ifPresent(out::add);
      } else {
        // a record with no point of its own (a village the gazetteer lacks) is at a named place by its name alone
        places.text().of(r.place(), rules.recordNameWords(), rules).map(n -> new NamedRecord(r, n, 0))
            .ifPresent(out::add);
      }
    }
    return out;
  }

  /** The claims checked besides the main toll: death tolls of one incident, in the document's own text. */
  static boolean checkable(Claim claim) {
    return claim.harm() == Harm.KILLED && claim.scope() == Scope.INCIDENT && claim.section().isOwnText()
        && claim.stance() != Stance.DENIED;
  }

  /** The claim the main incident leads with: the one whose count is its lead count, else the first checkable. */
  private static ClaimRef lead(List<ClaimRef> refs, MainIncident main) {
    if (main == null || !main.hasToll()) {
      return null;
    }
    for (ClaimRef ref : refs) {
      if (main.leadCount() != null && ref.claim().count().span().equals(main.leadCount())) {
        return ref;
      }
    }
    return refs.stream().filter(r -> checkable(r.claim())).findFirst().orElse(null);
  }

  /**
   * The main incident's toll, all victims together, at the lead claim's time and the incident's place. When it is
   * the lead claim's own count, its sentence tells whether it is one attack's toll ({@link OneAttackWords}); a toll that
   * adds up several claims is not read so.
   */
  private Toll mainToll(ClaimRef lead, MainIncident main) {
    Claim claim = lead.claim();
    boolean same = leadsWithItsCount(claim, main);
    String words = same ? claim.countText() : bounds(main.killedMin(), main.killedMax());
    boolean stated = claim.when() != null && claim.when().text() != null;
    DaySpan days = DaySpan.of(lead).orElse(main.date() == null ? null : new DaySpan(main.date(), main.date()));
    // the lead claim's own place where its text names one; else the place the article is about
    boolean ownPlace = claim.location() != null && claim.location().span() != null
        && claim.location().precision() != null;
    OneAttackWords.Reading attacks = same ? rules.attackWords().read(lead.quote()) : OneAttackWords.Reading.NOTHING;
    return new Toll(lead.doc(), -1, words, main.killedMin(), main.killedMax(), same && claim.count().approx(),
        ownPlace || main.location() == null ? claim.location() : main.location(), days, stated, claim.perpetrator(),
        attacks.oneAttack() ? attacks.one() : null);
  }

  /** True when the main incident's toll is the lead claim's own count, not several claims added up. */
  private static boolean leadsWithItsCount(Claim lead, MainIncident main) {
    return java.util.Objects.equals(lead.count().min(), main.killedMin())
        && java.util.Objects.equals(lead.count().max(), main.killedMax());
  }

  static String bounds(Integer min, Integer max) {
    if (max == null) {
      return "at least " + min;
    }
    if (min == null) {
      return "up to " + max;
    }
    return min.equals(max) ? min.toString() : min + "-" + max;
  }

  private void describe(TollCheck check, List<String> reasons, List<RecordGrade> records) {
    for (Map.Entry<String, ClaimGrade> e : check.grades().entrySet()) {
      String source = e.getKey();
      List<ReferenceRecord> own = check.records().get(source);
      double agree = rules.settings().agreePercent() / 100.0;
      reasons.add(Reasons.of(check, source, index.coverage().get(source), rules.settings()));
      Toll toll = check.tollFor(source);
      if (own.isEmpty() || e.getValue() == ClaimGrade.NO_RECORD) {
        records.add(RecordGrade.none(source, toll));
        continue;
      }
      // the record the reason names first, then the others at places the article names, then the rest
      ReferenceRecord first = Reasons.first(check, source, agree);
      Map<ReferenceRecord, String> named = new java.util.IdentityHashMap<>();
      check.named(source).forEach(n -> named.put(n.record(), n.named()));
      List<ReferenceRecord> ordered = new ArrayList<>(List.of(first));
      check.named(source).stream().map(NamedRecord::record).filter(r -> r != first).forEach(ordered::add);
      own.stream().filter(r -> r != first && !named.containsKey(r)).forEach(ordered::add);
      ordered.forEach(r -> records.add(RecordGrade.of(r, e.getValue(), toll, named.get(r))));
    }
  }

  private static double score(TollCheck main, List<TollCheck> others, OutletView outlets) {
    double sum = 0;
    double weight = 0;
    List<TollCheck> all = new ArrayList<>(others);
    if (main != null) {
      all.add(0, main);
    }
    for (TollCheck c : all) {
      int w = c == main ? 3 : 1;
      for (ClaimGrade g : c.grades().values()) {
        double p = switch (g) {
          case CORROBORATED -> 1;
          case BELOW -> 0.5;
          case EXCEEDS -> -1;
          case NO_RECORD -> Double.NaN;
        };
        if (!Double.isNaN(p)) {
          sum += w * p;
          weight += w;
        }
      }
    }
    if (outlets.agreeing() > 0) {
      sum += 1;
      weight += 1;
    }
    if (outlets.contradicting()) {
      sum -= 2;
      weight += 2;
    }
    return weight == 0 ? 0.5 : 0.5 + 0.5 * sum / weight;
  }
}
