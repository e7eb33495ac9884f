package org.tally.link;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tally.extract.actor.ActorDictionary;
import org.tally.extract.actor.PerpetratorFinder;
import org.tally.extract.token.Token;
import org.tally.extract.token.Tokenizer;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleRow;
import org.tally.lexicon.examples.Examples;
import org.tally.model.Span;
import org.tally.resolve.place.PlaceContext;
import org.tally.resolve.place.PlaceMention;
import org.tally.resolve.place.PlaceResolver;

/**
 * The example checks of the linking rule files (declared in {@link org.tally.lexicon.RuleFiles}): each reads the
 * actors or places of the row's example and asks the link rules what the row says of them.
 */
public final class LinkExamples {
  private static final PlaceContext SYRIA = new PlaceContext("SY", Map.of());
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

  private LinkExamples() {}

  /** actor-families.tsv: the example names the actor, and linking puts it in the row's family. */
  public static Optional<String> actorFamily(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    boolean named = ActorDictionary.from(rules).find(tokens(example)).stream()
        .anyMatch(m -> m.actor().id().equals(row.get("actor")));
    return Examples.unless(named && row.get("family").equals(LinkRules.from(rules).family(row.get("actor"))), example,
        row.get("actor") + (named ? " is not of the family " + row.get("family") : " is not named"));
  }

  /** perpetrator-confusions.tsv: the attackers the example's two quoted reports blame may be one incident's. */
  public static Optional<String> perpetratorConfusion(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    LinkRules link = LinkRules.from(rules);
    Set<String> families = new LinkedHashSet<>();
    Matcher quote = QUOTED.matcher(example);
    while (quote.find()) {
      List<Token> tokens = tokens(quote.group(1));
      PerpetratorFinder.from(rules).find(tokens, ActorDictionary.from(rules).find(tokens), tokens.size())
          .map(PerpetratorFinder.Found::actor).ifPresent(actor -> families.add(link.family(actor)));
    }
    List<String> two = List.copyOf(families);
    boolean thePair = two.equals(List.of(row.get("family"), row.get("confused_with")))
        || two.equals(List.of(row.get("confused_with"), row.get("family")));
    return Examples.unless(thePair && link.compatibleFamilies(two.get(0), two.get(1)),
        example, "the two reports blame " + two + ", not a pair that may be one incident");
  }

  /** victim-breadth.tsv: the example's claim counts the row's victims, which link as the row says. */
  public static Optional<String> victimBreadth(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    LinkRules link = LinkRules.from(rules);
    boolean claimed = Examples.claims(rules, example).stream()
        .anyMatch(c -> c.victims().jsonName().equals(row.get("victims")));
    org.tally.model.Victims victims = org.tally.model.Victims.valueOf(row.get("victims").toUpperCase(java.util.Locale.ROOT));
    return Examples.unless(claimed && link.victimGroup(victims).equals(row.get("group"))
        && link.breadth(victims) == row.integer("breadth").orElseThrow() && link.wholeToll(victims) == row.bool("whole_toll"),
        example, "no claim of " + row.get("victims") + " linking as group " + row.get("group"));
  }

  /** region-governorates.tsv: the example's region covers the row's governorates. */
  public static Optional<String> regionGovernorates(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    LinkRules link = LinkRules.from(rules);
    Set<String> wanted = new LinkedHashSet<>();
    for (String name : row.get("governorates").split(",")) {
      wanted.add(LinkRules.governorateKey(name));
    }
    return Examples.unless(places(rules, example).stream()
        .anyMatch(m -> link.regionGovernorates(m.place().name(), m.place().country()).equals(wanted)),
        example, "no region covering " + row.get("governorates"));
  }

  /** governorate-seats.tsv: the example names the seat, the city that gives its governorate its name. */
  public static Optional<String> governorateSeat(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    LinkRules link = LinkRules.from(rules);
    return Examples.unless(places(rules, example).stream().anyMatch(m -> link.isSeat(m.place().name(), m.place().admin1())
        && LinkRules.governorateKey(m.place().admin1()).equals(LinkRules.governorateKey(row.get("governorate")))),
        example, "no seat of " + row.get("governorate"));
  }

  /** governorate-areas.tsv: a place of the example in the governorate links as the row's area. */
  public static Optional<String> governorateArea(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    LinkRules link = LinkRules.from(rules);
    return Examples.unless(places(rules, example).stream().anyMatch(m -> m.place().admin1() != null
        && LinkRules.governorateKey(m.place().admin1()).equals(LinkRules.governorateKey(row.get("governorate")))
        && link.areaKey(m.place().admin1()).equals(LinkRules.governorateKey(row.get("area")))),
        example, "no place of " + row.get("governorate") + " linking as " + row.get("area"));
  }

  /** attack-kinds.tsv: the example's sentence names the row's type of attack. */
  public static Optional<String> attackWord(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    AttackTypes attacks = LinkRules.from(rules).attacks();
    List<String> named = attacks.names(attacks.of(example));
    return Examples.unless(named.contains(row.get("type")), example, "the sentence names " + named + ", not "
        + row.get("type"));
  }

  /** attack-hedges.tsv: the example names no kind of attack, its only attack word coming right after the hedge. */
  public static Optional<String> attackHedge(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    AttackTypes attacks = LinkRules.from(rules).attacks();
    List<String> named = attacks.names(attacks.of(example));
    return Examples.unless(named.isEmpty(), example, "the sentence names " + named);
  }

  /** The attack types each quoted report of the example names. */
  private static List<Long> quotedReports(String example, AttackTypes attacks) {
    List<Long> reports = new java.util.ArrayList<>();
    Matcher quote = QUOTED.matcher(example);
    while (quote.find()) {
      reports.add(attacks.of(quote.group(1)));
    }
    return reports;
  }

  /**
   * identifying-attacks.tsv: the example's two quoted reports (blaming different attackers) both name the row's type,
   * and linking takes them for one attack whoever they blame.
   */
  public static Optional<String> identifyingAttack(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    AttackTypes attacks = LinkRules.from(rules).attacks();
    List<Long> reports = quotedReports(example, attacks);
    if (reports.size() != 2) {
      return Examples.unless(false, example, "the example needs two quoted reports, not " + reports.size());
    }
    boolean both = attacks.names(reports.get(0)).contains(row.get("type"))
        && attacks.names(reports.get(1)).contains(row.get("type"));
    return Examples.unless(both && attacks.identify(reports.get(0), reports.get(1)), example,
        "the reports do not both name " + row.get("type") + " as an attack that identifies itself");
  }

  /** attack-type-pairs.tsv: the example's two quoted reports name two of the row's types and may be one attack. */
  public static Optional<String> attackTypePair(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    AttackTypes attacks = LinkRules.from(rules).attacks();
    List<Long> reports = quotedReports(example, attacks);
    if (reports.size() != 2) {
      return Examples.unless(false, example, "the example needs two quoted reports, not " + reports.size());
    }
    List<String> first = attacks.names(reports.get(0));
    List<String> second = attacks.names(reports.get(1));
    Set<String> rowTypes = new LinkedHashSet<>(List.of(row.get("may_be").split(",")));
    boolean ofTheRow = first.contains(row.get("type")) && second.stream().anyMatch(rowTypes::contains)
        || second.contains(row.get("type")) && first.stream().anyMatch(rowTypes::contains);
    return Examples.unless(ofTheRow && attacks.fit(reports.get(0), reports.get(1)), example,
        "the reports name " + first + " and " + second + ", not a pair of the row that may be one attack");
  }

  /** toll-update-cues.tsv: the example's sentence gives its figure as an update. */
  public static Optional<String> tollUpdateCue(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    return Examples.unless(LinkRules.from(rules).updates().isUpdate(example), example, "no toll update");
  }

  /**
   * town-name-generics.tsv: the example's two quoted reports name the town by two names the gazetteer tells apart,
   * one of them ending in the row's word, and linking compares them as one.
   */
  public static Optional<String> townNameGeneric(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    LinkRules link = LinkRules.from(rules);
    List<String> names = new java.util.ArrayList<>();
    Matcher quote = QUOTED.matcher(example);
    while (quote.find()) {
      places(rules, quote.group(1)).stream().findFirst().ifPresent(m -> names.add(m.place().name()));
    }
    boolean two = names.size() == 2 && !names.get(0).equalsIgnoreCase(names.get(1));
    return Examples.unless(two && link.nameKey(names.get(0)).equals(link.nameKey(names.get(1))), example,
        "the reports name " + names + ", not one town by two names");
  }

  /** landmark-words.tsv: the example names a building of the row's word. */
  public static Optional<String> landmarkWord(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    String word = row.get("word").strip().toLowerCase(java.util.Locale.ROOT);
    boolean named = LinkRules.from(rules).landmarks().of(example).stream().anyMatch(k -> k.startsWith(word + ":"));
    return Examples.unless(named, example, "the example names no " + word);
  }

  private static final Pattern FIGURE = Pattern.compile("\\d+");

  private static final Pattern WEEKDAY =
      Pattern.compile("\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

  /** statement-day-cues.tsv: the example's first weekday is read as the day something was said. */
  public static Optional<String> statementDayCue(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    Matcher day = WEEKDAY.matcher(example);
    if (!day.find()) {
      return Examples.unless(false, example, "the example names no weekday");
    }
    return Examples.unless(LinkRules.from(rules).statementDays().saidOn(example, day.group()), example,
        "the day is not read as a statement's day");
  }

  /** night-edge-cues.tsv: the night of the example's first weekday runs over midnight to the row's side. */
  public static Optional<String> nightEdgeCue(Lexicons rules, RuleRow row) {
    String example = Examples.of(row);
    Matcher day = WEEKDAY.matcher(example);
    if (!day.find()) {
      return Examples.unless(false, example, "the example names no weekday");
    }
    long side = "after".equals(row.get("side")) ? NightEdges.AFTER : NightEdges.BEFORE;
    return Examples.unless((LinkRules.from(rules).nightEdges().sides(example, day.group()) & side) != 0, example,
        "the day's night is not read as running " + row.get("side") + " it");
  }

  private static List<Token> tokens(String text) {
    return Tokenizer.tokens(text, new Span(0, text.length()));
  }

  private static List<PlaceMention> places(Lexicons rules, String text) {
    return PlaceResolver.from(rules).find(text, new Span(0, text.length()), SYRIA);
  }
}
