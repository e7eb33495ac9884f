package org.tally.event;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.model.Claim;
import org.tally.model.ClaimSection;
import org.tally.model.ClaimPlace;
import org.tally.model.ClaimTime;
import org.tally.model.Harm;
import org.tally.model.Scope;
import org.tally.model.Victims;
import org.tally.model.Span;
import org.tally.model.Document;
import org.tally.model.Section;
import org.tally.model.SectionKind;
import org.tally.extract.count.CountMention;
import org.tally.extract.count.CountParser;
import org.tally.model.Layout;
import org.tally.model.PlacePrecision;
import org.tally.resolve.place.PlaceContext;
import org.tally.resolve.place.PlaceMention;
import org.tally.resolve.place.PlaceReading;
import org.tally.extract.token.DocumentTokens;
import org.tally.resolve.place.PlaceResolver;
import org.tally.resolve.time.SaidDays;
import org.tally.resolve.time.TimeMention;

/**
 * Picks an article's main incident from its claims: the headline's incident claim, else the first incident
 * claim of the body (its deaths, when the next sentence or two count them after a lead that counts the wounded).
 * Aggregate and cumulative figures ("19 murders in the camp since January") are the
 * background, not the incident. The toll adds the disjoint victim groups of the lead sentence (civilians and
 * soldiers) and leaves out groups counted inside another ("including five children").
 */
public final class MainIncidentFinder {
  private static final Set<Victims> INSIDE_OTHERS = EnumSet.of(Victims.CHILDREN, Victims.WOMEN);
  // longer spans are a period, not the incident's day
  private static final long MAX_INCIDENT_DAYS = 3;
  // how far after a lead that counts only the wounded its dead may still be told: about two sentences
  private static final int LEAD_REACH = 400;

  private final PlaceResolver places;
  private final CountParser counts;

  private final Set<String> calendar;
  // the vague words of quantifiers.tsv ("dozens", "scores of", "several"): a count said loosely, not a figure
  private final Set<String> vague;
  // "country admin1" of a city that is a governorate of its own to the governorate around it (surroundings.tsv)
  private final java.util.Map<String, String> surroundings;
  // "a monitor said on Friday": a day on which something was said, not the harm's (statement-day-cues.tsv)
  private final SaidDays said;
  private final NoCasualtyCues noCasualties;
  // words of a sentence that tells of another incident than the lead's (other-incident-words.tsv): its town is not the
  // lead's
  private final Set<String> otherIncident;
  // "lost seven members ... while four ISIS members were killed": two sides' dead (contrast-words.tsv)
  private final ContrastedDead contrast;
  // "Incident in focus", "Highlighted incident:": the heading of a periodic report's main incident (focus-headings.tsv)
  private final FocusHeadings focus;

  private MainIncidentFinder(PlaceResolver places, CountParser counts, Set<String> calendar, Set<String> vague,
      java.util.Map<String, String> surroundings, SaidDays said, NoCasualtyCues noCasualties,
      Set<String> otherIncident, ContrastedDead contrast, FocusHeadings focus) {
    this.places = places;
    this.counts = counts;
    this.calendar = calendar;
    this.vague = vague;
    this.surroundings = surroundings;
    this.said = said;
    this.noCasualties = noCasualties;
    this.otherIncident = otherIncident;
    this.contrast = contrast;
    this.focus = focus;
  }

  /** The finder over these lexicons' gazetteer and count words, built once per lexicons. */
  public static MainIncidentFinder from(Lexicons rules) {
    return rules.built(MainIncidentFinder.class, r -> new MainIncidentFinder(PlaceResolver.from(r), CountParser.from(r),
        r.file(RuleFiles.CALENDAR_WORDS).rows().stream().map(row -> row.get("word").toLowerCase(Locale.ROOT))
            .collect(java.util.stream.Collectors.toUnmodifiableSet()),
        r.file(RuleFiles.QUANTIFIERS).rows().stream().filter(row -> "vague".equals(row.get("form")))
            .map(row -> row.get("phrase").toLowerCase(Locale.ROOT))
            .collect(java.util.stream.Collectors.toUnmodifiableSet()),
        r.file(RuleFiles.SURROUNDINGS).rows().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
            row -> row.get("country") + " " + row.get("admin1"), row -> row.get("surrounding"), (a, b) -> a)),
        SaidDays.from(r), NoCasualtyCues.from(r),
        r.file(RuleFiles.OTHER_INCIDENT_WORDS).rows().stream().map(row -> row.get("word").toLowerCase(Locale.ROOT))
            .collect(java.util.stream.Collectors.toUnmodifiableSet()),
        ContrastedDead.from(r), FocusHeadings.from(r)));
  }

  /** The main incident of a document, falling back to the governorate (else country) the document is about. */
  public MainIncident find(Document doc, Layout layout, LocalDate documentDate, List<Claim> claims) {
    return find(doc, layout, documentDate, claims, places.context(doc.text(), layout));
  }

  /** As {@link #find(Document, Layout, LocalDate, List)}, with the place focus resolution already worked out. */
  public MainIncident find(Document doc, Layout layout, LocalDate documentDate, List<Claim> claims,
      PlaceContext context) {
    return find(doc, layout, documentDate, claims, context, null);
  }

  /**
   * As {@link #find(Document, Layout, LocalDate, List, PlaceContext)}, over the gazetteer's reading of the document
   * that resolution made (null: read the document again where a lead's place must be sought after it).
   */
  public MainIncident find(Document doc, Layout layout, LocalDate documentDate, List<Claim> claims,
      PlaceContext context, PlaceReading reading) {
    return find(doc, layout, documentDate, claims, context, reading, List.of());
  }

  /**
   * As {@link #find(Document, Layout, LocalDate, List, PlaceContext, PlaceReading)}, with the document's time
   * expressions that resolution found, in text order (empty: the days told around the lead are not read).
   */
  public MainIncident find(Document doc, Layout layout, LocalDate documentDate, List<Claim> claims,
      PlaceContext context, PlaceReading reading, List<TimeMention> times) {
    // the one governorate the headline names says where the article's event is better than the one named most
    String admin1 = context.headlineAdmin1() != null ? context.headlineAdmin1() : context.focusAdmin1();
    ClaimPlace focus = admin1 == null && context.country() == null ? null
        : new ClaimPlace(null, admin1, admin1, context.country(), null, null,
            admin1 == null ? PlacePrecision.COUNTRY : PlacePrecision.GOVERNORATE, null);
    DocumentTokens tokens = reading != null ? reading.tokens() : DocumentTokens.of(doc.text());
    ClaimPlace headline = context.headlineAdmin1() == null ? null : context.headlineTown() == null ? focus
        : new ClaimPlace(null, context.headlineTown(), focus.admin1(), focus.country(), null, null, PlacePrecision.POINT,
            null);
    String around = headline == null ? null : surroundings.getOrDefault(headline.country() + " " + headline.admin1(),
        cityWithin(headline));
    Set<String> headlineTown = headline == null || context.headlineTown() == null ? Set.of()
        : headlineTownWords(reading != null ? reading : places.read(tokens), layout, context);
    MainIncident incident = find(doc.text(),
        headlined(tokens, layout, withoutPeriodHeadline(withoutNested(doc.text(),
            this.focus.chosenAmong(doc.text(), claims)))), focus,
        documentDate, headline, around, vague,
        lead -> placeAfter(reading != null ? reading : places.read(tokens), lead, context),
        (lead, at) -> townWithin(reading != null ? reading : places.read(tokens), lead, at, context),
        new Days(said, times), headlineTown, contrast);
    return aroundTheCity(incident.hasToll() ? noCasualties.unhurtLead(tokens, claims, incident)
        : noCasualties.noneKilled(tokens, layout, claims, incident),
        context);
  }

  /**
   * "Israeli strikes on positions south of Damascus" over "a building in the Kafr Sousa neighbourhood": a headline placed
   * in the governorate around a city that is a governorate of its own (surroundings.tsv) takes in the city's claims too;
   * the city whose surrounding governorate the headline's is, or null.
   */
  private String cityWithin(ClaimPlace headline) {
    String prefix = headline.country() + " ";
    return surroundings.entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix) && e.getValue().equals(headline.admin1()))
        .map(e -> e.getKey().substring(prefix.length())).findFirst().orElse(null);
  }

  // how many sentences after a lead that names only the country may still say where it happened
  private static final int PLACE_SENTENCES = 2;

  /**
   * The first place within a governorate named in the {@value #PLACE_SENTENCES} sentences after the lead's (and at
   * most {@value #LEAD_REACH} characters on); null when they name none.
   */
  private ClaimPlace placeAfter(PlaceReading reading, Span lead, PlaceContext context) {
    String text = reading.tokens().text();
    // "More than 100 terrorists killed in army operations across the country": a lead spread over many places is
    // placed by none of those the next sentences name
    if (places.spreads(reading, lead)) {
      return null;
    }
    for (Span sentence : sentencesAfter(text, lead)) {
      // read as a claim at the sentence's start would be: where its harm happened, origins and destinations set aside
      Span opening = new Span(sentence.start(), sentence.start() + 1);
      Optional<PlaceMention> at = places.forClaim(reading, sentence, opening, context)
          .filter(m -> m.place().admin1() != null && m.place().country() != null);
      if (at.isPresent()) {
        PlaceMention m = at.get();
        return new ClaimPlace(m.span().text(text), m.place().name(), m.place().admin1(), m.place().country(), null,
            null, m.place().precision(), m.span());
      }
    }
    return null;
  }

  /**
   * The {@value #PLACE_SENTENCES} sentences after the lead, within {@value #LEAD_REACH} characters of its end and
   * without their leading whitespace: those that may tell where the lead happened.
   */
  private static List<Span> sentencesAfter(String text, Span lead) {
    int reach = Math.min(text.length(), lead.end() + LEAD_REACH);
    List<Span> out = new ArrayList<>(PLACE_SENTENCES);
    int start = lead.end();
    for (int i = 0; i < PLACE_SENTENCES && start < reach; i++) {
      int stop = text.indexOf(". ", start);
      int end = stop < 0 || stop + 2 > reach ? reach : stop + 1;
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      if (start < end) {
        out.add(new Span(start, end));
      }
      start = end;
    }
    return out;
  }


  /**
   * "An air strike killed 18 civilians in Idlib province on Saturday. The monitor updated its toll for the strike on
   * Urum al-Joz": a lead placed only at its governorate, a region or district of it, or near its seat ("near the capital
   * Damascus"), is placed at the first town of that governorate its own sentence or the {@value #PLACE_SENTENCES}
   * sentences after it name (within {@value #LEAD_REACH} characters), up to a sentence that tells of another incident;
   * null when there is none, or the lead spreads over many places.
   */
  private ClaimPlace townWithin(PlaceReading reading, Span lead, ClaimPlace at, PlaceContext context) {
    if (at.admin1() == null || at.country() == null || !coarse(at) || places.spreads(reading, lead)) {
      return null;
    }
    String text = reading.tokens().text();
    List<Span> sentences = new ArrayList<>(PLACE_SENTENCES + 1);
    sentences.add(lead);
    sentences.addAll(sentencesAfter(text, lead));
    for (Span sentence : sentences) {
      if (sentence != lead && tellsAnother(text, sentence)) {
        return null;
      }
      Optional<PlaceMention> town = places.townIn(reading, sentence, context, at.admin1());
      if (town.isPresent()) {
        PlaceMention m = town.get();
        return new ClaimPlace(m.span().text(text), m.place().name(), m.place().admin1(), m.place().country(),
            m.place().lat(), m.place().lon(), m.place().precision(), m.span());
      }
    }
    return null;
  }

  /** A governorate, a region or district of one, or a place near the city a governorate is named after. */
  private boolean coarse(ClaimPlace at) {
    PlacePrecision precision = at.precision();
    if (precision == null || precision == PlacePrecision.GOVERNORATE) {
      return true;
    }
    if (precision == PlacePrecision.REGION || precision == PlacePrecision.DISTRICT) {
      // "rural Aleppo" is any of the governorate's towns; "the al-Rastan region" or "Eastern Ghouta" is already where
      return PlaceResolver.namesItsGovernorate(at.name(), at.admin1());
    }
    return precision == PlacePrecision.NEAR_POINT && at.name() != null
        && (PlaceResolver.namedAsItsGovernorate(at.name(), at.admin1())
            || at.admin1().equals(surroundings.get(at.country() + " " + at.name())));
  }

  private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]+");

  private boolean tellsAnother(String text, Span sentence) {
    for (String word : NOT_LETTERS.split(text.substring(sentence.start(), sentence.end()).toLowerCase(java.util.Locale.ROOT))) {
      if (otherIncident.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Syrian Army Kills 40 Nusra Members in Damascus Ambush" over a body that tells of Rahibeh "in rural Damascus" and
   * "the Damascus countryside": headlines name a capital for the land around it. Where the incident is placed at the
   * bare name of a city that is a governorate of its own and the article names the governorate around the city more
   * often than the city's own, the incident is in the governorate around it. A place inside the city (a quarter, "central
   * Damascus") keeps it there.
   */
  private MainIncident aroundTheCity(MainIncident incident, PlaceContext context) {
    ClaimPlace at = incident.location();
    if (at == null || at.admin1() == null || at.country() == null || !at.admin1().equals(at.name())) {
      return incident;
    }
    String around = surroundings.get(at.country() + " " + at.admin1());
    if (around == null
        || context.admin1Counts().getOrDefault(around, 0) <= context.admin1Counts().getOrDefault(at.admin1(), 0)) {
      return incident;
    }
    ClaimPlace surrounding = new ClaimPlace(at.text(), around, around, at.country(), null, null,
        PlacePrecision.GOVERNORATE, at.span());
    return new MainIncident(surrounding, incident.date(), incident.killedMin(), incident.killedMax(), incident.evidence(),
        incident.leadCount());
  }

  // words that put a count inside the one before it: "has risen to 27, including nine civilians"
  private static final List<String> NESTING = List.of("including", "among them", "of whom", "among whom");

  /**
   * "The death toll of the clashes has risen to 27, including nine civilians": a count of the dead nested in an earlier
   * count of the dead of its sentence is part of it, whatever victims each names, so it never adds to the toll; so are
   * the dead a colon lists after such a count (ColonLists).
   */
  private static List<Claim> withoutNested(String text, List<Claim> claims) {
    return claims.stream().filter(c -> !(c.harm() == Harm.KILLED && (nested(text, c) && claims.stream().anyMatch(
        o -> o != c && o.harm() == Harm.KILLED && o.evidence().equals(c.evidence())
            && o.count().span().end() <= c.count().span().start())
        || ColonLists.listedAfterColon(text, c, claims)))).toList();
  }

  private static boolean nested(String text, Claim claim) {
    int at = claim.count().span().start();
    String before = text.substring(Math.max(claim.evidence().start(), at - 16), at).strip()
        .toLowerCase(java.util.Locale.ROOT);
    return NESTING.stream().anyMatch(before::endsWith) || partAfterComma(text, claim, before);
  }

  // "killing four fighters of the militias, two of them Syrians": a count between a comma and "of them" is a part of
  // the count before it (issue 11, wars22: seventeenth-report-13 gave 2)
  private static final java.util.regex.Pattern OF_THEM = java.util.regex.Pattern.compile("^\\s+of\\s+(them|whom)\\b");

  private static boolean partAfterComma(String text, Claim claim, String before) {
    int end = claim.count().span().end();
    return before.endsWith(",")
        && OF_THEM.matcher(text.substring(end, Math.min(claim.evidence().end(), end + 12))).find();
  }

  /**
   * The headline's count merged into a body sentence ("58 Killed in Gas Attack" restated as "at least 58 people
   * were killed"): that claim is the one the article leads with, so it goes first.
   */
  private List<Claim> headlined(DocumentTokens tokens, Layout layout, List<Claim> claims) {
    String text = tokens.text();
    if (claims.stream().anyMatch(c -> c.section() == ClaimSection.TITLE)) {
      return claims;
    }
    List<Integer> figures = new ArrayList<>();
    for (Section title : layout.of(SectionKind.TITLE)) {
      for (CountMention mention : counts.find(tokens, title.span())) {
        if (!dated(text, mention)) {
          figures.add(mention.count().representative());
        }
      }
    }
    Optional<Claim> lead = claims.stream().filter(c -> c.scope() == Scope.INCIDENT && figures.contains(c.count().representative()))
        .findFirst()
        .or(() -> claims.stream().filter(c -> c.harm() == Harm.KILLED && untimedTotal(c)
            && figures.contains(c.count().representative()) && aloneInItsSentence(claims, c)).findFirst());
    if (lead.isEmpty()) {
      return claims;
    }
    List<Claim> ordered = new ArrayList<>(claims);
    ordered.remove(lead.get());
    Claim c = lead.get();
    // the headline tells it as the article's event, whatever tense the body tells it in
    ordered.add(0, new Claim(c.doc(), c.harm(), c.victims(), c.count(), c.countText(), c.perpetrator(), c.claimant(),
        c.location(), c.when(), Scope.INCIDENT, c.stance(), c.attacks(), ClaimSection.TITLE, c.evidence()));
    return ordered;
  }

  /**
   * "Weekly digest: 5-11 September 2022", "Daily report, 14 January": a number next to a month's name is a date, not the
   * figure of the article's incident.
   */
  private boolean dated(String text, CountMention mention) {
    Matcher after = WORD.matcher(text).region(mention.count().span().end(), text.length());
    if (after.lookingAt() && calendar.contains(after.group(1).toLowerCase(Locale.ROOT))) {
      return true;
    }
    int start = mention.count().span().start();
    Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, start - 16), start));
    return before.find() && calendar.contains(before.group(1).toLowerCase(Locale.ROOT));
  }

  private static final Pattern WORD = Pattern.compile("\\s*([\\p{L}]+)");
  private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}]+)\\s*$");

  /**
   * "Daesh terrorists kill 33 men" over "the group has killed 33 young men in eastern Syria": a present perfect with no
   * stated time reads as a total, but where the headline gives the same figure it is the incident the article reports.
   * A total whose time the text states ("since January") never is.
   */
  /** No other count of the dead in the claim's sentence: "some 50 civilians ... some 865 people killed" is a report's. */
  private static boolean aloneInItsSentence(List<Claim> claims, Claim c) {
    return claims.stream().noneMatch(o -> o != c && o.harm() == Harm.KILLED && o.evidence().equals(c.evidence())
        && o.count().representative() != c.count().representative());
  }

  private static boolean untimedTotal(Claim c) {
    return c.scope() != Scope.INCIDENT && c.section() == ClaimSection.BODY && (c.when() == null || c.when().text() == null);
  }

  /**
   * @param fallbackPlace where the document as a whole is focused, used when the incident's sentence names no place
   * @param documentDate the publication date, used when the incident's sentence gives no time
   */
  public static MainIncident find(List<Claim> claims, ClaimPlace fallbackPlace, LocalDate documentDate) {
    return find(null, claims, fallbackPlace, documentDate, null, null, Set.of(), lead -> null, (lead, at) -> null,
        Days.NONE, Set.of(), null);
  }

  /**
   * What tells the incident's day beside its claims: which stated days are a statement's, and the document's time
   * expressions in text order, where the days told around the lead are sought.
   */
  record Days(SaidDays said, List<TimeMention> times) {
    static final Days NONE = new Days(null, List.of());

    boolean saidOn(String text, ClaimTime when) {
      return said != null && text != null && when.span() != null && said.saidOn(text, when.span());
    }
  }

  /**
   * As {@link #find(List, ClaimPlace, LocalDate)}, reading the claims' sentences in {@code text} where given, for an
   * article whose headline places its event in the governorate of {@code headline} (null: in no one governorate): a
   * body claim placed in another governorate of that country is not its lead, unless it is {@code around}, the
   * governorate around the headline's city (null: none).
   */
  static MainIncident find(String text, List<Claim> claims, ClaimPlace fallbackPlace, LocalDate documentDate,
      ClaimPlace headline, String around, Set<String> vague, java.util.function.Function<Span, ClaimPlace> placeAfter,
      java.util.function.BiFunction<Span, ClaimPlace, ClaimPlace> townWithin, Days days, Set<String> headlineTown,
      ContrastedDead contrast) {
    List<Claim> own = inHeadlinePlace(text, claims.stream().filter(c -> c.section().isOwnText()).toList(), headline,
        around, headlineTown);
    // "killing seven civilians three days after rocket shelling killed three": the three are background
    Optional<Claim> leadAsTold = lead(text, EarlierAttackCounts.without(text, own), documentDate)
        .or(() -> shortPeriod(own));
    Optional<Claim> lead = leadAsTold.map(l -> corrected(text, own, l));
    // a figure withdrawn in the sentence that corrects it is none of the toll
    Claim withdrawn = leadAsTold.isPresent() && leadAsTold.get() != lead.get() ? leadAsTold.get() : null;
    if (lead.isEmpty()) {
      // the dead told only in a list ("Villagers gave the names of those killed:")
      Integer listed = ListedDead.within(text, 0, text == null ? 0 : text.length()).map(ListedDead.Listed::dead)
          .orElse(null);
      return new MainIncident(fallbackPlace, documentDate, listed, listed, null, null);
    }
    // "19 were killed near the capital, hours after a gas attack left dozens dead in Khan Sheikhun": a count the
    // sentence places elsewhere belongs to another incident; so does one at another town ("two civilians were killed
    // in Daraa city and three soldiers near Busra al-Harir")
    // "Four of the workers die ... and a fifth dies": the ordinal's one more person is added after the sentence's toll
    List<Claim> sentence = EarlierAttackCounts.without(text, OrdinalDead.without(text, own.stream()
        .filter(c -> c != withdrawn && c.evidence().equals(lead.get().evidence())
            && samePlace(c.location(), lead.get().location())
            && !otherTown(c.location(), lead.get().location()))
        .toList()));
    // the headline rarely says where and when: the body's first incident claim of the same harm does
    List<Claim> told = new ArrayList<>(sentence);
    firstBodyIncident(own).ifPresent(told::add);
    ClaimPlace place = told.stream().map(Claim::location).filter(p -> p != null && (p.admin1() != null || p.country() != null))
        .min(Comparator.comparing(p -> p.admin1() == null ? 1 : 0)).orElse(null);
    if ((place == null || place.admin1() == null) && lead.get().scope() == Scope.INCIDENT) {
      // "A car bomb on buses carrying Syrians killed 43" then "... at a transit point west of Aleppo": a lead that
      // names only the country is placed by the next sentences, before the governorate the article names most; a
      // campaign's or a period's total is not placed by the one town a later sentence names
      ClaimPlace next = placeAfter.apply(lead.get().evidence());
      if (next != null && (place == null || sameCountry(place, next))) {
        place = next;
      }
    }
    if (place == null) {
      place = fallbackPlace;
    }
    if (place != null && place.admin1() == null && fallbackPlace != null && fallbackPlace.admin1() != null
        && sameCountry(place, fallbackPlace)) {
      place = fallbackPlace;
    }
    if (place != null && lead.get().scope() == Scope.INCIDENT) {
      // "killed 18 in Idlib province", then "the strike on Urum al-Joz": where in the governorate
      ClaimPlace town = townWithin.apply(lead.get().evidence(), place);
      place = town != null ? town : place;
    }
    LocalDate date = day(text, own, lead.get(), told, documentDate, days);
    Optional<List<List<Claim>>> sides = contrast == null ? Optional.empty() : contrast.sides(text, sentence);
    Integer[] toll = VillageClauses.apart(text, sentence) ? sum(sentence)
        : kinsfolk(text, sentence) || CoordinatedDead.joined(text, sentence)
        ? sum(NestedCounts.outermost(sentence))
        : sides.isPresent() ? added(toll(sides.get().get(0), vague), toll(sides.get().get(1), vague))
        : toll(sentence, vague);
    Optional<Integer[]> total = SentenceTotal.of(text, sentence);
    toll = total.orElse(toll);
    // "11 people died at the scene and two more in hospital": the more are added to the rest of the sentence's dead
    List<Claim> more = MoreDead.told(text, sentence);
    if (!more.isEmpty() && total.isEmpty()) {
      Integer[] rest = toll(sentence.stream().filter(c -> !more.contains(c)).toList(), vague);
      toll = rest == null || rest[0] == null ? toll : added(rest, sum(more));
    }
    if (toll != null && sentence.stream().filter(c -> c.harm() == Harm.KILLED)
        .allMatch(c -> INSIDE_OTHERS.contains(c.victims()))) {
      toll = toldWhole(text, own, lead.get(), documentDate, vague).orElse(toll);
    }
    if (toll != null && toll[0] != null) {
      toll = withMore(text, own, lead.get(), documentDate, vague, toll);
      toll = acrossVillages(text, own, lead.get(), documentDate, toll);
      Claim leading = lead.get();
      toll = OrdinalDead.added(text, own, leading, toll, LEAD_REACH,
          c -> placedAsTheLead(c.location(), leading.location()) || placedByTheLead(c.location(), leading));
    }
    Optional<Claim> risen = risen(text, own, lead.get());
    // a rise only: a lower "risen to" figure is another source's count or a part of the dead ("the number of rebels
    // killed has risen to 39" under "more than 50 killed"); a toll "later revised to 15" replaces it either way
    if (risen.isPresent() && (toll == null || toll[0] == null || risen.get().count().min() > toll[0]
        || TollRevisions.revises(text, risen.get()))) {
      toll = new Integer[] {risen.get().count().min(), risen.get().count().max()};
    }
    if (toll == null) {
      // "20 people injured in shelling": the deaths of the same incident come in the first sentence that counts them
      toll = own.stream().filter(c -> c.harm() == Harm.KILLED && c.scope() == Scope.INCIDENT
              && sameTime(lead.get(), c, documentDate)).findFirst()
          .map(first -> toll(own.stream().filter(c -> c.evidence().equals(first.evidence())).toList(), vague)).orElse(null);
    }
    if (toll == null) {
      toll = shortPeriod(own)
          .map(first -> toll(own.stream().filter(c -> c.evidence().equals(first.evidence())).toList(), vague)).orElse(null);
    }
    // "killed residents in several quarters ... The office gave the dead by quarter:" and the quarters' figures: the
    // dead a list gives after a lead that gives no figure (within the lead's reach), or whose lead is one of its rows
    Optional<ListedDead.Listed> listed = ListedDead.within(text, 0, lead.get().evidence().end() + LEAD_REACH);
    if (listed.isPresent() && (toll == null || toll[0] == null || !ListedDead.figured(lead.get().countText())
        || listed.get().holds(lead.get().evidence().start()))) {
      toll = new Integer[] {listed.get().dead(), listed.get().dead()};
    }
    return new MainIncident(place, date, toll == null ? null : toll[0], toll == null ? null : toll[1],
        lead.get().evidence(), lead.get().count().span());
  }

  /**
   * "An earlier version of this report said five people were killed. The Civil Defence has confirmed that four civilians
   * died": a lead figure its sentence gives as an earlier, withdrawn one gives way to the next count of the dead after
   * it (within {@value #LEAD_REACH} characters), the report's own.
   */
  // "Initial reports said three people were killed; SOHR later confirmed that two ... died": the correction told in the
  // withdrawn figure's own sentence, after it
  private static final Pattern CORRECTING = Pattern.compile(
      "[;,]\\s+(but\\s+)?[^;]*\\b(later|since)\\s+(confirmed|corrected|revised|said|established)\\b",
      Pattern.CASE_INSENSITIVE);

  private static Claim corrected(String text, List<Claim> own, Claim lead) {
    if (text == null || lead.harm() != Harm.KILLED) {
      return lead;
    }
    if (!EarlierFigures.bundled().earlier(text.substring(lead.evidence().start(), lead.count().span().start()))) {
      // "spoke of four soldiers killed; the toll was later revised to nine": revised in the lead's own sentence
      return own.stream().filter(c -> c.harm() == Harm.KILLED && TollRevisions.revisedInSentence(text, lead, c))
          .findFirst().orElse(lead);
    }
    return own.stream().filter(c -> c.harm() == Harm.KILLED && (c.evidence().start() >= lead.evidence().end()
            && c.evidence().start() <= lead.evidence().end() + LEAD_REACH
            && !EarlierFigures.bundled().earlier(text.substring(c.evidence().start(), c.count().span().start()))
            || c.evidence().equals(lead.evidence()) && c.count().span().start() > lead.count().span().end()
            && CORRECTING.matcher(text.substring(lead.count().span().end(), c.count().span().start())).find()))
        .findFirst().orElse(lead);
  }

  /**
   * "killing four people, according to initial reports" then "Update: the toll has risen to six dead": the last later
   * count of the lead's dead that says it corrects or raises the figure (ReleaseTotal's reading) is the incident's toll,
   * where it lies at the lead's place and is higher than the lead's toll.
   */
  private static Optional<Claim> risen(String text, List<Claim> own, Claim lead) {
    if (text == null || lead.harm() != Harm.KILLED) {
      return Optional.empty();
    }
    Claim last = null;
    for (Claim c : own) {
      if (c.harm() == Harm.KILLED && c.scope() == Scope.INCIDENT && c.evidence().start() > lead.evidence().start()
          && c.count().min() != null && samePlace(c.location(), lead.location())
          && !otherTown(c.location(), lead.location()) && ReleaseTotal.updates(text, c)
          // "the toll had risen to 30 as four of the wounded died": the sentence's first updated figure is its toll
          && (last == null || !last.evidence().equals(c.evidence()))) {
        last = c;
      }
    }
    return Optional.ofNullable(last);
  }

  // "killing two more fighters": a count that adds to the dead told before it ("another 27 people were killed in ..."
  // tells of other places as often as of the same attack, in the dev articles)
  private static final Pattern MORE_AFTER = Pattern.compile("^\\s+(more|additional)\\b", Pattern.CASE_INSENSITIVE);
  // "A civilian, a shop owner, was also killed by a stray bullet", "the driver was also killed", "The car's driver, a
  // civilian, was killed as well": one more person dead, told by "also" or "as well" ("another 120 soldiers were also
  // killed", "more than a dozen people were also killed in a besieged neighbourhood" tell of other fronts and places
  // as often as of the same attack)
  private static final Pattern ALSO_AFTER = Pattern.compile("^[^.;]{0,60}?\\b(was|were)\\s+(also\\s+(killed|shot dead"
      + "|found dead)\\b|(killed|shot dead)\\s+as\\s+well\\b)", Pattern.CASE_INSENSITIVE);
  // "Two officers who were travelling with them were also killed in the attack": any number more, where "the attack"
  // points back at the lead's own ("the passenger, likely an accomplice, also died in the blast" is an attacker dead)
  private static final Pattern ALSO_IN_THE_ATTACK = Pattern.compile("^[^.;]{0,60}?\\b(was|were)\\s+also\\s+killed"
      + "\\s+in\\s+the\\s+(same\\s+)?(attack|strike|ambush|bombing|blast|explosion|shelling|raid)\\b",
      Pattern.CASE_INSENSITIVE);
  // "in a separate attack, two more soldiers were killed", "two more civilians were killed in a rocket attack on the
  // town of ...": more dead of another incident, one the sentence introduces
  private static final Pattern SEPARATE = Pattern.compile("\\b(separate|separately|elsewhere|earlier|later|another attack)\\b"
      + "|\\bin an?\\s+([\\w-]+\\s+){0,2}(attack|strike|raid|bombing|explosion|blast|ambush)\\b", Pattern.CASE_INSENSITIVE);

  /**
   * "Three PMF fighters were killed. When villagers rushed to help, the militants detonated a roadside bomb, killing two
   * more fighters and a civilian": a sentence after the lead's (within {@value #LEAD_REACH} characters) that counts
   * more dead ("two more") of the same time, placed nowhere or at the lead's own place, adds its toll to the lead's,
   * unless it tells of a separate attack.
   */
  private static Integer[] withMore(String text, List<Claim> own, Claim lead, LocalDate documentDate,
      Set<String> vague, Integer[] toll) {
    if (text == null) {
      return toll;
    }
    int reach = lead.evidence().end() + LEAD_REACH;
    Optional<Claim> more = own.stream().filter(c -> c.harm() == Harm.KILLED && c.scope() == Scope.INCIDENT
            && c.evidence().start() >= lead.evidence().end() && c.evidence().start() <= reach
            && sameTime(lead, c, documentDate)
            && (placedAsTheLead(c.location(), lead.location()) || placedByTheLead(c.location(), lead))
            && (MORE_AFTER.matcher(text.substring(c.count().span().end(), c.evidence().end())).find()
                || c.count().isExactly(1)
                && ALSO_AFTER.matcher(text.substring(c.count().span().end(), c.evidence().end())).find()
                || ALSO_IN_THE_ATTACK.matcher(text.substring(c.count().span().end(), c.evidence().end())).find())
            && !SEPARATE.matcher(text.substring(c.evidence().start(), c.evidence().end())).find())
        .findFirst();
    if (more.isEmpty()) {
      return toll;
    }
    Integer[] added = toll(own.stream().filter(c -> c.evidence().equals(more.get().evidence())).toList(), vague);
    if (added == null || added[0] == null || headlineCountsThem(own, lead, more.get(), toll, added)) {
      return toll;
    }
    return added(toll, added);
  }

  /**
   * "Clashes ... leave seven dead" over "left six fighters dead ... A civilian was also killed": a headline's toll that
   * is the body's first count of the dead and the one more together already counts them.
   */
  private static boolean headlineCountsThem(List<Claim> own, Claim lead, Claim more, Integer[] toll, Integer[] added) {
    return lead.section() == ClaimSection.TITLE && toll[0] != null && own.stream()
        .filter(c -> c.section() == ClaimSection.BODY && c.scope() == Scope.INCIDENT && c.harm() == Harm.KILLED
            && c.evidence().start() < more.evidence().start())
        .findFirst().map(c -> c.count().min() != null && c.count().min() + added[0] == toll[0]).orElse(false);
  }

  // "Regime forces shelled the villages of Ibleen, Balyun and Fatira", "shelled villages in the Tal Tamr countryside":
  // one attack on several villages, whose dead the next sentences tell village by village
  private static final Pattern VILLAGES = Pattern.compile("\\b(shelled|attacked|struck|hit|targeted|bombarded|bombed"
      + "|raided|stormed|pounded)\\s+(the\\s+)?([\\w-]+\\s+){0,2}?(villages|towns|hamlets)\\b", Pattern.CASE_INSENSITIVE);

  // "The shelling came a day after Turkish air strikes that killed 31 people": dead of an attack days apart
  private static final Pattern DAYS_APART = Pattern.compile(
      "\\b(day|days|week|weeks|hours)\\s+(after|before|earlier)\\b", Pattern.CASE_INSENSITIVE);

  /**
   * "Armed men attacked the villages of Koutougou, Tin-Agadel and Dambam. Seven people were killed in Koutougou and
   * four in Tin-Agadel": where a sentence before the lead's (within {@value #LEAD_REACH} characters) tells of one
   * attack on several villages, the dead the lead's and the next sentences count (within {@value #LEAD_REACH}
   * characters, of the same time, no separate attack) are each of their own village, so they add up; children and
   * women beside civilians or people of their sentence stay inside them. The larger of that and the toll as told.
   */
  private static Integer[] acrossVillages(String text, List<Claim> own, Claim lead, LocalDate documentDate,
      Integer[] toll) {
    // a sentence before the lead's: one that counts the dead itself ("bombed the towns of ..., killing at least 21
    // civilians") holds its attack's toll, and a later count is of another neighbourhood's strikes
    if (text == null || lead.harm() != Harm.KILLED || lead.scope() != Scope.INCIDENT
        || !VILLAGES.matcher(text.substring(Math.max(0, lead.evidence().start() - LEAD_REACH), lead.evidence().start()))
            .find()) {
      return toll;
    }
    int reach = lead.evidence().end() + LEAD_REACH;
    List<Claim> dead = withoutNested(text, own.stream().filter(c -> c.harm() == Harm.KILLED
        && c.scope() == Scope.INCIDENT && c.section() == lead.section()
        && c.evidence().start() >= lead.evidence().start() && c.evidence().start() <= reach
        && sameTime(lead, c, documentDate)
        && !SEPARATE.matcher(text.substring(c.evidence().start(), c.evidence().end())).find()
        && !DAYS_APART.matcher(text.substring(c.evidence().start(), c.evidence().end())).find()).toList());
    List<Claim> counted = new ArrayList<>();
    for (Span sentence : dead.stream().map(Claim::evidence).distinct().toList()) {
      List<Claim> told = dead.stream().filter(c -> c.evidence().equals(sentence)).toList();
      // "Four civilians were killed in Qarmogh, two in Zor Maghar and one in Bouban, bringing the day's toll to seven"
      Optional<Claim> total = SentenceTotal.claim(text, told);
      if (total.isPresent()) {
        counted.add(total.get());
        continue;
      }
      boolean whole = told.stream().anyMatch(c -> c.victims() == Victims.CIVILIANS || c.victims() == Victims.PEOPLE);
      counted.addAll(VillageClauses.apart(text, told) ? told : kinsfolk(text, told) ? NestedCounts.outermost(told)
          : told.stream().filter(c -> !(whole && INSIDE_OTHERS.contains(c.victims()))).toList());
    }
    Integer[] all = sum(counted);
    return all[0] != null && all[0] > toll[0] ? all : toll;
  }

  /** Placed by words of the lead's own sentence ("in the eastern Homs desert"), told again for the next one. */
  private static boolean placedByTheLead(ClaimPlace place, Claim lead) {
    return place != null && place.span() != null && lead.evidence().contains(place.span());
  }

  /** Placed nowhere of its own, or at the very place of the lead ("Two more civilians were killed in Bayanoun" is not). */
  private static boolean placedAsTheLead(ClaimPlace place, ClaimPlace lead) {
    return place == null || place.name() == null
        || lead != null && place.name().equals(lead.name()) && java.util.Objects.equals(place.admin1(), lead.admin1());
  }

  // how many days before a statement's day (or the report's) the harm it tells of may be dated by the text around
  private static final int SAID_AFTER_DAYS = 2;

  /**
   * The incident's day: the first day the lead's sentence (or the body's first incident) states for the harm. A day
   * on which something was said ("20 fighters were killed, a monitor said on Friday") bounds the harm from above
   * only, so the day the next sentences give the harm, at most {@value #SAID_AFTER_DAYS} days before ("explosions
   * were heard during the air strikes on Thursday", "Saturday's blast"), goes first. A lead that states no day takes
   * the day of a later sentence that restates its toll ("four people died on Wednesday"); else the harm happened by
   * the report's day.
   */
  private static LocalDate day(String text, List<Claim> own, Claim lead, List<Claim> told, LocalDate documentDate,
      Days days) {
    List<ClaimTime> stated = told.stream().map(Claim::when).filter(w -> isDay(w) && w.text() != null).toList();
    Optional<ClaimTime> ofHarm = stated.stream().filter(w -> !days.saidOn(text, w)).findFirst();
    if (ofHarm.isPresent()) {
      return ofHarm.get().start();
    }
    LocalDate by = stated.isEmpty() ? documentDate : stated.get(0).start();
    if (by == null || text == null) {
      return by;
    }
    Optional<LocalDate> around = stated.isEmpty() ? restated(text, own, lead, by, days)
        : toldAround(text, lead, by, days);
    return around.orElse(by);
  }

  /** Whether a day is one the harm may have happened on, told by a report or statement of day {@code by}. */
  private static boolean before(LocalDate day, LocalDate by) {
    return !day.isAfter(by) && !day.isBefore(by.minusDays(SAID_AFTER_DAYS));
  }

  /**
   * The first single day named in the lead's sentence and the {@value #PLACE_SENTENCES} after it (at most
   * {@value #LEAD_REACH} characters on) that is no statement's day and lies at most {@value #SAID_AFTER_DAYS} days
   * before {@code by}.
   */
  private static Optional<LocalDate> toldAround(String text, Claim lead, LocalDate by, Days days) {
    int reach = Math.min(text.length(), lead.evidence().end() + LEAD_REACH);
    int end = lead.evidence().end();
    for (int i = 0; i < PLACE_SENTENCES && end < reach; i++) {
      int stop = text.indexOf(". ", end + 1);
      end = stop < 0 || stop + 1 > reach ? reach : stop + 1;
    }
    for (TimeMention m : days.times()) {
      if (m.span().start() < lead.evidence().start() || m.span().end() > end) {
        continue;
      }
      if (!m.period() && m.isDay() && before(m.start(), by) && (days.said() == null || !days.said().saidOn(text, m.span()))) {
        return Optional.of(m.start());
      }
    }
    return Optional.empty();
  }

  /**
   * "According to the hospital four people died" then "At least four people died ... on Wednesday": a later sentence
   * within {@value #LEAD_REACH} characters that counts the lead's dead again, in the same place, gives the day the lead
   * leaves unsaid, where it is no statement's day and lies at most {@value #SAID_AFTER_DAYS} days before the report.
   */
  private static Optional<LocalDate> restated(String text, List<Claim> own, Claim lead, LocalDate by, Days days) {
    int reach = lead.evidence().end() + LEAD_REACH;
    return own.stream().filter(c -> c.harm() == lead.harm() && c.evidence().start() > lead.evidence().start()
            && c.evidence().start() <= reach && c.count().representative() == lead.count().representative()
            && samePlace(c.location(), lead.location()) && isDay(c.when()) && c.when().text() != null
            && !days.saidOn(text, c.when()) && before(c.when().start(), by))
        .map(c -> c.when().start()).findFirst();
  }

  /**
   * "Nearly 70 children were among those killed", then "At least 68 children were among the 126 people killed in the
   * attack": a lead that counts only children or women is told whole in a sentence near it that counts them inside
   * everyone of the same time and place; that sentence's toll is the incident's.
   */
  private static Optional<Integer[]> toldWhole(String text, List<Claim> own, Claim lead, LocalDate documentDate,
      Set<String> vague) {
    int reach = lead.evidence().end() + LEAD_REACH;
    return own.stream().filter(c -> c.harm() == Harm.KILLED && c.scope() == Scope.INCIDENT
            && !INSIDE_OTHERS.contains(c.victims()) && !c.evidence().equals(lead.evidence())
            && c.evidence().start() >= lead.evidence().start() - LEAD_REACH && c.evidence().start() <= reach
            && sameTime(lead, c, documentDate) && samePlace(c.location(), lead.location())
            && (among(text, c) || own.stream().anyMatch(part -> part.harm() == Harm.KILLED
                && part.evidence().equals(c.evidence()) && INSIDE_OTHERS.contains(part.victims())
                && part.count().representative() <= c.count().representative())))
        .findFirst()
        .map(whole -> toll(own.stream().filter(c -> c.evidence().equals(whole.evidence())).toList(), vague));
  }

  /**
   * "68 children were among the 126 people killed", "15 civilians, among them 11 children", "they were among 39 people
   * who died": the sentence of a whole count tells of a part inside it.
   */
  private static boolean among(String text, Claim whole) {
    return text != null && AMONG.matcher(text).region(whole.evidence().start(), whole.evidence().end()).find();
  }

  private static final Pattern AMONG = Pattern.compile("\\b(?:among|including)\\b", Pattern.CASE_INSENSITIVE);

  /**
   * "Army establishes control over Minian town in Aleppo" over a roundup's later paragraph, "a number of terrorists
   * were killed in Daraa countryside": where the headline names one governorate, the body's claims placed in another
   * are other incidents the article also reports, not its event. The headline's own claims stay whatever their place;
   * when every body claim lies elsewhere, the article's event is the headline's and counts no one. A headline's city
   * that is a governorate of its own stands for the land around it too ("Israeli strikes on Damascus" over "strikes
   * near Damascus killed five", placed in Rif Dimashq): surroundings.tsv.
   */
  private static List<Claim> inHeadlinePlace(String text, List<Claim> own, ClaimPlace headline, String around,
      Set<String> headlineTown) {
    if (headline == null || headline.admin1() == null || headline.country() == null) {
      return own;
    }
    List<Claim> inGovernorate = own.stream()
        .filter(c -> c.section() == ClaimSection.TITLE || !elsewhere(c.location(), headline, around)
            || namesTheHeadlineTown(text, c, headlineTown) || DatelinePlaces.placedByDateline(text, c)).toList();
    // "Drone strike on Sarmada" over "Shelling killed a woman in Ariha. Later, a drone strike in Sarmada killed two":
    // where the headline names one town and a claim of the dead lies there, the dead of its governorate's other towns
    // are other incidents
    if (headline.precision() != PlacePrecision.POINT || inGovernorate.stream().noneMatch(c -> c.harm() == Harm.KILLED
        && c.location() != null && headline.name().equals(c.location().name()))) {
      return inGovernorate;
    }
    return inGovernorate.stream().filter(c -> c.section() == ClaimSection.TITLE || !otherTown(c.location(), headline)
        || PlaceResolver.namedAsItsGovernorate(c.location().name(), c.location().admin1())).toList();
  }

  /**
   * "Ambush on Palmyra road" over "ambushed a bus on the road between Palmyra and Deir ez-Zor, killing 13": a claim whose
   * sentence names the headline's town, as the headline words it, is at it, whichever of the sentence's places the claim
   * was given.
   */
  private static boolean namesTheHeadlineTown(String text, Claim claim, Set<String> headlineTown) {
    if (text == null || headlineTown.isEmpty() || claim.evidence().end() > text.length()) {
      return false;
    }
    String sentence = text.substring(claim.evidence().start(), claim.evidence().end());
    return headlineTown.stream().anyMatch(name -> Pattern.compile("\\b" + Pattern.quote(name) + "\\b")
        .matcher(sentence).find());
  }

  /** The words of the headline's places that name its town ("Palmyra" for the gazetteer's Tadmur). */
  private Set<String> headlineTownWords(PlaceReading reading, Layout layout, PlaceContext context) {
    Set<String> words = new java.util.HashSet<>();
    for (Section title : layout.of(SectionKind.TITLE)) {
      for (PlaceMention mention : places.find(reading, title.span(), context)) {
        if (context.headlineTown().equals(mention.place().name())) {
          words.add(mention.span().text(reading.tokens().text()));
        }
      }
    }
    return words;
  }

  /**
   * A place in another governorate of the headline's country, other than the one around the headline's city; a place
   * abroad or without a governorate is not.
   */
  private static boolean elsewhere(ClaimPlace place, ClaimPlace headline, String around) {
    return place != null && place.admin1() != null && headline.country().equals(place.country())
        && !headline.admin1().equals(place.admin1()) && !place.admin1().equals(around);
  }

  /** Two towns (or places near them) of different names: two incidents' places, whatever their governorate. */
  private static boolean otherTown(ClaimPlace a, ClaimPlace b) {
    return a != null && b != null && town(a) && town(b) && a.name() != null && !a.name().equals(b.name())
        && !sameWords(a, b) && !governorateOfTheOther(a, b) && !governorateOfTheOther(b, a);
  }

  /**
   * "in Idlib province's Maaret al-Numan ... Idlib": a bare name of a governorate's seat may stand for the governorate
   * the other town lies in; "Daraa city" is the town.
   */
  private static boolean governorateOfTheOther(ClaimPlace a, ClaimPlace b) {
    return PlaceResolver.namedAsItsGovernorate(a.name(), a.admin1()) && a.admin1().equals(b.admin1())
        && (a.text() == null || !a.text().toLowerCase(Locale.ROOT).contains("city"));
  }

  private static boolean town(ClaimPlace place) {
    return place.precision() == PlacePrecision.POINT || place.precision() == PlacePrecision.NEAR_POINT;
  }

  /** Places that may be one: the same governorate, or one of them without a governorate. */
  private static boolean samePlace(ClaimPlace a, ClaimPlace b) {
    return a == null || b == null || a.admin1() == null || b.admin1() == null || a.admin1().equals(b.admin1())
        || sameWords(a, b);
  }

  // "the al-Rawdah neighbourhood of Taiz city", read once as Taiz and once, for a later sentence, as a namesake
  // elsewhere: places read from the same words of the text are one place, however they were resolved (monitor27)
  private static boolean sameWords(ClaimPlace a, ClaimPlace b) {
    return a.span() != null && b.span() != null && a.span().start() == b.span().start();
  }

  /**
   * Whether {@code other} may be of the lead's incident by its time: "arrested 12 people yesterday" and "a bombing
   * that killed five civilians in March" are two incidents. A claim with no stated time may be the lead's; a lead with
   * none happened by the report's day.
   */
  private static boolean sameTime(Claim lead, Claim other, LocalDate documentDate) {
    ClaimTime when = other.when();
    if (when == null || when.text() == null || when.start() == null || when.end() == null) {
      return true;
    }
    ClaimTime leadWhen = lead.when();
    boolean stated = leadWhen != null && leadWhen.text() != null && leadWhen.start() != null && leadWhen.end() != null;
    LocalDate start = stated ? leadWhen.start() : documentDate == null ? null : documentDate.minusDays(1);
    LocalDate end = stated ? leadWhen.end() : documentDate;
    if (start == null) {
      return true;
    }
    // a day's slack either side: "last night" and "early on Monday" are one night
    return !when.end().isBefore(start.minusDays(1)) && !when.start().isAfter(end.plusDays(1));
  }

  private static Optional<Claim> lead(String text, List<Claim> own, LocalDate documentDate) {
    Comparator<Claim> byHarm = Comparator.comparing(c -> c.harm() == Harm.KILLED ? 0 : 1);
    Optional<Claim> title = own.stream().filter(c -> c.section() == ClaimSection.TITLE && c.scope() == Scope.INCIDENT)
        .min(byHarm);
    if (title.isPresent()) {
      return Optional.of(figuredInLead(own, title.get()).orElse(title.get()));
    }
    Optional<Claim> period = PeriodLead.opening(own, documentDate);
    if (period.isPresent()) {
      return period;
    }
    // a count over a stated month ("73 civilians killed ... in November 2022") is no incident a later one follows
    // "the ninth anniversary of the massacres of 2014, in which ..." is a context paragraph's count (PastLeads)
    List<Claim> incidents = PastLeads.without(StatedPeriods.withoutPeriodTotals(text,
        own.stream().filter(c -> c.scope() == Scope.INCIDENT).toList()), documentDate);
    Optional<Claim> first = incidents.stream()
        .min(Comparator.comparingInt((Claim c) -> c.evidence().start()).thenComparing(byHarm));
    if (first.isEmpty()) {
      return first;
    }
    if (first.get().harm() == Harm.KILLED) {
      return Optional.of(figuredAfter(own, first.get(), documentDate)
          .or(() -> PastLeads.recalled(own, first.get(), documentDate)).orElse(first.get()));
    }
    // "Warplanes injured 200 with toxic gas" then "58 people died": an incident is known by its dead
    int reach = first.get().evidence().end() + LEAD_REACH;
    return own.stream().filter(c -> c.scope() == Scope.INCIDENT && c.harm() == Harm.KILLED
        && c.evidence().start() >= first.get().evidence().start() && c.evidence().start() <= reach
        && sameTime(first.get(), c, documentDate))
        .findFirst().or(() -> laterDead(own, first.get())).or(() -> first);
  }

  /**
   * "On Monday, a strike near Derbasiyah wounded two members of the Asayish." then "On Thursday night, a Turkish drone
   * struck a house ..., killing a local commander and two fighters": where the first incident counts only the hurt on
   * a stated day, the first later incident with dead on a later stated day is the news, told after its background.
   */
  private static Optional<Claim> laterDead(List<Claim> own, Claim first) {
    if (!isDay(first.when()) || first.when().text() == null) {
      return Optional.empty();
    }
    return own.stream().filter(c -> c.scope() == Scope.INCIDENT && c.harm() == Harm.KILLED
        && c.evidence().start() > first.evidence().start() && isDay(c.when()) && c.when().text() != null
        && c.when().start().isAfter(first.when().end())).findFirst();
  }

  /**
   * "Bombing kills dozens" over "At least 32 people were killed", "Drone strike kills SDF fighters" over "killing three
   * fighters": a headline that gives no figure, only a vague word or a plural, is told with its figure in the lead,
   * the body's first incident claim of the same harm, where that one fits the headline's bounds or counts more.
   */
  private static Optional<Claim> figuredInLead(List<Claim> own, Claim title) {
    boolean figured = title.countText() != null && title.countText().chars().anyMatch(Character::isDigit);
    if (figured) {
      return Optional.empty();
    }
    Optional<Claim> first = firstBodyIncident(own);
    if (first.isEmpty() || first.get().harm() != title.harm()) {
      return Optional.empty();
    }
    Claim body = first.get();
    org.tally.model.Count t = title.count();
    org.tally.model.Count b = body.count();
    boolean exactTitle = t.min() != null && t.min().equals(t.max());
    boolean within = b.min() != null && (t.min() == null || b.min() >= t.min())
        && (t.max() == null || b.max() != null && b.max() <= t.max());
    boolean more = b.min() != null && t.min() != null && b.min() > t.min();
    return !exactTitle && within || exactTitle && more && !numberWord(title.countText()) ? first : Optional.empty();
  }

  /**
   * "US warplanes kill tens of civilians in Aleppo." then "The jets killed at least 60 civilians in Salsana village":
   * a first sentence that counts the dead only loosely (no figure, no exact count), as a headline restated at the top
   * of the body does, is told with its figure in the next incident claim of the same harm within {@value #LEAD_REACH}
   * characters, of the same place and time, where that figure (digits, or an exact count: "seven") fits the loose
   * count's bounds.
   */
  private static Optional<Claim> figuredAfter(List<Claim> own, Claim first, LocalDate documentDate) {
    org.tally.model.Count loose = first.count();
    boolean figured = first.countText() == null || first.countText().chars().anyMatch(Character::isDigit);
    if (figured || loose.min() == null || loose.min().equals(loose.max())) {
      return Optional.empty();
    }
    int reach = first.evidence().end() + LEAD_REACH;
    return own.stream().filter(c -> c.scope() == Scope.INCIDENT && c.harm() == first.harm()
            && c.evidence().start() >= first.evidence().end() && c.evidence().start() <= reach)
        .findFirst()
        .filter(c -> (c.countText() != null && c.countText().chars().anyMatch(Character::isDigit)
                || c.count().min() != null && c.count().min().equals(c.count().max()))
            && samePlace(c.location(), first.location()) && sameTime(first, c, documentDate)
            && c.count().min() != null && c.count().min() >= loose.min()
            && (loose.max() == null || c.count().max() != null && c.count().max() <= loose.max()));
  }

  /** A count written as one word that is no article: "two", "three"; a headline's "a" or a plural noun is none. */
  private static boolean numberWord(String countText) {
    String text = countText.strip().toLowerCase(java.util.Locale.ROOT);
    return !text.contains(" ") && !text.equals("a") && !text.equals("an") && !text.equals("one")
        && !text.endsWith("s");
  }

  // a battle or a bombardment told over a few days is still the article's event: "killed 84 in three days"
  private static final long MAX_EVENT_DAYS = 7;

  /**
   * Where no incident counts the dead, an article about a battle of a few days ("fighting kills 132 fighters" since
   * Saturday, "killed 84 in three days") is known by that count: the first count of the dead whose stated time spans
   * a week at most. A period or campaign total without such a time ("since 2011", "so far") never is.
   */
  private static Optional<Claim> shortPeriod(List<Claim> own) {
    return own.stream().filter(c -> c.harm() == Harm.KILLED && c.scope() != Scope.INCIDENT && c.when() != null
        && c.when().text() != null && c.when().start() != null && c.when().end() != null
        && ChronoUnit.DAYS.between(c.when().start(), c.when().end()) < MAX_EVENT_DAYS).findFirst();
  }

  private static Optional<Claim> firstBodyIncident(List<Claim> own) {
    return own.stream().filter(c -> c.section() == ClaimSection.BODY && c.scope() == Scope.INCIDENT).findFirst();
  }

  /**
   * "Assassinations continue in Daraa: 15 killed in October" over "Gunmen shot dead a young man ... on Saturday": a
   * headline's count over a stated period of a week or more is the period's, and where the body opens with an
   * incident's dead rather than the period's toll, that incident is the article's: the headline's count leads no more.
   * A body that opens with the period's toll ("More than 100 civilians have been killed in August") is about it.
   */
  private static List<Claim> withoutPeriodHeadline(List<Claim> claims) {
    boolean opensWithIncident = claims.stream()
        .filter(c -> c.section() == ClaimSection.BODY && c.harm() == Harm.KILLED)
        .min(Comparator.comparingInt(c -> c.evidence().start()))
        .map(c -> c.scope() == Scope.INCIDENT && !statedPeriod(c)).orElse(false);
    return opensWithIncident
        ? claims.stream().filter(c -> c.section() != ClaimSection.TITLE || !statedPeriod(c)).toList() : claims;
  }

  /** A time the claim's text states that spans {@value #MAX_EVENT_DAYS} days or more: a period's, not an event's. */
  private static boolean statedPeriod(Claim claim) {
    ClaimTime when = claim.when();
    return when != null && when.text() != null && when.start() != null && when.end() != null
        && ChronoUnit.DAYS.between(when.start(), when.end()) >= MAX_EVENT_DAYS;
  }

  /** A time of a few days at most: an incident's, not a period's. */
  static boolean isDay(ClaimTime when) {
    return when != null && when.start() != null && when.end() != null
        && ChronoUnit.DAYS.between(when.start(), when.end()) < MAX_INCIDENT_DAYS;
  }

  /**
   * "Dozens of civilians dead in rebel assault ... where 38 civilians have been killed": in one sentence, a vague word
   * ("dozens", "scores", "several") beside a figure for the same victims is the figure said loosely, so the figure
   * counts and the word does not add to it. The claims in sentence order, those with a figure first.
   */
  private static List<Claim> figuredFirst(List<Claim> claims, Set<String> vague) {
    return claims.stream().sorted(Comparator.comparing(c -> vague(c, vague) ? 1 : 0)).toList();
  }

  /** A count said with one of the vague words alone ("Dozens", "scores of"), not a figure ("38", "more than twenty"). */
  private static boolean vague(Claim c, Set<String> vague) {
    if (c.countText() == null) {
      return false;
    }
    String text = c.countText().strip().toLowerCase(Locale.ROOT);
    return vague.contains(text) || text.endsWith(" of") && vague.contains(text.substring(0, text.length() - 3));
  }

  private static boolean sameCountry(ClaimPlace a, ClaimPlace b) {
    return a.country() != null && a.country().equals(b.country());
  }

  /**
   * "killed a man, his wife and their three children", "a woman and her two daughters": a count after "his", "her" or
   * "their" counts the kin of the people counted before it, others than they, so the sentence's dead add up; not where
   * the sentence nests counts in a whole ("12 people, including a woman and her two daughters").
   */
  private static boolean kinsfolk(String text, List<Claim> sentence) {
    if (text == null) {
      return false;
    }
    List<Claim> killed = sentence.stream().filter(c -> c.harm() == Harm.KILLED).toList();
    if (killed.size() < 2) {
      return false;
    }
    Span evidence = killed.get(0).evidence();
    String lower = evidence.text(text).toLowerCase(Locale.ROOT);
    if (NESTING.stream().anyMatch(lower::contains)) {
      return false;
    }
    // the possessive before the count ("killing a man and his three sons") or opening its words ("shot dead a farmer,
    // his wife and their son")
    return killed.stream().anyMatch(c -> KIN.matcher(text.substring(Math.max(evidence.start(),
        c.count().span().start() - 8), c.count().span().start())).find()
        || c.countText() != null && KIN_OPENING.matcher(c.countText()).find());
  }

  private static final Pattern KIN = Pattern.compile("\\b(?:his|her|their)\\s+$", Pattern.CASE_INSENSITIVE);
  private static final Pattern KIN_OPENING = Pattern.compile("^(?:his|her|their)\\s", Pattern.CASE_INSENSITIVE);

  /** Two sides' tolls added up ({min, max}, null where unbounded); either alone where the other counts no dead. */
  private static Integer[] added(Integer[] a, Integer[] b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return new Integer[] {a[0] == null || b[0] == null ? null : a[0] + b[0],
        a[1] == null || b[1] == null ? null : a[1] + b[1]};
  }

  /** Every killed count of the sentence added up. */
  private static Integer[] sum(List<Claim> sentence) {
    Integer min = null;
    long max = 0;
    for (Claim claim : sentence) {
      if (claim.harm() != Harm.KILLED) {
        continue;
      }
      if (claim.count().min() != null) {
        min = (min == null ? 0 : min) + claim.count().min();
      }
      max = max < 0 || claim.count().max() == null ? -1 : max + claim.count().max();
    }
    return new Integer[] {min, max < 0 ? null : (int) max};
  }

  /**
   * {min, max} of the deaths in one sentence, null where unbounded; null when it counts no deaths. "People"
   * covers everyone; otherwise civilians, soldiers and fighters add up, and children or women counted
   * beside a whole group are inside it.
   */
  private static Integer[] toll(List<Claim> sentence, Set<String> vague) {
    List<Claim> killed = sentence.stream().filter(c -> c.harm() == Harm.KILLED).toList();
    if (killed.isEmpty()) {
      return null;
    }
    List<Claim> everyone = figuredFirst(killed.stream().filter(c -> c.victims() == Victims.PEOPLE).toList(), vague);
    if (!everyone.isEmpty()) {
      boolean figured = !vague(everyone.get(0), vague);
      Claim largest = everyone.stream().filter(c -> !vague(c, vague) == figured)
          .max(Comparator.comparingInt(c -> c.count().representative())).orElseThrow();
      // "a man and a child were killed", "Mother and child killed", "Three children were killed in Kansafra, and a
      // man died in al-Bara": one person is no whole the others are inside
      if (killed.size() > 1 && (killed.stream().allMatch(c -> c.count().isExactly(1)) || largest.count().isExactly(1))) {
        return sum(killed);
      }
      return new Integer[] {largest.count().min(), largest.count().max()};
    }
    // children and women are counted inside the civilians of their sentence ("20 civilians, five of them children"),
    // not inside soldiers or fighters: "a woman and two soldiers" are three
    boolean hasWhole = killed.stream().anyMatch(c -> c.victims() == Victims.CIVILIANS);
    List<Claim> counted = new ArrayList<>();
    EnumSet<Victims> seen = EnumSet.noneOf(Victims.class);
    for (Claim claim : figuredFirst(killed, vague)) {
      if (!(hasWhole && INSIDE_OTHERS.contains(claim.victims())) && seen.add(claim.victims())) {
        counted.add(claim);
      }
    }
    return sum(counted);
  }

}
