package org.tally.link;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;
import org.tally.model.ClaimTime;
import org.tally.model.Victims;

/**
 * The data that decides linking: actor families, victim breadth, the governorates of regions, the seats of
 * governorates, the governorates linked as one area, the attackers reports confuse, and the time and count margins.
 * Loaded from actor-families.tsv, perpetrator-confusions.tsv, victim-breadth.tsv, region-governorates.tsv,
 * governorate-seats.tsv, governorate-areas.tsv and link-settings.tsv beside this class; the kinds of attack a sentence
 * names from attack-kinds.tsv, attack-type-pairs.tsv, attack-hedges.tsv and identifying-attacks.tsv, toll updates from toll-update-cues.tsv, and the days
 * of statements, not of harm, from statement-day-cues.tsv, and the nights that run over midnight from
 * night-edge-cues.tsv, and the named buildings a harm fell on from landmark-words.tsv.
 */
public final class LinkRules {
  /** The victim group that joins any other ("people", unspecified). */
  static final String ANY_GROUP = "*";
  private static final Set<String> SETTINGS = Set.of("time_slack_days", "approx_margin_percent", "count_ratio_max",
      "unplaced_dominance", "inferred_reach_days", "longest_attack_days", "stated_slack_days", "near_place_km",
      "longest_operation_days", "longest_dated_days", "country_toll_ratio", "update_reach_days");

  private final Map<String, String> families;
  private final Set<String> confusions;
  private final Map<Victims, VictimRule> victims;
  private final Map<String, Set<String>> regions;
  private final Map<String, String> seats;
  private final Map<String, String> areas;
  private final Settings settings;
  private final AttackTypes attacks;
  private final TollUpdates updates;
  private final StatementDays statementDays;
  private final EarlierTolls earlierTolls;
  private final TownNames townNames;
  private final NightEdges nightEdges;
  private final Landmarks landmarks;
  /** The phrases of both, so that a claim's sentence is read once. */
  private final PhraseMatcher sentenceWords;
  /** {@code confusions} by family: looked up for every pair of claims compared, so without building a pair key. */
  private final Map<String, Set<String>> confusedWith = new HashMap<>();
  private final Map<String, Set<String>> areaSets = new ConcurrentHashMap<>();

  /** How one victim category links and reports (victim-breadth.tsv). */
  record VictimRule(String group, int breadth, boolean wholeToll) {}

  /** The places of region-governorates.tsv, governorate-seats.tsv and governorate-areas.tsv, by their keys. */
  record Places(Map<String, Set<String>> regions, Map<String, String> seats, Map<String, String> areas) {}

  /** The margins of link-settings.tsv. */
  record Settings(int slackDays, int approxMarginPercent, int countRatioMax, int unplacedDominance,
      int inferredReachDays, int longestAttackDays, int statedSlackDays, int nearPlaceKm,
      int longestOperationDays, int longestDatedDays, int countryTollRatio, int updateReachDays) {}

  LinkRules(Map<String, String> families, Set<String> confusions, Map<Victims, VictimRule> victims, Places places,
      Settings settings) {
    this(families, confusions, victims, places, settings, AttackTypes.NONE, TollUpdates.NONE, StatementDays.NONE,
        EarlierTolls.NONE, TownNames.NONE, NightEdges.NONE, Landmarks.NONE);
  }

  LinkRules(Map<String, String> families, Set<String> confusions, Map<Victims, VictimRule> victims, Places places,
      Settings settings, AttackTypes attacks, TollUpdates updates, StatementDays statementDays,
      EarlierTolls earlierTolls, TownNames townNames, NightEdges nightEdges, Landmarks landmarks) {
    this.attacks = attacks;
    this.landmarks = landmarks;
    this.nightEdges = nightEdges;
    this.townNames = townNames;
    this.earlierTolls = earlierTolls;
    this.updates = updates;
    this.statementDays = statementDays;
    this.sentenceWords = PhraseMatcher.both(attacks.phrases(), updates.cues());
    this.families = Map.copyOf(families);
    this.confusions = Set.copyOf(confusions);
    for (String pair : this.confusions) {
      int cut = pair.indexOf('\u0000');
      confusedWith.computeIfAbsent(pair.substring(0, cut), k -> new java.util.HashSet<>()).add(pair.substring(cut + 1));
    }
    this.victims = new EnumMap<>(victims);
    for (Victims v : Victims.values()) {
      if (!this.victims.containsKey(v)) {
        throw new IllegalArgumentException("victim-breadth.tsv has no row for " + v.jsonName());
      }
    }
    this.regions = Map.copyOf(places.regions());
    this.seats = Map.copyOf(places.seats());
    this.areas = Map.copyOf(places.areas());
    this.settings = settings;
  }

  /** The link rules of these lexicons, built once per lexicons. */
  public static LinkRules from(Lexicons rules) {
    return rules.built(LinkRules.class, r -> load(r.file(RuleFiles.ACTOR_FAMILIES),
        r.file(RuleFiles.PERPETRATOR_CONFUSIONS), r.file(RuleFiles.VICTIM_BREADTH), r.file(RuleFiles.REGION_GOVERNORATES),
        r.file(RuleFiles.GOVERNORATE_SEATS), r.file(RuleFiles.GOVERNORATE_AREAS), r.file(RuleFiles.LINK_SETTINGS))
        .with(AttackTypes.load(r.file(RuleFiles.ATTACK_KINDS), r.file(RuleFiles.ATTACK_TYPE_PAIRS),
            r.file(RuleFiles.ATTACK_HEDGES), r.file(RuleFiles.IDENTIFYING_ATTACKS)),
            TollUpdates.load(r.file(RuleFiles.TOLL_UPDATE_CUES)),
            StatementDays.load(r.file(RuleFiles.STATEMENT_DAY_CUES)),
            EarlierTolls.of(org.tally.event.EarlierFigures.from(r)),
            TownNames.load(r.file(RuleFiles.TOWN_NAME_GENERICS)), NightEdges.load(r.file(RuleFiles.NIGHT_EDGE_CUES)),
            Landmarks.load(r.file(RuleFiles.LANDMARK_WORDS))));
  }

  /**
   * These rules with the attack words, toll-update cues, statement-day cues, earlier-toll cues, town names and night
   * edges given.
   */
  LinkRules with(AttackTypes attackTypes, TollUpdates tollUpdates, StatementDays days, EarlierTolls earlier,
      TownNames towns, NightEdges nights, Landmarks buildings) {
    return new LinkRules(families, confusions, victims, new Places(regions, seats, areas), settings, attackTypes,
        tollUpdates, days, earlier, towns, nights, buildings);
  }

  static LinkRules load(RuleFile familyFile, RuleFile confusionFile, RuleFile victimFile, RuleFile regionFile,
      RuleFile seatFile, RuleFile areaFile, RuleFile settingFile) {
    Map<String, String> families = new HashMap<>();
    for (RuleRow row : familyFile.rows()) {
      families.put(row.get("actor"), row.get("family"));
    }
    Set<String> confusions = new java.util.HashSet<>();
    for (RuleRow row : confusionFile.rows()) {
      confusions.add(pair(row.get("family"), row.get("confused_with")));
      confusions.add(pair(row.get("confused_with"), row.get("family")));
    }
    Map<Victims, VictimRule> victims = new EnumMap<>(Victims.class);
    for (RuleRow row : victimFile.rows()) {
      Victims v;
      try {
        v = Victims.valueOf(row.get("victims").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.error("victims", "\"" + row.get("victims") + "\" is not a victim category of claims.md");
      }
      int breadth = row.integer("breadth").orElseThrow(() -> row.error("breadth", "breadth is required"));
      victims.put(v, new VictimRule(row.get("group"), breadth, row.bool("whole_toll")));
    }
    Map<String, Set<String>> regions = new HashMap<>();
    for (RuleRow row : regionFile.rows()) {
      Set<String> governorates = new LinkedHashSet<>();
      for (String name : row.get("governorates").split(",")) {
        if (!name.isBlank()) {
          governorates.add(governorateKey(name));
        }
      }
      if (governorates.isEmpty()) {
        throw row.error("governorates", "a region needs at least one governorate");
      }
      regions.put(regionKey(row.get("region"), row.get("country")), Set.copyOf(governorates));
    }
    Map<String, String> seats = new HashMap<>();
    for (RuleRow row : seatFile.rows()) {
      seats.put(governorateKey(row.get("seat")), governorateKey(row.get("governorate")));
    }
    Map<String, String> areas = new HashMap<>();
    for (RuleRow row : areaFile.rows()) {
      areas.put(governorateKey(row.get("governorate")), governorateKey(row.get("area")));
    }
    Map<String, Integer> settings = new HashMap<>();
    for (RuleRow row : settingFile.rows()) {
      String name = row.get("setting");
      if (!SETTINGS.contains(name)) {
        throw row.error("setting", "unknown setting \"" + name + "\"; known: " + SETTINGS);
      }
      settings.put(name, row.integer("value").orElseThrow(() -> row.error("value", "a value is required")));
    }
    for (String name : SETTINGS) {
      if (!settings.containsKey(name)) {
        throw new IllegalArgumentException(settingFile.name() + " lacks the setting " + name);
      }
    }
    return new LinkRules(families, confusions, victims, new Places(regions, seats, areas),
        new Settings(settings.get("time_slack_days"), settings.get("approx_margin_percent"),
            settings.get("count_ratio_max"), settings.get("unplaced_dominance"), settings.get("inferred_reach_days"),
            settings.get("longest_attack_days"), settings.get("stated_slack_days"), settings.get("near_place_km"),
            settings.get("longest_operation_days"), settings.get("longest_dated_days"),
            settings.get("country_toll_ratio"), settings.get("update_reach_days")));
  }

  /** How governorates are compared: without case or surrounding blanks. */
  static String governorateKey(String admin1) {
    return admin1.strip().toLowerCase(Locale.ROOT);
  }

  /** "North-Eastern Syria" and "northeast Syria" give one key: no case, no hyphens, no final "ern" of a word. */
  static String regionKey(String region, String country) {
    StringBuilder key = new StringBuilder();
    for (String word : region.toLowerCase(Locale.ROOT).replace("-", "").strip().split("\\s+")) {
      key.append(word.endsWith("ern") && word.length() > 4 ? word.substring(0, word.length() - 3) : word).append(' ');
    }
    return key.append(country == null ? "" : country.strip().toUpperCase(Locale.ROOT)).toString();
  }

  /** True when the place is the city that gives its governorate its name (governorate-seats.tsv). */
  boolean isSeat(String name, String admin1) {
    return name != null && admin1 != null && governorateKey(admin1).equals(seats.get(governorateKey(name)));
  }

  /**
   * {@link #areaKey} as a one-element set, one shared copy per governorate: every claim of a governorate carries it
   * while it waits to be linked.
   */
  Set<String> area(String admin1) {
    return areaSets.computeIfAbsent(admin1, a -> Set.of(areaKey(a)));
  }

  /**
   * A place name as linking compares it, without case or surrounding blanks, nor a generic last word that names a part
   * of the town (town-name-generics.tsv: "Khan ash Shih camp" is "khan ash shih"); one shared copy per name.
   */
  String nameKey(String name) {
    return townNames.key(name);
  }

  /** The key linking compares a governorate by: its area's (governorate-areas.tsv), else its own. */
  public String areaKey(String admin1) {
    String key = governorateKey(admin1);
    return areas.getOrDefault(key, key);
  }

  /** The governorates (as {@link #governorateKey} gives them) a region of the country covers; empty when unlisted. */
  public Set<String> regionGovernorates(String region, String country) {
    return region == null ? Set.of() : regions.getOrDefault(regionKey(region, country), Set.of());
  }

  /** The actor's family, the actor itself when it has none listed; null for null. */
  public String family(String actor) {
    return actor == null ? null : families.getOrDefault(actor, actor);
  }

  /** True when claims blaming these two families may tell of one strike: the same family, or a confused pair. */
  boolean compatibleFamilies(String a, String b) {
    return a.equals(b) || confusedWith.getOrDefault(a, Set.of()).contains(b);
  }

  private static String pair(String a, String b) {
    return a + "\u0000" + b;
  }

  String victimGroup(Victims v) {
    return victims.get(v).group();
  }

  int breadth(Victims v) {
    return victims.get(v).breadth();
  }

  boolean wholeToll(Victims v) {
    return victims.get(v).wholeToll();
  }

  AttackTypes attacks() {
    return attacks;
  }

  EarlierTolls earlierTolls() {
    return earlierTolls;
  }

  TollUpdates updates() {
    return updates;
  }

  StatementDays statementDays() {
    return statementDays;
  }

  NightEdges nightEdges() {
    return nightEdges;
  }

  /** The named buildings of a sentence (landmark-words.tsv). */
  Landmarks landmarks() {
    return landmarks;
  }

  /** The attack-kind bits and the toll-update bit of a claim's sentence, read once. */
  long sentenceBits(String sentence) {
    return sentenceWords.find(sentence);
  }

  int slackDays() {
    return settings.slackDays();
  }

  int statedSlackDays() {
    return settings.statedSlackDays();
  }

  int approxMarginPercent() {
    return settings.approxMarginPercent();
  }

  int countRatioMax() {
    return settings.countRatioMax();
  }

  int unplacedDominance() {
    return settings.unplacedDominance();
  }

  int inferredReachDays() {
    return settings.inferredReachDays();
  }

  /** The most days any claim's linking span reaches back before its own time ({@link #linkingSpan}). */
  int longestReachDays() {
    return Math.max(settings.inferredReachDays(), settings.updateReachDays());
  }

  /**
   * The days a claim may be linked over ({@link DaySpan#forLinking}); a toll update that states no day of the harm
   * (none, or only the day it was said: "has risen to 25, the agency said on Friday", or the day it was counted:
   * "climbed to 30 on Tuesday") reaches update_reach_days before
   * its own time, since a toll rises for days after its attack. {@link Cluster} lets that further reach join only an
   * incident of the village or town the update names.
   */
  Optional<DaySpan> linkingSpan(ClaimRef ref) {
    Optional<DaySpan> span = DaySpan.forLinking(ref, settings.inferredReachDays());
    if (span.isEmpty() || !updateReaches(ref)) {
      return span;
    }
    LocalDate back = DaySpan.of(ref).orElseThrow().start().minusDays(settings.updateReachDays());
    return back.isBefore(span.get().start()) ? Optional.of(new DaySpan(back, span.get().end())) : span;
  }

  /**
   * The claim is a toll update whose text gives no day of its harm: none, only a statement's or the count's, or only a
   * day from outside its sentence. "Friday 22 April 2016. The toll of the massacre in Deir al-Asafir rose to 17" takes
   * its report's dateline, which says when the toll was counted, not when the massacre was (link/written-8).
   */
  private boolean updateReaches(ClaimRef ref) {
    ClaimTime when = ref.claim().when();
    boolean harmDay = when != null && when.text() != null && inSentence(ref, when)
        && !statementDays.saidOn(ref.quote(), when.text()) && !updates.countedOn(ref.quote(), when.text());
    return !harmDay && ref.quote() != null && updates.isUpdate(ref.quote());
  }

  /** The time's words stand in the claim's own sentence (by their offsets where known, else by their words). */
  private static boolean inSentence(ClaimRef ref, ClaimTime when) {
    if (when.span() != null) {
      return ref.claim().evidence().contains(when.span());
    }
    return ref.quote() != null && ref.quote().contains(when.text());
  }

  int longestAttackDays() {
    return settings.longestAttackDays();
  }

  /** Days a claim's own time must exceed to be dated only by a year or a season (link-settings.tsv). */
  int longestDatedDays() {
    return settings.longestDatedDays();
  }

  /** How many times every figure of an incident a toll placed in no governorate may be (link-settings.tsv). */
  int countryTollRatio() {
    return settings.countryTollRatio();
  }

  int nearPlaceKm() {
    return settings.nearPlaceKm();
  }

  int longestOperationDays() {
    return settings.longestOperationDays();
  }
}
