package org.tally.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.tally.model.ClaimPlace;
import org.tally.model.ClaimSection;
import org.tally.model.GreatCircle;
import org.tally.model.Count;
import org.tally.model.PlacePrecision;
import org.tally.model.Victims;

/**
 * Claims being gathered into one incident, inside {@link ClusterIndex} only. A claim joins only when it is
 * compatible with every member (complete linkage), so "people" cannot chain a civilian toll to a soldiers' toll and a
 * month-long report cannot chain two different days. The summary fields make that check constant-time, but for the
 * few members of the claim's own document.
 */
final class Cluster {
  private static final Map<String, Set<String>> COUNTRIES = new ConcurrentHashMap<>();
  /**
   * The claim that founded the cluster. Clusters rank by their founders in {@link Features#FINE_FIRST} order, which is
   * the order greedy linking founds them in; a tie between equally near clusters goes to the older one.
   */
  final Features founder;
  final List<ClaimRef> members = new ArrayList<>();
  /** The days (epoch days) the index has filed this cluster under, and the latest of them. */
  final Set<Long> days = new HashSet<>();
  long lastDay = Long.MIN_VALUE;
  /** Handed out as an incident: no claim can join any more. */
  boolean done;
  /** The claim the index last looked at this cluster for, so that it looks once per claim. */
  long seenBy = -1;
  /** Epoch days: the latest first day and the earliest last day of the members, and the extent of them all. */
  private long latestStart = Long.MIN_VALUE;
  /** Epoch days: the latest first day of the members without a toll update's further reach (Features#plainFirst). */
  private long plainLatestStart = Long.MIN_VALUE;
  private long earliestEnd = Long.MAX_VALUE;
  private long extentFirst = Long.MAX_VALUE;
  private long extentLast = Long.MIN_VALUE;
  /** The fewest days any member's own time covers. */
  private long shortestOwnDays = Long.MAX_VALUE;
  /** Epoch days over the members whose text states their time: the latest first day and the earliest last day. */
  private long statedLatestStart = Long.MIN_VALUE;
  private long statedEarliestEnd = Long.MAX_VALUE;
  /** Epoch days: the latest first day a member's text states ({@link Features#statedFrom}), the earliest report's day. */
  private long latestStatedFrom = Long.MIN_VALUE;
  private long earliestPrinted = Long.MAX_VALUE;
  /** The governorates every member allows; null while no member names one or a region. */
  private Set<String> governorates;
  private Set<String> countries = Set.of();
  private String fineName;
  /** The city, village or town the first member placed at a point names, a governorate's seat too ({@link #placeName}). */
  private String cityName;
  /** Other names of the cluster's town: those a headline gave it beside its body's ({@link #headlineRepeat}). */
  private Set<String> otherNames = Set.of();
  /** The named buildings the members' sentences give ({@link Landmarks}). */
  private Set<String> landmarks = Set.of();
  private PlacePrecision finePrecision;
  private double fineLat = Double.NaN;
  private double fineLon = Double.NaN;
  private String perpetratorFamily;
  private String victimGroup;
  /** Over the members that give a whole toll: the highest lower bound, and the lowest upper bound (null: none). */
  private long highestLow;
  private Long lowestHigh;
  /** The highest lower bound of any member's figure, parts of a toll ("six children") too. */
  private long highestAnyLow;
  /** The exact whole tolls the members give ("27 killed"; not "at least 27", "about 27" nor "six children"). */
  private long[] exactTolls = new long[0];
  /** The distinct attack types (AttackTypes bits) the members' sentences name, those that name any. */
  private long[] attackTypes = new long[0];
  private final Map<DocClaimant, List<Features>> byDocClaimant = new HashMap<>();
  /** One bit per member's document and claimant ({@link Features#docBit}): most claims share neither, and say so. */
  private long docBits;
  private String admin1;
  /** Epoch days: the days the members tell of ({@link Operations#told}), and the operation's days of the members that
   * are an operation's toll ({@code Long.MAX_VALUE} / {@code Long.MIN_VALUE} while none is). */
  private long toldFirst = Long.MAX_VALUE;
  private long toldLast = Long.MIN_VALUE;
  private long operationFirst = Long.MAX_VALUE;
  private long operationLast = Long.MIN_VALUE;
  private long documents;
  private int documentsCountedAt = -1;
  /** The article of every member while they are all of one ("" once they are of several; null while none). */
  private String singleDoc;

  Cluster(Features founder) {
    this.founder = founder;
  }

  /**
   * What the checks need of a claim, worked out once per claim rather than once per comparison.
   *
   * @param governorates the governorates the claim may report: its own, a region's, or none (any)
   * @param low the lowest figure the claim allows, approximate ones widened by the margin
   * @param high the highest figure it allows, or null when it is open above ("at least 20")
   * @param docBit one of 64 bits, by document and claimant: clusters without it hold nothing of the same pair
   * @param attacks the kinds of attack the claim's sentence names ({@link AttackTypes}), 0 for none
   * @param update the sentence gives the figure as a later count ("the toll rose to 86"; {@link TollUpdates})
   * @param stated the text states the claim's day, before its report's date, and not as a toll update ("on Monday" in
   *     Tuesday's paper); {@link #statesEarlierDay}
   * @param statedFrom epoch day: the first day of a time the text states as the harm's (not as a toll update, nor as
   *     the day something was said), even its report's own day; {@code Long.MIN_VALUE} for any other time
   * @param printed epoch day of the claim's report; {@code Long.MAX_VALUE} when it has no date
   * @param operation the claim is a multi-day operation's toll ({@link Operations}): it founds a cluster of its own
   * @param plainFirst epoch day: the first day of the claim's linking span without a toll update's further reach
   *     ({@link LinkRules#linkingSpan}); {@code first} when it has none
   * @param nightFirst epoch day: {@code ownFirst}, or the day before when the text gives the day as a night's end
   *     ("at dawn on Tuesday": {@link NightEdges}); what a day the text states is compared by, not how near it is
   * @param nightLast epoch day: {@code ownLast}, or the day after when the text gives a night ("late on Monday night")
   * @param landmarks the named buildings the claim's sentence gives ({@link Landmarks}), empty for none
   */
  record Features(ClaimRef ref, DaySpan span, long first, long last, int placeRank, Set<String> governorates,
      Set<String> countries, String fineName, PlacePrecision precision, String perpetratorFamily, String victimGroup,
      DocClaimant docClaimant, long docBit, Victims victims, boolean wholeToll, long low, Long high, long attacks,
      boolean update, long ownFirst, long ownLast, boolean stated, long statedFrom, long printed, double lat,
      double lon, boolean operation, long plainFirst, long nightFirst, long nightLast, Set<String> landmarks) {
    /**
     * The order greedy linking takes claims in: finer places first (a governorate before a region before a country
     * before no place; see {@link #placeRank}), then shorter times, then earlier ones, so that coarse reports join
     * the incidents precise ones have already formed (a toll update by its time without its further reach, so that it
     * does not found an incident before the reports of its day: "Hasakah bombing toll rises to 15" then took the day's
     * shelling of Tal Tamr); then by document and ordinal, so that the order is total.
     */
    static final Comparator<Features> FINE_FIRST = Comparator.comparingInt(Features::placeRank)
        .thenComparingLong(Features::days)
        .thenComparingLong(Features::plainFirst)
        .thenComparing((Features f) -> f.ref().doc())
        .thenComparingInt(f -> f.ref().ordinal());

    static Features of(ClaimRef ref, DaySpan span, LinkRules rules) {
      DaySpan own = DaySpan.of(ref).orElse(span);
      // a night runs over midnight: "late on Monday night" reaches Tuesday's small hours, which another outlet gives
      // as "at dawn on Tuesday" (NightEdges); whether the text states a day before its report's is read unwidened
      DaySpan night = ref.claim().when() == null ? own
          : rules.nightEdges().widen(ref.quote(), ref.claim().when().text(), own);
      ClaimPlace place = ref.claim().location();
      Count count = ref.claim().count();
      int margin = rules.approxMarginPercent();
      long low = count.min() == null ? 0 : count.min() - Consensus.margin(count, count.min(), margin);
      Long high = count.max() == null ? null : (long) count.max() + Consensus.margin(count, count.max(), margin);
      Set<String> governorates = Cluster.governorates(place, rules);
      Set<String> countries = Cluster.countries(place);
      DocClaimant docClaimant = Cluster.docClaimant(ref);
      long words = rules.sentenceBits(ref.quote());
      // a risen whole toll ("the death toll of the terrorist rocket attack rose to nine") counts the incident's dead,
      // whoever its sentence's words make them: it links as "people", and whole tolls still bound its figure
      return new Features(ref, span, span.start().toEpochDay(), span.end().toEpochDay(),
          rankOf(governorates, countries), governorates, countries, Cluster.fineName(place, rules),
          place == null ? null : place.precision(), rules.family(ref.claim().perpetrator()),
          TollUpdates.within(words) && rules.wholeToll(ref.claim().victims()) ? LinkRules.ANY_GROUP
              : rules.victimGroup(ref.claim().victims()), docClaimant, 1L << (docClaimant.hashCode() & 63),
          ref.claim().victims(),
          rules.wholeToll(ref.claim().victims()), low, high, rules.attacks().within(words),
          TollUpdates.within(words), own.start().toEpochDay(), own.end().toEpochDay(),
          statesEarlierDay(ref, own) && !TollUpdates.within(words),
          statesHarmDay(ref, rules) && !TollUpdates.within(words) ? night.start().toEpochDay() : Long.MIN_VALUE,
          ref.docDate() == null ? Long.MAX_VALUE : ref.docDate().toEpochDay(),
          place == null || place.lat() == null ? Double.NaN : place.lat(),
          place == null || place.lon() == null ? Double.NaN : place.lon(), Operations.isOperation(ref, rules),
          Math.max(span.start().toEpochDay(),
              DaySpan.forLinking(ref, rules.inferredReachDays()).orElse(span).start().toEpochDay()),
          night.start().toEpochDay(), night.end().toEpochDay(), rules.landmarks().of(ref.quote()));
    }

    /** The text states the claim's day, and not as the day something was said ({@link StatementDays}). */
    private static boolean statesHarmDay(ClaimRef ref, LinkRules rules) {
      String words = ref.claim().when() == null ? null : ref.claim().when().text();
      return words != null && !rules.statementDays().saidOn(ref.quote(), words) && !HeadlineDatelines.borrowed(ref);
    }

    /**
     * The place rank ({@link #placeRank}) a claim would have, without working out the rest of its features: what
     * planning the sweep needs of every claim before linking it.
     */
    static int placeRankOf(ClaimRef ref, LinkRules rules) {
      ClaimPlace place = ref.claim().location();
      return rankOf(Cluster.governorates(place, rules), Cluster.countries(place));
    }

    /**
     * The text states the claim's day, and a day before the report's ("on Monday" in Tuesday's paper): a day the
     * report's own date cannot have given ("Wednesday" in Wednesday's paper is often when a toll was said, not when
     * the attack was) and a toll update does not move.
     */
    private static boolean statesEarlierDay(ClaimRef ref, DaySpan own) {
      return ref.claim().when() != null && ref.claim().when().text() != null && ref.docDate() != null
          && own.end().isBefore(ref.docDate());
    }

    /** The one governorate the claim reports, or null when it names none or only a region of several. */
    String admin1() {
      return governorates.size() == 1 ? governorates.iterator().next() : null;
    }

    /**
     * How many days the claim's time covers, as greedy linking orders claims by it: without a toll update's further
     * reach, which would take an update after the reports of its day and let it join them rather than its attack
     * (link22: "rose to six" in Quneitra joined the army's 20 "terrorists" of that day).
     */
    long days() {
      return last - plainFirst + 1;
    }

    /** 0: one governorate; 1: a region of several; 2: a country; 3: no place. */
    private static int rankOf(Set<String> governorates, Set<String> countries) {
      if (governorates.size() == 1) {
        return 0;
      }
      if (!governorates.isEmpty()) {
        return 1;
      }
      return countries.isEmpty() ? 3 : 2;
    }
  }

  boolean accepts(Features claim, LinkRules rules) {
    // an operation's toll over several days is no day's toll: it gathers the days' incidents after they are formed
    // (OperationMerger), so that one day's figures are compared with that day's only
    if (claim.operation() || founder.operation()) {
      return false;
    }
    int slackDays = rules.slackDays();
    // every member's span must overlap the claim's: with the latest start and earliest end, two comparisons do. A
    // time the text does not state already reaches back (inferred_reach_days); the day's slack is not added to it
    long backSlack = claim.first() < claim.ownFirst() ? 0 : slackDays;
    if (claim.first() > earliestEnd + backSlack || latestStart > claim.last() + slackDays) {
      return false;
    }
    // a toll update that gives no day of its harm reaches further back (update_reach_days), but only to an incident
    // of the village or town it names: "the toll of the coalition raid on al-Shaafa has risen to 25, the agency said on
    // Friday" is Wednesday night's raid on al-Shaafa, not any earlier attack of the governorate
    if (claim.plainFirst() > claim.first() && !namesPlace(claim)
        && claim.plainFirst() > earliestEnd + (claim.plainFirst() < claim.ownFirst() ? 0 : slackDays)) {
      return false;
    }
    // and the other way round: a claim that a member update reaches only by that further reach names their town
    if (plainLatestStart > claim.last() + slackDays && !namesPlace(claim)) {
      return false;
    }
    // the day's slack is for a time the text leaves to the report's date; two texts that each state their day
    // ("on Tuesday", "on Wednesday") tell of two days, which in one city are two attacks
    int statedSlack = rules.statedSlackDays();
    if (claim.stated() && (claim.nightFirst() > statedEarliestEnd + statedSlack
        || statedLatestStart > claim.nightLast() + statedSlack)) {
      return false;
    }
    // a day stated before its report ("on Tuesday" in Wednesday's paper) against a harm day another text states as its
    // own report's ("killed 15 ... on Wednesday, a monitor said" in Wednesday's paper): each text gives its day, so
    // they are two days. The report's own day counts only against a day a text dates before its report, which cannot
    // be when that report's toll was said (StatementDays keeps "said on Wednesday" out of statedFrom). Not within one
    // article alone, whose figure told again may take a neighbouring day ("Hama was shelled Monday ... a day after
    // security forces killed 80 there" beside "On July 31 an assault killed 80"): sameDocumentFits judges those
    if ((claim.statedFrom() > statedEarliestEnd + statedSlack
        || claim.stated() && latestStatedFrom > claim.nightLast() + statedSlack) && !onlyDocument(claim)) {
      return false;
    }
    // a report cannot tell of a day after it was printed: "killed on Tuesday" in Tuesday's paper is not the attack a
    // Monday paper reported, however near the days (the day's slack is for a report printed after its event)
    if (claim.statedFrom() > earliestPrinted || latestStatedFrom > claim.printed()) {
      return false;
    }
    // a day's attack is not a period's toll, nor a past attack the text dates only by its month
    long longest = rules.longestAttackDays();
    if (claim.ownLast() - claim.ownFirst() < longest && shortestOwnDays > longest) {
      return false;
    }
    // a claim dated only by a year or a season ("in 2011", "earlier this year") is a period's toll or a past attack;
    // it joins an incident of days only when its sentence names a kind of attack a member's sentence names ("the 2013
    // sarin attack"), not as "the war that began in 2011 has killed 230,000"
    if (claim.ownLast() - claim.ownFirst() >= rules.longestDatedDays() && shortestOwnDays <= longest
        && !namesAnAttackOf(claim, rules) && agreement(claim) < 2) {
      return false;
    }
    // a toll placed in no governorate that is very many times every figure of an incident (its parts too: "two
    // children") is the war's or a period's ("the death toll from the six-year conflict at more than 470,000"), not
    // that incident's count risen (country_toll_ratio). Only upwards: a first count may be far below the final one
    if (claim.placeRank() >= 2 && claim.wholeToll() && !claim.update() && highestAnyLow > 0
        && claim.low() > (long) rules.countryTollRatio() * highestAnyLow) {
      return false;
    }
    // the attacker is the field read worst from text: a claim that names the cluster's town and gives a member's exact
    // toll is that report told again ("twin bombings which killed 32" in Qamishli, whoever its sentence blames)
    if (claim.perpetratorFamily() != null && perpetratorFamily != null
        && !rules.compatibleFamilies(claim.perpetratorFamily(), perpetratorFamily) && !identifiedAlike(claim, rules)
        && !toldAgain(claim) && !risenHere(claim) && !sameBuilding(claim)) {
      return false;
    }
    // one side's raid on a town is "civilians" to the town's side and "terrorists" to the raiders' own outlet ("army
    // units destroyed hideouts in Talbiseh killing scores of terrorists" on the day of its barrel bombs)
    if (!claim.victimGroup().equals(LinkRules.ANY_GROUP) && victimGroup != null
        && !claim.victimGroup().equals(victimGroup) && !sameTownSameAttack(claim, rules) && !sameTownSameSide(claim)
        && !sameCityTollAndAttack(claim, rules)) {
      return false;
    }
    if (!countsFit(claim, rules.countRatioMax())) {
      return false;
    }
    // a car bomb, an air raid and rocket fire in one city on one day are three attacks; but one side's bombardment of
    // one town on one day is "air strikes" to one outlet and "shelling" to another; and a headline of two attacks
    // ("Barrels on Nawa kill 14 as mortars hit Daraa city") names the other's weapon beside its own town and toll
    if (!sameTownSameSide(claim) && !toldAgain(claim)) {
      for (long types : attackTypes) {
        if (!rules.attacks().fit(claim.attacks(), types)) {
          return false;
        }
      }
    }
    if (!claim.governorates().isEmpty() && governorates != null && !shareOne(claim.governorates(), governorates)) {
      return false;
    }
    if (!claim.countries().isEmpty() && !countries.isEmpty() && !shareOne(claim.countries(), countries)) {
      return false;
    }
    // two villages of one governorate on one day are two strikes; a village and its district may be one
    if (claim.fineName() != null && fineName != null && claim.precision() == finePrecision
        && !namesTown(claim) && !nearby(claim, rules) && !headlineRepeat(claim)) {
      return false;
    }
    return sameDocumentFits(claim);
  }

  /**
   * How many of two marks of one report the claim shares with the cluster: the same village or town (not a
   * governorate's seat), and the same exact whole toll as a member ("27 killed" beside "27 people were killed"). Of
   * the incidents a claim fits, the one it agrees with more is the one it reports: an agency copy of a SANA report
   * gives SANA's figure, and a follow-up names the attack's town. Two marks also let a claim whose time the text gives
   * only as the year ("one of the deadliest this year") join the attack it tells of.
   */
  int agreement(Features claim) {
    int marks = namesTown(claim) ? 1 : 0;
    long toll = exactToll(claim);
    if (toll >= 0 && contains(exactTolls, toll)) {
      marks++;
    }
    return marks;
  }

  /**
   * The claim names the cluster's town and gives the exact whole toll a member gives ({@link #agreement}): the same
   * report told again, so a misread attacker or a weapon word of another clause of its sentence does not part them.
   */
  private boolean toldAgain(Features claim) {
    return agreement(claim) >= 2;
  }

  /**
   * The claim names the cluster's village or town ({@link #namesTown}), or the city the cluster's first placed member
   * names as a point, a governorate's seat too: a toll update reaches back to its attack there ("Death toll from Tartus
   * twin bombings rises to 38", "Tartus bombings toll reaches 45" three days on; link/written-3). A seat alone does not
   * make {@link #namesTown}, since reports use it for anything around it; an update of the city's toll names the city.
   */
  private boolean namesPlace(Features claim) {
    if (namesTown(claim)) {
      return true;
    }
    String place = placeName(claim);
    return place != null && place.equals(cityName);
  }

  /**
   * The claim is a toll update that names the cluster's place ({@link #namesPlace}) with a figure no lower than any
   * member's whole toll: that attack's count risen, whoever its sentence blames (Islamic State's claim beside SANA's
   * "terrorists" read as rebels). The attack words must still fit.
   */
  private boolean risenHere(Features claim) {
    if (!claim.update() || !claim.wholeToll() || !namesPlace(claim)) {
      return false;
    }
    return claim.high() == null || claim.high() >= highestLow;
  }

  /** Every member so far is of the claim's own article. */
  private boolean onlyDocument(Features claim) {
    return singleDoc != null && singleDoc.equals(claim.ref().doc());
  }

  /** The claim's whole toll when it is exact ("27 killed"), else -1. */
  private static long exactToll(Features claim) {
    Count count = claim.ref().claim().count();
    return claim.wholeToll() && count.min() != null && count.min().equals(count.max()) && !count.approx()
        ? count.min() : -1;
  }

  /** The claim's sentence and a member's name kinds of attack, and they fit ({@link AttackTypes#fit}). */
  private boolean namesAnAttackOf(Features claim, LinkRules rules) {
    if (claim.attacks() == 0) {
      return false;
    }
    for (long types : attackTypes) {
      if (rules.attacks().fit(claim.attacks(), types)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The claim and a member name one rare kind of attack ({@link AttackTypes#identify}): then the attackers they blame
   * may differ, since a car bomb on evacuees read as "government-held towns" blames the government.
   */
  boolean identifiedAlike(Features claim, LinkRules rules) {
    for (long types : attackTypes) {
      if (rules.attacks().identify(claim.attacks(), types)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Two places a text gives only as "near" or "on the outskirts of" a town, at most near_place_km apart:
   * either may be the other's surroundings ("near the city of Manbij" and "the outskirts of the village of Tokhar",
   * 13 km apart). Two towns named as such are two places however near, and so is a near place beside a named one.
   */
  private boolean nearby(Features claim, LinkRules rules) {
    if (finePrecision != PlacePrecision.NEAR_POINT || Double.isNaN(fineLat) || Double.isNaN(claim.lat())) {
      return false;
    }
    return GreatCircle.km(fineLat, fineLon, claim.lat(), claim.lon()) <= rules.nearPlaceKm();
  }

  /**
   * The claim names a building a member's sentence names ("the Omari Mosque") and the place a member names, a
   * governorate's seat too: one attack on that building, whoever each side says struck it (the army's "terrorists blew
   * up an arms depot near the mosque" beside the opposition's barrel bombs near the Omari Mosque).
   */
  private boolean sameBuilding(Features claim) {
    if (claim.landmarks().isEmpty() || landmarks.isEmpty() || !shareOne(claim.landmarks(), landmarks)) {
      return false;
    }
    String place = placeName(claim);
    return namesTown(claim) || place != null && place.equals(cityName);
  }

  /** The claim names the cluster's village or town (not a governorate's seat) and the same attacker's family. */
  private boolean sameTownSameSide(Features claim) {
    return namesTown(claim) && claim.perpetratorFamily() != null
        && claim.perpetratorFamily().equals(perpetratorFamily);
  }

  /**
   * The claim names the cluster's village or town (not a governorate's seat), or another name an article of the
   * cluster gave it in its headline ("Five killed in air raids on Salma in Jabal al-Akrad" over "the town of Salma").
   */
  private boolean namesTown(Features claim) {
    return claim.fineName() != null && (claim.fineName().equals(fineName) || otherNames.contains(claim.fineName()));
  }

  /**
   * The claim and a member of its article give the same exact whole toll of the same claimant: one event told twice,
   * whichever of its places each sentence names ("Five killed in air raids on Salma in Jabal al-Akrad", placed at the
   * district, then "five civilians were killed in air raids on the town of Salma"). Two villages of one article with
   * the same toll to the man are rarer than a headline and its lead that name one place two ways.
   */
  private boolean headlineRepeat(Features claim) {
    long toll = exactToll(claim);
    if (toll < 0 || (docBits & claim.docBit()) == 0) {
      return false;
    }
    for (Features member : byDocClaimant.getOrDefault(claim.docClaimant(), List.of())) {
      if (exactToll(member) == toll) {
        return true;
      }
    }
    return false;
  }

  /**
   * The claim names the cluster's town and a kind of attack its members' sentences name: one attack, whose dead one
   * side's outlet counts as "militants" and the other's as "people" or "civilians" ("twin blasts kill 12 PYD militants
   * in Qamishli" and "two suicide car bombs killed 20 people in Qamishli" on one day). The attack words must still fit.
   */
  private boolean sameTownSameAttack(Features claim, LinkRules rules) {
    return namesTown(claim) && attackTypes.length > 0 && namesAnAttackOf(claim, rules);
  }

  /**
   * The claim names the place a member names, a governorate's seat too, gives that member's exact whole toll, and
   * names a kind of attack the member's sentence names: one bomb whose dead are "four citizens" to one outlet and "four
   * regime soldiers" to another ("an explosive device ... on a passenger bus in Daraa city" and "a bomb exploded on a
   * bus carrying troops in Daraa al-Mahatta"). A seat alone does not make {@link #namesTown}; the toll and the attack
   * with it do.
   */
  private boolean sameCityTollAndAttack(Features claim, LinkRules rules) {
    long toll = exactToll(claim);
    String place = placeName(claim);
    if (toll < 0 || place == null || claim.attacks() == 0) {
      return false;
    }
    for (List<Features> members : byDocClaimant.values()) {
      for (Features member : members) {
        if (exactToll(member) == toll && place.equals(placeName(member)) && member.attacks() != 0
            && rules.attacks().fit(claim.attacks(), member.attacks())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The name of the claim's village, town or city, a governorate's seat too; null for a coarser place or none. */
  private static String placeName(Features claim) {
    ClaimPlace place = claim.ref().claim().location();
    return place == null || place.name() == null || place.precision() != PlacePrecision.POINT ? null
        : place.name().toLowerCase(Locale.ROOT);
  }

  private static boolean shareOne(Set<String> few, Set<String> others) {
    for (String one : few) {
      if (others.contains(one)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The extractor merges one claimant's repeats within a document, so two figures of one claimant there that cannot
   * both hold are two events; a figure they can share, or a part of the toll ("six children") beside the whole, is
   * the same event told twice.
   */
  private boolean sameDocumentFits(Features claim) {
    if ((docBits & claim.docBit()) == 0) {
      return true;
    }
    for (Features member : byDocClaimant.getOrDefault(claim.docClaimant(), List.of())) {
      boolean partBesideOther = member.victims() != claim.victims() && (!member.wholeToll() || !claim.wholeToll());
      // "the toll rose to 86" beside the first figure is one event's two counts
      boolean updated = member.update() || claim.update();
      // a headline's figure open above ("Dozens killed", "Over 20 killed") sums up the body's figures ("12 killed
      // early on Tuesday"), which are that report's parts, not another event
      boolean headline = vagueHeadline(member) != vagueHeadline(claim);
      if (!partBesideOther && !updated && !headline && !overlap(member, claim)) {
        return false;
      }
    }
    return true;
  }

  /** A title's figure open above: "Dozens killed", "Over 20 killed", "At least 40 dead". */
  private static boolean vagueHeadline(Features f) {
    return f.ref().claim().section() == ClaimSection.TITLE && f.ref().claim().count().max() == null;
  }

  private static boolean overlap(Features a, Features b) {
    return (b.high() == null || a.low() <= b.high()) && (a.high() == null || b.low() <= a.high());
  }

  /**
   * A whole toll fits when neither it nor any member's whole toll exceeds the other more than {@code ratio} times:
   * figures grow as the dead are counted, but not from 5 to 200. Parts of a toll ("six children") are not compared,
   * nor is a toll update ("rose to 112") held to the ratio above the first figures it updates.
   */
  private boolean countsFit(Features claim, int ratio) {
    if (!claim.wholeToll()) {
      return true;
    }
    if (!claim.update() && lowestHigh != null && claim.low() > ratio * lowestHigh) {
      return false;
    }
    return claim.high() == null || highestLow <= ratio * claim.high();
  }

  void add(Features claim) {
    if (claim.fineName() != null && fineName != null && claim.precision() == finePrecision && !namesTown(claim)
        && headlineRepeat(claim)) {
      otherNames = new HashSet<>(otherNames);
      otherNames.add(claim.fineName());
    }
    members.add(claim.ref());
    if (!claim.landmarks().isEmpty() && !landmarks.containsAll(claim.landmarks())) {
      Set<String> all = new HashSet<>(landmarks);
      all.addAll(claim.landmarks());
      landmarks = all;
    }
    if (singleDoc == null) {
      singleDoc = claim.ref().doc();
    } else if (!singleDoc.isEmpty() && !singleDoc.equals(claim.ref().doc())) {
      singleDoc = "";
    }
    // the days the claim tells of (Operations.told), from what its features already hold
    boolean statesTime = claim.ref().claim().when() != null && claim.ref().claim().when().text() != null;
    long toldDay = claim.printed() != Long.MAX_VALUE ? claim.printed() : claim.ownLast();
    toldFirst = Math.min(toldFirst, statesTime ? claim.ownFirst() : toldDay);
    toldLast = Math.max(toldLast, statesTime ? claim.ownLast() : toldDay);
    if (claim.operation()) {
      DaySpan operation = Operations.span(claim.ref()).orElseThrow();
      operationFirst = Math.min(operationFirst, operation.start().toEpochDay());
      operationLast = Math.max(operationLast, operation.end().toEpochDay());
    }
    latestStart = Math.max(latestStart, claim.first());
    plainLatestStart = Math.max(plainLatestStart, claim.plainFirst());
    earliestEnd = Math.min(earliestEnd, claim.last());
    extentFirst = Math.min(extentFirst, claim.ownFirst());
    extentLast = Math.max(extentLast, claim.ownLast());
    shortestOwnDays = Math.min(shortestOwnDays, claim.ownLast() - claim.ownFirst() + 1);
    if (claim.stated()) {
      statedLatestStart = Math.max(statedLatestStart, claim.nightFirst());
      statedEarliestEnd = Math.min(statedEarliestEnd, claim.nightLast());
    }
    latestStatedFrom = Math.max(latestStatedFrom, claim.statedFrom());
    earliestPrinted = Math.min(earliestPrinted, claim.printed());
    byDocClaimant.computeIfAbsent(claim.docClaimant(), k -> new ArrayList<>()).add(claim);
    docBits |= claim.docBit();
    if (!claim.governorates().isEmpty()) {
      if (governorates == null) {
        governorates = claim.governorates();
      } else {
        Set<String> both = new HashSet<>(governorates);
        both.retainAll(claim.governorates());
        governorates = both;
      }
      admin1 = governorates.size() == 1 ? governorates.iterator().next() : null;
    }
    if (countries.isEmpty()) {
      countries = claim.countries();
    } else if (!claim.countries().isEmpty()) {
      Set<String> both = new HashSet<>(countries);
      both.retainAll(claim.countries());
      countries = both;
    }
    if (cityName == null) {
      cityName = placeName(claim);
    }
    if (fineName == null && claim.fineName() != null) {
      fineName = claim.fineName();
      finePrecision = claim.precision();
      fineLat = claim.lat();
      fineLon = claim.lon();
    }
    if (perpetratorFamily == null) {
      perpetratorFamily = claim.perpetratorFamily();
    }
    if (victimGroup == null && !claim.victimGroup().equals(LinkRules.ANY_GROUP)) {
      victimGroup = claim.victimGroup();
    }
    long toll = exactToll(claim);
    if (toll >= 0 && !contains(exactTolls, toll)) {
      exactTolls = java.util.Arrays.copyOf(exactTolls, exactTolls.length + 1);
      exactTolls[exactTolls.length - 1] = toll;
    }
    if (claim.attacks() != 0 && !contains(attackTypes, claim.attacks())) {
      attackTypes = java.util.Arrays.copyOf(attackTypes, attackTypes.length + 1);
      attackTypes[attackTypes.length - 1] = claim.attacks();
    }
    if (claim.wholeToll() && !claim.update()) {
      highestLow = Math.max(highestLow, claim.low());
    }
    highestAnyLow = Math.max(highestAnyLow, claim.low());
    if (claim.wholeToll()) {
      if (claim.high() != null) {
        lowestHigh = lowestHigh == null ? claim.high() : Math.min(lowestHigh, claim.high());
      }
    }
  }

  private static boolean contains(long[] values, long value) {
    for (long v : values) {
      if (v == value) {
        return true;
      }
    }
    return false;
  }

  /** True when the claim and the cluster name the same victims (not "people") and attackers of one family. */
  boolean namesAlike(Features claim, LinkRules rules) {
    return !claim.victimGroup().equals(LinkRules.ANY_GROUP) && claim.victimGroup().equals(victimGroup)
        && claim.perpetratorFamily() != null && perpetratorFamily != null
        && rules.compatibleFamilies(claim.perpetratorFamily(), perpetratorFamily);
  }

  /**
   * Days between the middles of the claim's span and of the cluster's extent: the better fit is nearer. Both are the
   * claims' own times (stated, else the report's day or the day before), not the days linking lets an unstated time
   * reach back over: that reach lets a follow-up join, but says nothing of which day it tells of.
   */
  long distance(Features claim) {
    return Math.abs(claim.ownFirst() + claim.ownLast() - (extentFirst + extentLast));
  }

  /** True when a member is a multi-day operation's toll. */
  boolean operation() {
    return operationFirst != Long.MAX_VALUE;
  }

  long operationFirst() {
    return operationFirst;
  }

  long operationLast() {
    return operationLast;
  }

  /** The first and last of the days the members tell of ({@link Operations#told}). */
  long toldFirst() {
    return toldFirst;
  }

  long toldLast() {
    return toldLast;
  }

  /** The attackers' family of the first member that names one, or null. */
  String family() {
    return perpetratorFamily;
  }

  /** The highest lower bound of the members' whole tolls (0: none), and the lowest upper bound (null: none). */
  long highestLow() {
    return highestLow;
  }

  Long lowestHigh() {
    return lowestHigh;
  }

  /** The victim group of the cluster's members, {@link LinkRules#ANY_GROUP} while all of them count "people". */
  String group() {
    return victimGroup == null ? LinkRules.ANY_GROUP : victimGroup;
  }

  /** The governorate areas the cluster may lie in; null while no member names one or a region. */
  Set<String> areas() {
    return governorates;
  }

  /** The one governorate of the cluster, or null while its members allow none or several. */
  String admin1() {
    return admin1;
  }

  /** Distinct documents among the members; counted again only after members joined. */
  long documents() {
    if (documentsCountedAt != members.size()) {
      documents = members.stream().map(ClaimRef::doc).distinct().count();
      documentsCountedAt = members.size();
    }
    return documents;
  }

  /**
   * The claim's governorate; else the governorates of the region it names (region-governorates.tsv); else none. Each is
   * given as its area (governorate-areas.tsv), so Damascus and its countryside compare as one.
   */
  static Set<String> governorates(ClaimPlace place, LinkRules rules) {
    if (place == null) {
      return Set.of();
    }
    if (place.admin1() != null && !place.admin1().isBlank()) {
      return rules.area(place.admin1());
    }
    if (place.precision() != PlacePrecision.REGION) {
      return Set.of();
    }
    Set<String> areas = new HashSet<>();
    rules.regionGovernorates(place.name(), place.country()).forEach(g -> areas.add(rules.areaKey(g)));
    return areas;
  }

  /** The claim's countries ("SY,IQ" gives two); one shared set per way of writing them. */
  static Set<String> countries(ClaimPlace place) {
    if (place == null || place.country() == null || place.country().isBlank()) {
      return Set.of();
    }
    return COUNTRIES.computeIfAbsent(place.country(), country -> {
      Set<String> out = new HashSet<>();
      for (String code : country.split(",")) {
        if (!code.isBlank()) {
          out.add(code.strip().toUpperCase(Locale.ROOT));
        }
      }
      return Set.copyOf(out);
    });
  }

  /** A village, town or district; not a governorate's seat, which reports use for anything around it. */
  private static String fineName(ClaimPlace place, LinkRules rules) {
    if (place == null || place.name() == null || place.precision() == null
        || rules.isSeat(place.name(), place.admin1())) {
      return null;
    }
    return switch (place.precision()) {
      case POINT, NEAR_POINT, DISTRICT -> rules.nameKey(place.name());
      default -> null;
    };
  }

  /** A document and one of its claimants: the extractor has merged that claimant's repeats in that document. */
  record DocClaimant(String doc, String claimant) {}

  private static DocClaimant docClaimant(ClaimRef ref) {
    return new DocClaimant(ref.doc(), Objects.requireNonNullElse(ref.claim().claimant(), ""));
  }
}
