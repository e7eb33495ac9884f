package org.tally.lexicon;

import static org.tally.lexicon.Column.example;
import static org.tally.lexicon.Column.flag;
import static org.tally.lexicon.Column.integer;
import static org.tally.lexicon.Column.matching;
import static org.tally.lexicon.Column.oneOf;
import static org.tally.lexicon.Column.regex;
import static org.tally.lexicon.Column.text;
import static org.tally.lexicon.RuleFileSpec.file;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tally.lexicon.examples.ActorExamples;
import org.tally.lexicon.examples.CountExamples;
import org.tally.lexicon.examples.ExtractExamples;
import org.tally.lexicon.examples.FactExamples;
import org.tally.lexicon.examples.PlaceExamples;
import org.tally.lexicon.examples.TextExamples;
import org.tally.lexicon.examples.TimeExamples;
import org.tally.event.EventExamples;
import org.tally.link.LinkExamples;
import org.tally.model.Harm;
import org.tally.model.Scope;
import org.tally.model.Stance;
import org.tally.model.Victims;

/**
 * Every rule file bundled with Tally's core, in the order of the flow: where it lives, its columns and what each
 * may hold, and how a row's example is checked ({@link ExampleCheck}). A stage gets its files from {@link Lexicons}
 * by these constants; the build runs every row's example through its check, and checks that each example fails
 * without its own row unless the declaration says why it may not ({@link RuleFileSpec#sharedExamples}).
 *
 * <p>The app's one file, column-names.tsv, is declared beside its reader, {@code org.tally.app.read.ColumnNames}.
 */
public final class RuleFiles {
  private RuleFiles() {}

  private static final String ID = "[a-z0-9]+(?:-[a-z0-9]+)*";
  private static final String ID_WHAT = "an id: lower case letters and digits joined by hyphens";
  private static final Column CUE_MATCH = oneOf("match", "line", "prefix", "contains", "regex");

  // text: cleaning a page into sections, dates in datelines, sentences
  public static final RuleFileSpec COMMENT_CUES = file("/org/tally/text/comment-cues.tsv",
      text("cue"), CUE_MATCH, oneOf("scope", "line", "rest", "tail"), example().optional())
      .checkedBy(TextExamples::commentCue);
  public static final RuleFileSpec NAVIGATION_CUES = file("/org/tally/text/navigation-cues.tsv",
      text("cue"), CUE_MATCH, oneOf("scope", "line", "rest", "tail"), example().optional())
      .checkedBy(TextExamples::navigationCue);
  public static final RuleFileSpec BOILERPLATE_CUES = file("/org/tally/text/boilerplate-cues.tsv",
      text("cue"), CUE_MATCH, oneOf("scope", "line", "rest", "tail"), example().optional())
      .checkedBy(TextExamples::boilerplateCue);
  public static final RuleFileSpec CREDIT_CUES = file("/org/tally/text/credit-cues.tsv",
      text("cue"), CUE_MATCH, oneOf("scope", "line", "rest", "tail"), example().optional())
      .checkedBy(TextExamples::creditCue);
  public static final RuleFileSpec RELATED_CUES = file("/org/tally/text/related-cues.tsv",
      text("cue"), CUE_MATCH, oneOf("scope", "line", "rest", "tail", "glued", "inset"), example().optional())
      .checkedBy(TextExamples::relatedCue);
  public static final RuleFileSpec FIELD_CUES = file("/org/tally/text/field-cues.tsv",
      text("cue"), CUE_MATCH, oneOf("scope", "tail"), example())
      .checkedBy(TextExamples::fieldCue);
  public static final RuleFileSpec MONTH_NAMES = file("/org/tally/text/month-names.tsv",
      text("name"), integer("month", 1, 12), example().optional())
      .checkedBy(TextExamples::monthName);
  public static final RuleFileSpec WEEKDAY_NAMES = file("/org/tally/text/weekday-names.tsv",
      text("name"), integer("day", 1, 7), example().optional())
      .checkedBy(TextExamples::weekdayName);
  public static final RuleFileSpec TIMEZONE_CUES = file("/org/tally/text/timezone-cues.tsv",
      text("cue"), example().optional())
      .checkedBy(TextExamples::timezoneCue);
  public static final RuleFileSpec PUBLICATION_CUES = file("/org/tally/text/publication-cues.tsv",
      text("cue"), example().optional())
      .checkedBy(TextExamples::publicationCue);
  public static final RuleFileSpec ABBREVIATIONS = file("/org/tally/text/abbreviations.tsv",
      matching("abbreviation", "\\S+\\.", "an abbreviation: one word ending in a period"), example().optional())
      .checkedBy(TextExamples::abbreviation);

  // facts: a document's outlet and language
  public static final RuleFileSpec OUTLETS = file("/org/tally/facts/outlets.tsv",
      matching("domain", "[a-z0-9-]+(?:\\.[a-z0-9-]+)+", "a web domain (rt.com)"), text("name"),
      text("aliases").optional(), example().optional())
      .checkedBy(FactExamples::outlet);
  public static final RuleFileSpec OUTLET_CODES = file("/org/tally/facts/outlet-codes.tsv",
      text("code"), text("name"), example().optional())
      .checkedBy(FactExamples::outletCode);
  public static final RuleFileSpec OUTLET_CUES = file("/org/tally/facts/outlet-cues.tsv",
      text("cue"), text("outlet"), example().optional())
      .checkedBy(FactExamples::outletCue);
  public static final RuleFileSpec STOPWORDS = file("/org/tally/facts/stopwords.tsv",
      matching("language", "[a-z]{2,3}", "a language code (en, ar)"),
      matching("words", "\\S+(?: \\S+)*", "words separated by single spaces"), example().optional())
      .checkedBy(FactExamples::stopwords);

  // extract.count: the count grammar
  public static final RuleFileSpec NUMBER_WORDS = file("/org/tally/extract/count/number-words.tsv",
      text("word"), integer("value", 0, 99), oneOf("kind", "unit", "teen", "tens", "alone"), example())
      .checkedBy(CountExamples::numberWord);
  public static final RuleFileSpec SCALE_WORDS = file("/org/tally/extract/count/scale-words.tsv",
      text("word"), integer("value", 2, Integer.MAX_VALUE), flag("approx"), example())
      .checkedBy(CountExamples::scaleWord);
  public static final RuleFileSpec QUALIFIERS = file("/org/tally/extract/count/qualifiers.tsv",
      text("phrase"), oneOf("effect", "min", "min+1", "max", "max-1", "approx"), example())
      .checkedBy(CountExamples::qualifier);
  public static final RuleFileSpec QUANTIFIERS = file("/org/tally/extract/count/quantifiers.tsv",
      text("phrase").optional(), integer("min", 0, Integer.MAX_VALUE), integer("max", 0, Integer.MAX_VALUE).optional(),
      flag("approx"), oneOf("form", "vague", "words", "indefinite", "definite", "bare-plural"),
      matching("combines", "(?:scale|qualifier)(?:\\s*,\\s*(?:scale|qualifier))?", "scale, qualifier or both")
          .optional(), example())
      .checkedBy(CountExamples::quantifier);
  public static final RuleFileSpec RANGES = file("/org/tally/extract/count/ranges.tsv",
      matching("pattern", "(?:\\p{L}+ )*X(?: (?:\\p{L}+ )+| ?- ?)Y", "a range pattern: [words] X words Y, or X-Y"),
      example())
      .checkedBy(CountExamples::range);
  public static final RuleFileSpec HEAD_LINKS = file("/org/tally/extract/count/head-links.tsv",
      text("phrase"), oneOf("role", "partitive", "link"), example())
      .checkedBy(CountExamples::headLink);
  public static final RuleFileSpec SHARES = file("/org/tally/extract/count/shares.tsv",
      text("phrase"), integer("numerator", 1, 99), integer("denominator", 2, 100), example())
      .checkedBy(ExtractExamples::share);
  public static final RuleFileSpec PARTICLE_VERBS = file("/org/tally/extract/count/particle-verbs.tsv",
      text("phrase"), example())
      .checkedBy(CountExamples::particleVerb);
  public static final RuleFileSpec TRAILING_QUALIFIERS = file("/org/tally/extract/count/trailing-qualifiers.tsv",
      text("phrase"), oneOf("effect", "min", "max"), example())
      .checkedBy(CountExamples::trailingQualifier);

  // extract: harm, victims, dates beside counts, claimant, perpetrator, scope
  public static final RuleFileSpec HARM_CUES = file("/org/tally/extract/harm/harm-cues.tsv",
      text("phrase"), oneOf("harm", Harm.class), oneOf("side", "after", "before", "object", "noun"), example().optional())
      .checkedBy(ExtractExamples::harmCue)
      .sharedExamples("\"toll\" gives the same harm; the longer noun only moves where a hedge is looked for", "death toll");
  public static final RuleFileSpec HEDGES = file("/org/tally/extract/harm/hedges.tsv",
      text("word"), oneOf("why", "hypothetical", "negation"), example().optional())
      .checkedBy(ExtractExamples::hedge);
  public static final RuleFileSpec VICTIM_WORDS = file("/org/tally/extract/victim/victim-words.tsv",
      text("word"), oneOf("victims", Victims.class), oneOf("harm", Harm.class).optional(), oneOf("number", "one").optional(),
      example().optional())
      .checkedBy(ExtractExamples::victimWord)
      .sharedExamples("people is the category of a count without a noun; the other words are harm cues too (harm-cues.tsv),"
          + " and \"army\" is a modifier before \"troops\"", "people", "dead", "deaths", "fatalities", "wounded", "injured",
          "army troops");
  public static final RuleFileSpec NOT_PEOPLE = file("/org/tally/extract/victim/not-people.tsv",
      text("word"), matching("what", "[a-z]+", "a plain lower-case word (attacks, distance)"), example().optional())
      .checkedBy(ExtractExamples::notPeople);
  public static final RuleFileSpec GROUPS = file("/org/tally/extract/victim/groups.tsv",
      text("word"), oneOf("victims", Victims.class), example())
      .checkedBy(ExtractExamples::group);
  public static final RuleFileSpec MODIFIERS = file("/org/tally/extract/victim/modifiers.tsv",
      text("word"), example().optional())
      .checkedBy(ExtractExamples::modifier);
  public static final RuleFileSpec RELATIONS = file("/org/tally/extract/victim/relations.tsv",
      text("word"), example())
      .checkedBy(ExtractExamples::relation);
  public static final RuleFileSpec YOUNG_KIN = file("/org/tally/extract/victim/young-kin.tsv",
      text("word"), example())
      .checkedBy(ExtractExamples::youngKin);
  public static final RuleFileSpec MORE_BODIES = file("/org/tally/extract/harm/more-bodies.tsv",
      text("word"), oneOf("kind", "body", "verb"), example())
      .checkedBy(ExtractExamples::moreBodies);
  public static final RuleFileSpec RANKS = file("/org/tally/extract/victim/ranks.tsv",
      text("word"), example())
      .checkedBy(ExtractExamples::rank);
  public static final RuleFileSpec CALENDAR_WORDS = file("/org/tally/extract/calendar-words.tsv",
      text("word"), example().optional())
      .checkedBy(ExtractExamples::calendarWord);
  public static final RuleFileSpec NAMED_PEOPLE = file("/org/tally/extract/named-people.tsv",
      text("word"), oneOf("role", "alias", "roll-verb", "age-word", "name-opener"), example())
      .checkedBy(ExtractExamples::namedPerson);
  public static final RuleFileSpec ACTORS = file("/org/tally/extract/actor/actors.tsv",
      matching("id", ID, ID_WHAT), text("name"),
      oneOf("kind", "state", "ministry", "military", "armed-group", "monitor", "ngo", "media", "un", "outlet"),
      matching("side", ID, ID_WHAT).optional())
      .unchecked("the canonical actors themselves: their names are in actor-names.tsv, whose examples are run");
  public static final RuleFileSpec ACTOR_NAMES = file("/org/tally/extract/actor/actor-names.tsv",
      text("name"), matching("actor", ID, ID_WHAT), example().optional(), oneOf("role", "perpetrator", "person", "label").optional())
      .checkedBy(ExtractExamples::actorName);
  public static final RuleFileSpec STAND_INS = file("/org/tally/extract/actor/stand-ins.tsv",
      matching("stand_in", ID, ID_WHAT), matching("means", ID + "(?:\\s*,\\s*" + ID + ")*", "actor ids joined by commas"),
      matching("default", ID, ID_WHAT).optional(),
      matching("in_focus", "(?:[A-Z]{2}|\\*)=" + ID + "(?:,(?:[A-Z]{2}|\\*)=" + ID + ")*",
          "country codes (* for any other country) and actor ids, as SY=syrian-government,IQ=iraqi-government").optional(),
      example())
      .checkedBy(ExtractExamples::standIn);
  public static final RuleFileSpec INSTITUTION_SOURCES = file("/org/tally/extract/actor/institution-sources.tsv",
      text("phrase"), oneOf("part", "speaker", "institution"), matching("actor", ID, ID_WHAT).optional(), example())
      .checkedBy(ExtractExamples::institutionSource);
  public static final RuleFileSpec BODY_HEADS = file("/org/tally/extract/actor/body-heads.tsv",
      text("phrase"), matching("actor", ID, ID_WHAT), example())
      .checkedBy(ExtractExamples::bodyHead);
  public static final RuleFileSpec AGENT_MARKERS = file("/org/tally/extract/actor/agent-markers.tsv",
      text("phrase"), oneOf("side", "before", "after"), example())
      .checkedBy(ExtractExamples::agentMarker);
  public static final RuleFileSpec ATTACK_VERBS = file("/org/tally/extract/actor/attack-verbs.tsv",
      text("verb"), example(), text("needs").optional())
      .checkedBy(ExtractExamples::attackVerb);
  public static final RuleFileSpec RESPONSIBILITY_CUES = file("/org/tally/extract/actor/responsibility-cues.tsv",
      text("phrase"), example())
      .checkedBy(ExtractExamples::responsibilityCue);
  public static final RuleFileSpec GENERIC_ATTACKERS = file("/org/tally/extract/actor/generic-attackers.tsv",
      matching("actor", ID, ID_WHAT), example())
      .checkedBy(ExtractExamples::genericAttacker);
  public static final RuleFileSpec UNNAMED_ATTACKERS = file("/org/tally/extract/actor/unnamed-attackers.tsv",
      text("word"), example())
      .checkedBy(ExtractExamples::unnamedAttacker);
  public static final RuleFileSpec LABEL_SPEAKERS = file("/org/tally/extract/actor/label-speakers.tsv",
      text("speaker"), oneOf("kind", "actor", "outlet"), matching("means", ID, ID_WHAT), example())
      .checkedBy(ExtractExamples::labelSpeaker);
  public static final RuleFileSpec ALLIES = file("/org/tally/extract/actor/allies.tsv",
      matching("side", ID, ID_WHAT), matching("ally", ID, ID_WHAT), example())
      .checkedBy(ExtractExamples::ally);
  public static final RuleFileSpec UNKNOWN_ATTACKERS = file("/org/tally/extract/actor/unknown-attackers.tsv",
      text("word"), oneOf("role", "qualifier", "attacker"), example())
      .checkedBy(ExtractExamples::unknownAttacker);
  public static final RuleFileSpec REPEL_VERBS = file("/org/tally/extract/actor/repel-verbs.tsv",
      text("verb"), example())
      .checkedBy(ExtractExamples::repelVerb);
  public static final RuleFileSpec REPORTING_VERBS = file("/org/tally/extract/actor/reporting-verbs.tsv",
      text("phrase"), oneOf("position", "subject", "object", "either", "stance", "none"), oneOf("stance", Stance.class),
      example().optional())
      .checkedBy(ExtractExamples::reportingVerb)
      .sharedExamples("each gives a toll, and ClaimantFinder's looser toll cue (the row's verb, a toll noun a few words on,"
          + " then \"at\" or \"of\": \"gave a slightly lower toll of\") finds it through another row of the same verb",
          "put the toll at", "put the number at", "put the figure at", "puts the figure at", "puts the toll at",
          "gave a toll of", "gave a death toll of", "put the death toll at", "puts the death toll at");
  public static final RuleFileSpec NARRATION_CUES = file("/org/tally/extract/actor/narration-cues.tsv",
      text("phrase"), example().optional())
      .checkedBy(ExtractExamples::narrationCue);
  public static final RuleFileSpec ANAPHORS = file("/org/tally/extract/actor/anaphors.tsv",
      text("phrase"), example().optional(),
      matching("kinds", "[a-z-]+(?:\\s*,\\s*[a-z-]+)*", "actor kinds (actors.tsv) joined by commas").optional())
      .checkedBy(ExtractExamples::anaphor);
  public static final RuleFileSpec ATTACK_WORDS = file("/org/tally/extract/actor/attack-words.tsv",
      text("word"), example().optional(), oneOf("kind", "men").optional())
      .checkedBy(ExtractExamples::attackWord)
      .sharedExamples("each ends in a shorter means of attack listed too (\"strikes\", \"raids\", \"attack\"), which gives the"
          + " same unless the words before it fill the four-word reach", "air strikes", "air strike", "air raids",
          "aerial attack", "rocket attacks", "car bomb");
  public static final RuleFileSpec AIR_ATTACK_WORDS = file("/org/tally/extract/actor/air-attack-words.tsv",
      text("word"), example())
      .checkedBy(ExtractExamples::airAttackWord);
  public static final RuleFileSpec BLAST_WORDS = file("/org/tally/extract/actor/blast-words.tsv",
      text("word"), example())
      .checkedBy(ExtractExamples::blastWord);
  public static final RuleFileSpec PLACE_NOUNS = file("/org/tally/extract/actor/place-nouns.tsv",
      text("word"), example())
      .checkedBy(ExtractExamples::placeNoun);
  public static final RuleFileSpec AFFILIATIONS = file("/org/tally/extract/actor/affiliations.tsv",
      text("phrase"), example())
      .checkedBy(ExtractExamples::affiliation);
  public static final RuleFileSpec SPEAKER_TITLES = file("/org/tally/extract/actor/speaker-titles.tsv",
      text("phrase"), example())
      .checkedBy(ExtractExamples::speakerTitle);
  public static final RuleFileSpec TWEET_LINKS = file("/org/tally/extract/actor/tweet-links.tsv",
      text("prefix"), example())
      .checkedBy(ExtractExamples::tweetLink);
  public static final RuleFileSpec BOTH_SIDES = file("/org/tally/extract/actor/both-sides.tsv",
      text("phrase"), example())
      .checkedBy(ExtractExamples::bothSides);
  public static final RuleFileSpec VICTIM_PREDICATES = file("/org/tally/extract/actor/victim-predicates.tsv",
      text("phrase"), example())
      .checkedBy(ExtractExamples::victimPredicate);
  public static final RuleFileSpec CROSSFIRE_WORDS = file("/org/tally/extract/actor/crossfire-words.tsv",
      text("phrase"), example())
      .checkedBy(ExtractExamples::crossfire);
  public static final RuleFileSpec BACKGROUND_OPENERS = file("/org/tally/extract/actor/background-openers.tsv",
      text("phrase"), oneOf("then", "month", "none"), example())
      .checkedBy(ExtractExamples::backgroundOpener);
  public static final RuleFileSpec BACKGROUND_LINKS = file("/org/tally/extract/actor/background-links.tsv",
      text("phrase"), text("then"), example())
      .checkedBy(ExtractExamples::backgroundLink);
  public static final RuleFileSpec WAR_AGENTS = file("/org/tally/extract/actor/war-agents.tsv",
      text("phrase"), example())
      .checkedBy(ExtractExamples::warAgent);
  public static final RuleFileSpec ATTACKER_ANAPHORS = file("/org/tally/extract/actor/attacker-anaphors.tsv",
      text("phrase"), example())
      .checkedBy(ExtractExamples::attackerAnaphor);
  public static final RuleFileSpec BLAME_VERBS = file("/org/tally/extract/actor/blame-verbs.tsv",
      text("phrase"), example())
      .checkedBy(ExtractExamples::blameVerb);
  public static final RuleFileSpec TOLL_MEMBERS = file("/org/tally/extract/actor/toll-members.tsv",
      text("phrase"), example())
      .checkedBy(ExtractExamples::tollMember);
  public static final RuleFileSpec HELD_AREAS = file("/org/tally/extract/actor/held-areas.tsv",
      text("phrase"), matching("attacker", ID, ID_WHAT), example().optional())
      .checkedBy(ExtractExamples::heldArea);
  public static final RuleFileSpec LAUNCH_AREAS = file("/org/tally/extract/actor/launch-areas.tsv",
      text("phrase"), matching("attacker", ID, ID_WHAT), example())
      .checkedBy(ExtractExamples::launchArea);
  // extract.actor: words that attribution's small classes read
  public static final RuleFileSpec FIGHT_WORDS = file("/org/tally/extract/actor/fight-words.tsv",
      text("word"), oneOf("kind", "between", "within", "modifier"), example())
      .checkedBy(ActorExamples::fightWord);
  public static final RuleFileSpec LOSS_VERBS = file("/org/tally/extract/actor/loss-verbs.tsv",
      text("verb"), flag("fight"), example())
      .checkedBy(ActorExamples::lossVerb);
  public static final RuleFileSpec LOSER_NOUNS = file("/org/tally/extract/actor/loser-nouns.tsv",
      text("noun"), example())
      .checkedBy(ActorExamples::loserNoun)
      .sharedExamples("\"troops\" and \"rebels\" name a side themselves (actor-names.tsv), which lost the people on its own;"
          + " the row keeps the side named before them", "troops", "rebels");
  public static final RuleFileSpec TOLL_NOUNS = file("/org/tally/extract/actor/toll-nouns.tsv",
      text("noun"), example())
      .checkedBy(ActorExamples::tollNoun);
  public static final RuleFileSpec REPORT_NOUNS = file("/org/tally/extract/actor/report-nouns.tsv",
      text("noun"), example())
      .checkedBy(ActorExamples::reportNoun);
  public static final RuleFileSpec HONORIFICS = file("/org/tally/extract/actor/honorifics.tsv",
      text("word"), example())
      .checkedBy(ActorExamples::honorific);
  public static final RuleFileSpec SCOPE_CUES = file("/org/tally/extract/scope/scope-cues.tsv",
      text("phrase"), oneOf("scope", Scope.class), example().optional(), flag("subject").optional())
      .checkedBy(ExtractExamples::scopeCue);
  public static final RuleFileSpec ONE_EVENT_SUBJECTS = file("/org/tally/extract/scope/one-event-subjects.tsv",
      text("noun"), example().optional())
      .checkedBy(ExtractExamples::oneEventSubject);
  public static final RuleFileSpec ONE_DAY_WORDS = file("/org/tally/extract/scope/one-day-words.tsv",
      text("phrase"), example())
      .checkedBy(ExtractExamples::oneEventSubject);
  public static final RuleFileSpec WAR_NOUNS = file("/org/tally/extract/scope/war-nouns.tsv",
      text("noun"), example())
      .checkedBy(ExtractExamples::warNoun);
  public static final RuleFileSpec WAR_COMPOUNDS = file("/org/tally/extract/scope/war-compounds.tsv",
      text("noun"), example())
      .checkedBy(ExtractExamples::oneEventSubject);
  public static final RuleFileSpec COMPARISONS = file("/org/tally/extract/scope/comparisons.tsv",
      text("word"), example())
      .checkedBy(ExtractExamples::oneEventSubject);

  // resolve.place: the gazetteer and the words around place names
  public static final RuleFileSpec GAZETTEER = file("/org/tally/resolve/place/gazetteer.tsv.gz",
      text("name"), oneOf("kind", "country", "admin1", "region", "district", "city", "village", "site"),
      text("admin1").optional(), matching("country", "[A-Z]{2}", "a two-letter country code"),
      matching("lat", "-?\\d{1,2}(?:\\.\\d+)?", "a latitude in degrees").optional(),
      matching("lon", "-?\\d{1,3}(?:\\.\\d+)?", "a longitude in degrees").optional(),
      integer("population", 0, Integer.MAX_VALUE).optional(), text("aliases").optional())
      .unchecked("derived data (scripts/gazetteer/derive.py), without examples; place-aliases.tsv holds the hand-kept names");
  public static final RuleFileSpec PLACE_ALIASES = file("/org/tally/resolve/place/place-aliases.tsv",
      text("alias"), oneOf("kind", "country", "admin1", "region", "district", "city", "village", "site"), text("name"),
      text("admin1").optional(), matching("country", "[A-Z]{2}", "a two-letter country code"), example().optional())
      .checkedBy(PlaceExamples::alias)
      .sharedExamples("most aliases restate a GeoNames spelling the derived gazetteer has too; the hand-kept row ranks"
          + " the right entry first, which the example may not need");
  public static final RuleFileSpec PLACE_CUES = file("/org/tally/resolve/place/place-cues.tsv",
      text("phrase"),
      oneOf("role", "governorate", "district", "outskirts", "point", "site", "near", "direction", "cue", "demonym", "between",
          "country"),
      example().optional())
      .checkedBy(PlaceExamples::cue)
      .sharedExamples("a demonym keeps its word from being read as a place, and few of them are names in today's"
          + " gazetteer", "Syrian", "Iraqi", "Turkish", "Lebanese", "Jordanian", "Kurdish", "Russian", "Iranian", "American",
          "Israeli", "British", "French", "Arab", "Syrians", "Iraqis", "Kurds");
  public static final RuleFileSpec HARM_PLACE_ASIDES = file("/org/tally/resolve/place/harm-place-asides.tsv",
      text("phrase"), oneOf("kind", "origin", "movement", "spread"), example())
      .checkedBy(PlaceExamples::harmPlaceAside);
  public static final RuleFileSpec SURROUNDINGS = file("/org/tally/resolve/place/surroundings.tsv",
      text("admin1"), matching("country", "[A-Z]{2}", "a two-letter country code"), text("surrounding"), example())
      .checkedBy(PlaceExamples::surrounding);
  public static final RuleFileSpec CAPITALS = file("/org/tally/resolve/place/capitals.tsv",
      matching("country", "[A-Z]{2}", "a two-letter country code"), text("capital"), example())
      .checkedBy(PlaceExamples::capital);
  public static final RuleFileSpec ALIAS_DROPS = file("/org/tally/resolve/place/alias-drops.tsv",
      text("alias"), text("name"), matching("country", "[A-Z]{2}", "a two-letter country code"), example())
      .checkedBy(PlaceExamples::aliasDrop);
  public static final RuleFileSpec CITY_QUARTERS = file("/org/tally/resolve/place/city-quarters.tsv",
      text("quarter"), text("city"), matching("country", "[A-Z]{2}", "a two-letter country code"), example())
      .checkedBy(PlaceExamples::quarter);
  public static final RuleFileSpec NAME_HEADS = file("/org/tally/resolve/place/name-heads.tsv",
      text("word"), example())
      .checkedBy(PlaceExamples::nameHead);
  public static final RuleFileSpec PERSON_APPOSITIONS = file("/org/tally/resolve/place/person-appositions.tsv",
      text("word"), example())
      .checkedBy(PlaceExamples::personApposition);
  public static final RuleFileSpec PLACE_STOPWORDS = file("/org/tally/resolve/place/place-stopwords.tsv",
      text("word"), example().optional())
      .checkedBy(PlaceExamples::stopword)
      .sharedExamples("a stop list: it guards against names the gazetteer may hold, and many are no place in today's");

  // resolve.time: time expressions
  private static final String DAY_BOUND = "(?:[1-9]|[12]\\d|3[01])|end(?:-\\d{1,2})?";
  public static final RuleFileSpec EVENT_REFERENCES = file("/org/tally/resolve/time/event-references.tsv",
      text("phrase"), text("noun"), example())
      .checkedBy(TimeExamples::eventReference);
  public static final RuleFileSpec DAYS_AFTER = file("/org/tally/resolve/time/days-after.tsv",
      text("phrase"), integer("days"), example())
      .checkedBy(TimeExamples::daysAfter);
  public static final RuleFileSpec PLACE_HISTORIES = file("/org/tally/resolve/time/place-histories.tsv",
      text("phrase"), example())
      .checkedBy(TimeExamples::placeHistory);
  public static final RuleFileSpec WAR_STARTS = file("/org/tally/resolve/time/war-starts.tsv",
      matching("country", "[A-Z]{2}", "a two-letter country code"),
      matching("start", "\\d{4}-\\d{2}-\\d{2}", "a date, YYYY-MM-DD"), text("war"), example())
      .checkedBy(TimeExamples::warStart);
  public static final RuleFileSpec WEEKDAYS = file("/org/tally/resolve/time/weekdays.tsv",
      text("name"), integer("day", 1, 7), example())
      .checkedBy(TimeExamples::weekday);
  public static final RuleFileSpec MONTHS = file("/org/tally/resolve/time/months.tsv",
      text("name"), integer("month", 1, 12), example())
      .checkedBy(TimeExamples::month);
  public static final RuleFileSpec RELATIVE = file("/org/tally/resolve/time/relative.tsv",
      text("phrase"), oneOf("unit", "hour", "day", "week", "weekend", "month", "year"), integer("from"), integer("to"),
      example())
      .checkedBy(TimeExamples::relative);
  public static final RuleFileSpec PARTS = file("/org/tally/resolve/time/parts.tsv",
      text("phrase"), matching("first-day", DAY_BOUND, "a day: 1 to 31, end or end-N"),
      matching("last-day", DAY_BOUND, "a day: 1 to 31, end or end-N"), integer("first-month", 1, 12),
      integer("last-month", 1, 12), example())
      .checkedBy(TimeExamples::part);
  public static final RuleFileSpec UNITS = file("/org/tally/resolve/time/units.tsv",
      text("word"), oneOf("unit", "hour", "day", "week", "weekend", "month", "year"), integer("size", 1, 1000), example())
      .checkedBy(TimeExamples::unit);
  public static final RuleFileSpec TIME_WORDS = file("/org/tally/resolve/time/time-words.tsv",
      text("word"), oneOf("role", "range-open", "range-join", "range-continue", "period-end", "since", "year-cue", "lead",
          "filler", "past", "ago", "later", "earlier", "day-part", "before-day", "stretch-of"), example())
      .checkedBy(TimeExamples::word);
  public static final RuleFileSpec ANAPHORA = file("/org/tally/resolve/time/anaphora.tsv",
      text("phrase"), oneOf("refers", "day", "period"), integer("shift", -31, 31), example())
      .checkedBy(TimeExamples::anaphor);

  // link: which claims may be one incident
  public static final RuleFileSpec ACTOR_FAMILIES = file("/org/tally/link/actor-families.tsv",
      matching("actor", ID, ID_WHAT), matching("family", ID, ID_WHAT), example().optional())
      .checkedBy(LinkExamples::actorFamily);
  public static final RuleFileSpec PERPETRATOR_CONFUSIONS = file("/org/tally/link/perpetrator-confusions.tsv",
      matching("family", ID, ID_WHAT), matching("confused_with", ID, ID_WHAT), example().optional())
      .checkedBy(LinkExamples::perpetratorConfusion);
  public static final RuleFileSpec VICTIM_BREADTH = file("/org/tally/link/victim-breadth.tsv",
      oneOf("victims", Victims.class), matching("group", "\\*|[a-z]+", "a group name, or * for any"),
      integer("breadth", 1, 9), flag("whole_toll"), example().optional())
      .checkedBy(LinkExamples::victimBreadth);
  public static final RuleFileSpec REGION_GOVERNORATES = file("/org/tally/link/region-governorates.tsv",
      text("region"), matching("country", "[A-Z]{2}", "a two-letter country code"),
      matching("governorates", "[^,]+(?:,[^,]+)*", "governorates separated by commas"), example().optional())
      .checkedBy(LinkExamples::regionGovernorates);
  public static final RuleFileSpec GOVERNORATE_SEATS = file("/org/tally/link/governorate-seats.tsv",
      text("seat"), text("governorate"), example().optional())
      .checkedBy(LinkExamples::governorateSeat);
  public static final RuleFileSpec GOVERNORATE_AREAS = file("/org/tally/link/governorate-areas.tsv",
      text("governorate"), text("area"), example().optional())
      .checkedBy(LinkExamples::governorateArea);
  public static final RuleFileSpec ATTACK_KINDS = file("/org/tally/link/attack-kinds.tsv",
      text("phrase"), matching("type", ID, ID_WHAT), oneOf("kind", "means", "agent"), example())
      .checkedBy(LinkExamples::attackWord);
  public static final RuleFileSpec ATTACK_TYPE_PAIRS = file("/org/tally/link/attack-type-pairs.tsv",
      matching("type", ID, ID_WHAT), matching("may_be", ID + "(?:," + ID + ")*", "type ids joined by commas"),
      example())
      .checkedBy(LinkExamples::attackTypePair);
  public static final RuleFileSpec ATTACK_HEDGES = file("/org/tally/link/attack-hedges.tsv",
      text("phrase"), example())
      .checkedBy(LinkExamples::attackHedge);
  public static final RuleFileSpec IDENTIFYING_ATTACKS = file("/org/tally/link/identifying-attacks.tsv",
      matching("type", ID, ID_WHAT), example())
      .checkedBy(LinkExamples::identifyingAttack);
  public static final RuleFileSpec TOLL_UPDATE_CUES = file("/org/tally/link/toll-update-cues.tsv",
      text("phrase"), example())
      .checkedBy(LinkExamples::tollUpdateCue);
  public static final RuleFileSpec LANDMARK_WORDS = file("/org/tally/link/landmark-words.tsv",
      text("word"), example())
      .checkedBy(LinkExamples::landmarkWord);
  public static final RuleFileSpec TOWN_NAME_GENERICS = file("/org/tally/link/town-name-generics.tsv",
      text("word"), example())
      .checkedBy(LinkExamples::townNameGeneric);
  public static final RuleFileSpec STATEMENT_DAY_CUES = file("/org/tally/link/statement-day-cues.tsv",
      text("phrase"), example())
      .checkedBy(LinkExamples::statementDayCue);
  public static final RuleFileSpec NIGHT_EDGE_CUES = file("/org/tally/link/night-edge-cues.tsv",
      text("phrase"), oneOf("side", "after", "before"), example())
      .checkedBy(LinkExamples::nightEdgeCue);
  public static final RuleFileSpec EARLIER_FIGURE_CUES = file("/org/tally/event/earlier-figure-cues.tsv",
      text("phrase"), oneOf("kind", "replaced", "provisional"), oneOf("reach", "adjacent", "sentence"), example())
      .checkedBy(EventExamples::earlierFigureCue);
  public static final RuleFileSpec FREEING_VERBS = file("/org/tally/event/freeing-verbs.tsv",
      text("verb"), example())
      .checkedBy(EventExamples::freeingVerb);
  public static final RuleFileSpec CAPTIVE_WORDS = file("/org/tally/event/captive-words.tsv",
      text("word"), example())
      .checkedBy(EventExamples::captiveWord);
  public static final RuleFileSpec ANSWERED_CLAIM_CUES = file("/org/tally/event/answered-claim-cues.tsv",
      text("phrase"), example())
      .checkedBy(EventExamples::answeredClaimCue);
  public static final RuleFileSpec NO_CASUALTY_CUES = file("/org/tally/event/no-casualty-cues.tsv",
      text("phrase"), example())
      .checkedBy(EventExamples::noCasualtyCue);
  public static final RuleFileSpec DEATH_WORDS = file("/org/tally/event/death-words.tsv",
      text("word"), example())
      .checkedBy(EventExamples::deathWord);
  public static final RuleFileSpec OTHER_INCIDENT_WORDS = file("/org/tally/event/other-incident-words.tsv",
      text("word"), example())
      .checkedBy(EventExamples::otherIncidentWord);
  public static final RuleFileSpec CONTRAST_WORDS = file("/org/tally/event/contrast-words.tsv",
      text("word"), example())
      .checkedBy(EventExamples::contrastWord);
  public static final RuleFileSpec FOCUS_HEADINGS = file("/org/tally/event/focus-headings.tsv",
      text("phrase"), example())
      .checkedBy(EventExamples::focusHeading);
  public static final RuleFileSpec LINK_SETTINGS = file("/org/tally/link/link-settings.tsv",
      oneOf("setting", "time_slack_days", "approx_margin_percent", "count_ratio_max", "unplaced_dominance",
          "inferred_reach_days", "longest_attack_days", "stated_slack_days", "near_place_km",
          "longest_operation_days", "longest_dated_days", "country_toll_ratio", "update_reach_days"),
      integer("value", 0, 1000),
      example().optional())
      .unchecked("numbers, not words: each example tells in prose what the margin allows; LinkRulesTest and"
          + " IncidentLinkerTest pin what each setting does");

  // verify: which records a claim may be, and when its figure agrees with them
  public static final RuleFileSpec SIDE_NAMES = file("/org/tally/verify/side-names.tsv",
      text("side"), matching("actors", "none|" + ID + "(?:," + ID + ")*", "actor ids joined by commas, or none"),
      example().optional())
      .unchecked("the examples name the dataset rows a side comes from; SideNamesTest pins what the names do and"
          + " that every actor is in actors.tsv");
  public static final RuleFileSpec VERIFY_SETTINGS = file("/org/tally/verify/verify-settings.tsv",
      oneOf("setting", "time_slack_days", "inferred_reach_days", "max_claim_days", "point_km", "near_point_km",
          "district_km", "agree_percent", "exceeds_percent", "exceeds_margin", "same_event_ratio",
          "contradiction_precision", "named_place_km", "named_exceeds_percent", "documented_deaths",
          "documented_town_deaths", "bearing_km"),
      integer("value", 0, 100000),
      example().optional())
      .unchecked("numbers, not words: each example tells in prose what the setting allows; ClaimGraderTest and"
          + " RecordMatcherTest pin what each setting does");
  public static final RuleFileSpec ONE_ATTACK_WORDS = file("/org/tally/verify/one-attack-words.tsv",
      text("phrase"), oneOf("kind", "one", "many", "determiner"), example())
      .checkedBy(org.tally.verify.VerifyExamples::attackWord);
  public static final RuleFileSpec RECORD_PLACE_WORDS = file("/org/tally/verify/record-place-words.tsv",
      text("word"), oneOf("kind", "place", "district", "subdistrict"), text("record"), example())
      .checkedBy(org.tally.verify.VerifyExamples::recordPlaceWord);

  /** Every declaration above, in order. */
  public static final List<RuleFileSpec> ALL = declared();

  /** The declaration of the file with this name ("harm-cues.tsv"); names are unique across Tally's files. */
  public static RuleFileSpec named(String name) {
    return find(name).orElseThrow(() -> new IllegalArgumentException("no rule file " + name + " is declared in RuleFiles"));
  }

  public static Optional<RuleFileSpec> find(String name) {
    return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  private static List<RuleFileSpec> declared() {
    List<RuleFileSpec> all = new ArrayList<>();
    for (Field field : RuleFiles.class.getDeclaredFields()) {
      if (field.getType() == RuleFileSpec.class && Modifier.isStatic(field.getModifiers())) {
        try {
          all.add((RuleFileSpec) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return List.copyOf(all);
  }
}
