package org.tally.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tally.extract.token.DocumentTokens;
import org.tally.lexicon.Lexicons;
import org.tally.model.Claim;
import org.tally.model.ClaimSection;
import org.tally.model.ClaimTime;
import org.tally.model.ClaimPlace;
import org.tally.model.Document;
import org.tally.model.Layout;
import org.tally.model.PlacePrecision;
import org.tally.model.Span;
import org.tally.resolve.place.PlaceContext;
import org.tally.resolve.place.PlaceMention;
import org.tally.resolve.place.PlaceReading;
import org.tally.resolve.place.PlaceResolver;
import org.tally.model.Scope;
import org.tally.resolve.time.EventReferences;
import org.tally.resolve.time.SaidDays;
import org.tally.resolve.time.TimeMention;
import org.tally.resolve.time.TimeResolver;
import org.tally.resolve.time.WarStarts;

/**
 * Gives each claim its place and time: the place its sentence names (else the last one named just before it, else for
 * an incident the one the next sentences name; an incident's region or country narrowed by {@link VaguePlaces}), and
 * the time its sentence states, resolved against
 * the document's date. Thread-safe.
 */
public final class ClaimResolver {
  // an attack and its aftermath take a few days at most; a count over more than a year is a campaign's
  private static final long LONGEST_INCIDENT_DAYS = 3;
  private static final long LONGEST_AGGREGATE_DAYS = 366;
  /** A list's lead line dates its items only when it runs longer than this: a running total, not a week's digest. */
  private static final long LONGEST_LIST_LEAD_DAYS = 31;

  // how far back a place named before the claim's sentence still holds: about two sentences
  private static final int PLACE_LOOKBACK = 400;
  private static final int CONTAINER_REACH = 60;
  // a document is plainly about one governorate when it names it this many times as much as any other
  private static final int FOCUS_DOMINANCE = 5;
  private static final java.util.regex.Pattern QUARTER_OF = java.util.regex.Pattern.compile(
      "\\s+(?:(?:district|neighbou?rhood|quarter|area|suburb)\\s+)?of\\s+(?:the\\s+)?(?:city\\s+of\\s+)?");
  // "the area of Burj Rouss Qsaa in the Syrian capital": the rest of a local name, then "in"
  private static final java.util.regex.Pattern NAME_THEN_IN = java.util.regex.Pattern.compile(
      "(?:\\s+\\p{Lu}[\\p{L}'`-]*){0,3}\\s+in\\s+(?:the\\s+)?");
  /** A bare "of" straight after the name: the name is a quarter of what follows only if it ends in a quarter word. */
  private static final java.util.regex.Pattern OF_THEN_ONE_LINE = java.util.regex.Pattern.compile("\\s+of\\b.*");
  private static final java.util.regex.Pattern PROVINCE_WORD = java.util.regex.Pattern.compile(
      "(?i)\\b(?:province|governorate)\\b");
  private static final java.util.regex.Pattern QUARTER_WORD = java.util.regex.Pattern.compile(
      "(?i).*\\b(?:district|neighbou?rhood|quarter|area|suburb)$");

  private final TimeResolver times;
  private final PlaceResolver places;
  private final WarStarts wars;
  private final EventReferences references;
  private final SaidDays said;
  private final Restatement.Words numberWords;
  private final WarTotals warTotals;

  private ClaimResolver(TimeResolver times, PlaceResolver places, WarStarts wars, EventReferences references,
      SaidDays said, Restatement.Words numberWords, WarTotals warTotals) {
    this.warTotals = warTotals;
    this.times = times;
    this.places = places;
    this.wars = wars;
    this.references = references;
    this.said = said;
    this.numberWords = numberWords;
  }

  /** The resolver over these lexicons, built once per lexicons. */
  public static ClaimResolver from(Lexicons rules) {
    return rules.built(ClaimResolver.class, r -> new ClaimResolver(TimeResolver.from(r), PlaceResolver.from(r),
        WarStarts.from(r), EventReferences.from(r), SaidDays.from(r),
        Restatement.Words.from(r.file(org.tally.lexicon.RuleFiles.NUMBER_WORDS)), WarTotals.from(r)));
  }

  public List<Claim> resolve(Document doc, Layout layout, LocalDate documentDate, List<Claim> claims) {
    return resolve(DocumentTokens.of(doc.text()), layout, documentDate, claims);
  }

  /** As {@link #resolve(Document, Layout, LocalDate, List)}, over tokens the document was already read into. */
  public List<Claim> resolve(DocumentTokens tokens, Layout layout, LocalDate documentDate, List<Claim> claims) {
    return claims.isEmpty() ? claims : resolveWithFocus(tokens, layout, documentDate, claims).claims();
  }

  /**
   * Resolved claims, the document's place focus they were resolved against (its main incident falls back on it), and
   * every time expression of the document, read once here (the main incident reads the days told around its lead).
   */
  public record Resolved(List<Claim> claims, PlaceContext focus, List<TimeMention> times) {}

  /**
   * What the gazetteer makes of a document's tokens and the focus its places give: read before extraction, whose
   * stand-ins ("the interior ministry") mean the government of the country in focus, and kept for resolution.
   */
  public record Focus(PlaceReading reading, PlaceContext context) {}

  public Focus focus(DocumentTokens tokens, Layout layout) {
    PlaceReading reading = places.read(tokens);
    return new Focus(reading, places.context(reading, layout));
  }

  /** The claims resolved, and the focus the document's places give, read once for both. */
  public Resolved resolveWithFocus(DocumentTokens tokens, Layout layout, LocalDate documentDate, List<Claim> claims) {
    return resolveWithFocus(focus(tokens, layout), layout, documentDate, claims);
  }

  /** As {@link #resolveWithFocus(DocumentTokens, Layout, LocalDate, List)}, under a focus already read. */
  public Resolved resolveWithFocus(Focus focus, Layout layout, LocalDate documentDate, List<Claim> claims) {
    PlaceReading reading = focus.reading();
    PlaceContext context = focus.context();
    DocumentTokens tokens = reading.tokens();
    String text = tokens.text();
    if (claims.isEmpty()) {
      return new Resolved(claims, context, List.of());
    }
    // read the whole document once for times and places; each claim then picks among what is near it
    Span all = new Span(0, text.length());
    List<TimeMention> allTimes = times.find(tokens, all, documentDate);
    InTextOrder<TimeMention> timeMentions = InTextOrder.of(allTimes, m -> m.span().start());
    InTextOrder<PlaceMention> placeMentions = InTextOrder.of(places.find(reading, all, context), m -> m.span().start());
    OwnTextSections ownText = new OwnTextSections(layout);
    // where the claims' counts stand: a sentence with another toll names that toll's place
    List<Span> counts = claims.stream().map(c -> c.count().span()).filter(java.util.Objects::nonNull).toList();
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim claim : claims) {
      Optional<TimeMention> stated = times.forClaim(text, claim.evidence(), claim.count().span(), timeMentions);
      if (stated.isEmpty() && claim.scope() == Scope.INCIDENT) {
        // "killed in the attack", weeks after "an August 21 chemical attack": the attack's day, not the report's;
        // "20 civilians killed in car bomb attack in Deir Ezzor." then "20 civilians were killed ... by Isis on Friday
        // evening": the next sentence that gives the count again tells when; "48 incidents since the beginning of
        // 2023, which have left:" then "- 29 fighters dead": a list's running totals are told in the time of the line
        // they hang from
        stated = references.referredDay(text, claim.evidence(), timeMentions)
            .or(() -> restatedDay(text, claim, timeMentions, documentDate))
            .or(() -> listLeadTime(text, claim, timeMentions));
      }
      ClaimTime statedWhen = stated.map(t -> time(text, t)).orElse(null);
      Scope scope = stated.filter(TimeMention::period).map(t -> scope(claim.scope(), statedWhen)).orElse(claim.scope());
      ClaimPlace where = place(reading, ownText, claim, scope, statedWhen, context, placeMentions, counts);
      if (scope == Scope.INCIDENT && !namedIn(where, claim.evidence())) {
        // "four were killed and 11 injured in air strikes": one sentence, one attack; where the sentence names no
        // place, its first claim's place, found from the text around, holds for the others
        ClaimPlace sibling = siblingPlace(out, claim);
        where = sibling != null ? sibling : where;
      }
      if (scope == Scope.INCIDENT
          && GovernorateLists.holds(text, claim.evidence(), claim.count().span(), where, placeMentions)) {
        if (claim.count().isExactly(1)) {
          // "attacks kill a woman, injure 9 in Hasaka and Aleppo": one person died in one incident, in one of the
          // governorates listed, and the words do not say which
          where = inCountry(context);
        } else {
          // "6 citizens killed in terrorist attacks in Damascus, Aleppo and Idleb": one attack is in one governorate
          scope = Scope.AGGREGATE;
        }
      }
      ClaimTime when = statedWhen != null ? statedWhen : inferred(claim, documentDate, countryOf(where, context));
      out.add(new Claim(claim.doc(), claim.harm(), claim.victims(), claim.count(), claim.countText(), claim.perpetrator(),
          claim.claimant(), where, when, scope, claim.stance(), claim.attacks(),
          claim.section(), claim.evidence()));
    }
    return new Resolved(out, context, allTimes);
  }

  // how far on the sentence that restates a count may end: about a sentence of wire copy
  private static final int RESTATED_REACH = 400;
  // how many days before the report a restatement's day may lie: "killed more than 30 on May 31", a week before, tells
  // of an earlier raid with a figure that happens to match
  private static final int RESTATED_DAYS = 2;
  // a headline's count restated by the lead under it is the lead's incident, whichever day of the past week the lead
  // gives it: "Toll of Khan Sheikhoun attack rises to 87" over "last Tuesday's chemical attack ... has risen to 87"
  private static final int RESTATED_HEADLINE_DAYS = 7;

  /**
   * The day the sentence right after the claim's gives, where that sentence gives the claim's count again
   * ({@link Restatement}): a headline restated at the top of a body ("20 civilians killed in car bomb attack") and
   * merged with its own retelling keeps the retelling's day. The count must be a figure or an exact count above one
   * ("a woman" and "dozens" are said again of others); one single day, at most {@value #RESTATED_DAYS} days before the
   * report ({@value #RESTATED_HEADLINE_DAYS} for a headline's count), no statement's ("a monitor said on Friday"),
   * none of a stretch.
   */
  private Optional<TimeMention> restatedDay(String text, Claim claim, InTextOrder<TimeMention> mentions,
      LocalDate documentDate) {
    int from = claim.evidence().end();
    int limit = Math.min(text.length(), from + RESTATED_REACH);
    while (from < limit && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    int stop = text.indexOf(". ", from + 1);
    int to = stop < 0 || stop >= limit ? limit : stop + 1;
    if (to <= from) {
      return Optional.empty();
    }
    Span next = new Span(from, to);
    // a figure, or an exact count of more than one ("Five"): "a woman", "dozens", "a number of" are said of anyone
    org.tally.model.Count count = claim.count();
    boolean figured = claim.countText() != null && claim.countText().chars().anyMatch(Character::isDigit)
        || count.min() != null && count.min().equals(count.max()) && count.min() > 1;
    if (!figured || documentDate == null) {
      return Optional.empty();
    }
    // "MOSCOW October 18 (RIA Novosti) - ...": a dateline dates the report, not the harm
    int datelineEnd = org.tally.text.Dateline.end(text, next);
    int reach = claim.section() == ClaimSection.TITLE || opensText(text, claim.evidence()) ? RESTATED_HEADLINE_DAYS
        : RESTATED_DAYS;
    List<TimeMention> days = mentions.startingWithin(from, to).stream()
        .filter(m -> next.contains(m.span()) && m.span().start() >= datelineEnd && !m.period() && m.isDay() && !said.saidOn(text, m.span())
            && !m.start().isBefore(documentDate.minusDays(reach)))
        .toList();
    if (days.isEmpty() || !Restatement.of(claim, numberWords).isIn(text, next)) {
      return Optional.empty();
    }
    return Optional.of(days.get(0));
  }

  /**
   * True when no sentence comes before {@code sentence} but a dateline: the headline of a text file whose first line
   * prints the date before it ("April 10, 2017 Toll of Khan Sheikhoun attack rises to 87").
   */
  private static boolean opensText(String text, Span sentence) {
    for (int i = 0; i < sentence.start() - 1; i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?' || c == '\n') && Character.isWhitespace(text.charAt(i + 1))) {
        return false;
      }
    }
    return true;
  }

  /** True when the place is one the claim's own sentence names. */
  private static boolean namedIn(ClaimPlace where, Span evidence) {
    return where != null && where.span() != null && evidence.contains(where.span());
  }

  /** The place the text gave an incident claim already resolved from the same sentence, or null. */
  private static ClaimPlace siblingPlace(List<Claim> resolved, Claim claim) {
    for (Claim other : resolved) {
      if (other.scope() == Scope.INCIDENT && other.evidence().equals(claim.evidence()) && other.location() != null
          && other.location().span() != null) {
        return other.location();
      }
    }
    return null;
  }

  private ClaimPlace place(PlaceReading reading, OwnTextSections ownText, Claim claim, Scope scope, ClaimTime stated,
      PlaceContext context, InTextOrder<PlaceMention> mentions, List<Span> counts) {
    String text = reading.tokens().text();
    // "the Salah al-Din district of Aleppo" says where it is, whatever the document's focus
    Optional<PlaceMention> named = places.forClaim(reading, claim.evidence(), claim.count().span(), context);
    Optional<PlaceMention> found = named.map(m -> container(reading, m, context))
        .filter(m -> m != named.get() || inFocus(m, context) || places.townOfItsGovernorate(reading, m));
    if (named.isPresent() && found.isEmpty()) {
      // the pick lay abroad, and the sentence may still say where at home: the next best place of the focus country
      found = places.forClaim(reading, claim.evidence(), claim.count().span(), context, m -> inFocus(m, context));
      // "two soldiers were killed in Reyhanli, in Hatay province, by rockets fired from Syria": a province abroad that
      // the sentence calls one, with no place at home beside it, is where the harm happened
      found = found.isPresent() || !provinceCalledSo(text, named.get()) ? found : named;
    }
    boolean fromBefore = found.isEmpty();
    if (found.isEmpty()) {
      // the paragraph before counts too ("…in Iraq and Syria." then "During this period, 1,319 were killed"),
      // but not teasers, comments or boilerplate between; a running total of the war takes only a country from it,
      // not the place of the attack told before it
      boolean warTotal = warTotals.isWarTotal(text, claim.evidence(), scope, stated, context.country());
      Span before = new Span(Math.max(0, claim.evidence().start() - PLACE_LOOKBACK), claim.evidence().start());
      List<PlaceMention> earlier = mentions.startingWithin(before.start(), before.end()).stream()
          .filter(m -> before.contains(m.span()) && ownText.contains(m.span().start()) && inFocus(m, context)
              && (!warTotal || m.place().precision() == PlacePrecision.COUNTRY)).toList();
      found = earlier.isEmpty() ? Optional.empty() : Optional.of(VaguePlaces.lastOf(text, earlier));
    }
    // the count's words again in a later sentence: worked out only where the place is sought beyond the claim's own
    // sentence, which most claims' place is not
    Restatement count = null;
    // "killed in two days of operations across the country" names no one place, and the next sentences' are some of them
    if (scope == Scope.INCIDENT && found.isEmpty() && !places.spreads(reading, claim.evidence())) {
      // named neither in its sentence nor before it: the next sentences may say where ("… on a suburb town. The
      // raids targeted a school in Jayrud town"), used there as a place: "its Damascus ally" is the government
      List<Span> otherCounts = counts.stream().filter(s -> !s.equals(claim.count().span())).toList();
      count = Restatement.of(claim, numberWords);
      found = VaguePlaces.following(text, claim.evidence(), context.country(),
          m -> ownText.contains(m.span().start()) && inFocus(m, context) && places.usedAsPlace(reading, m), mentions,
          count, otherCounts);
    }
    // an incident's region or country gives way to the governorate the text around it names; a total's stands
    if (scope == Scope.INCIDENT && found.isPresent() && VaguePlaces.isVague(found.get())) {
      count = count != null ? count : Restatement.of(claim, numberWords);
      found = Optional.of(VaguePlaces.narrowed(text, claim.evidence(), found.get(), fromBefore,
          m -> ownText.contains(m.span().start()) && inFocus(m, context), mentions, count));
    }
    if (scope == Scope.INCIDENT && (found.isEmpty() || VaguePlaces.isVague(found.get()))) {
      Optional<PlaceMention> town = townCalledSo(reading, ownText, claim, context, mentions);
      found = town.isPresent() ? town : found;
    }
    return found.map(m -> new ClaimPlace(m.span().text(text), m.place().name(), m.place().admin1(), m.place().country(),
        m.place().lat(), m.place().lon(), m.place().precision(), m.span()))
        .orElseGet(() -> scope == Scope.INCIDENT ? inFocus(context) : inCountry(context));
  }

  /** A governorate whose words call it a province or governorate ("Hatay province", "the province of Anbar"). */
  private static boolean provinceCalledSo(String text, PlaceMention mention) {
    return mention.place().precision() == PlacePrecision.GOVERNORATE
        && PROVINCE_WORD.matcher(mention.span().text(text)).find();
  }

  /**
   * "a suspected chemical attack on a rebel-held Syrian town": the town the text names with the word the claim's
   * sentence uses for it ("the town of Khan Sheikhun"), the first after the sentence, else the last before it.
   */
  private Optional<PlaceMention> townCalledSo(PlaceReading reading, OwnTextSections ownText, Claim claim,
      PlaceContext context, InTextOrder<PlaceMention> mentions) {
    Optional<String> town = places.unnamedTown(reading, claim.evidence());
    if (town.isEmpty()) {
      return Optional.empty();
    }
    java.util.function.Predicate<PlaceMention> namedSo = m -> ownText.contains(m.span().start())
        && !VaguePlaces.isVague(m) && inFocus(m, context) && places.calledA(reading, m, town.get());
    Optional<PlaceMention> after = mentions.startingWithin(claim.evidence().end(), reading.tokens().text().length()).stream()
        .filter(namedSo).findFirst();
    if (after.isPresent()) {
      return after;
    }
    List<PlaceMention> before = mentions.startingWithin(0, claim.evidence().start()).stream().filter(namedSo).toList();
    return before.isEmpty() ? Optional.empty() : Optional.of(before.get(before.size() - 1));
  }

  /**
   * "the Salah al-Din district of Aleppo", "the Sulaimaniyah neighbourhood of Aleppo": a quarter named like a
   * place elsewhere sits in the city named after it, which is what the claim's place resolves to.
   */
  private PlaceMention container(PlaceReading reading, PlaceMention mention, PlaceContext context) {
    String text = reading.tokens().text();
    int end = mention.span().end();
    int limit = Math.min(text.length(), end + CONTAINER_REACH);
    String after = text.substring(end, limit).toLowerCase(java.util.Locale.ROOT);
    java.util.regex.Matcher m = QUARTER_OF.matcher(after);
    if (m.lookingAt() && (QUARTER_WORD.matcher(mention.span().text(text)).matches()
        || !OF_THEN_ONE_LINE.matcher(after).matches())) {
      return enclosing(reading, mention, end + m.end(), limit, context).orElse(mention);
    }
    // "Burj … in the Syrian capital": a place said to lie in a city of another governorate is a homonym of one of
    // the city's quarters, so the claim is in the city
    java.util.regex.Matcher in = NAME_THEN_IN.matcher(text.substring(end, limit));
    if (in.lookingAt()) {
      return enclosing(reading, mention, end + in.end(), limit, context)
          .filter(city -> city.place().precision() == PlacePrecision.POINT
              && !city.place().admin1().equals(mention.place().admin1()))
          .orElse(mention);
    }
    return mention;
  }

  /** The place named right at {@code from}, as the container of {@code mention}, when it has a governorate. */
  private Optional<PlaceMention> enclosing(PlaceReading reading, PlaceMention mention, int from, int limit,
      PlaceContext context) {
    List<PlaceMention> next = places.find(reading, new Span(from, limit), context);
    if (next.isEmpty() || next.get(0).span().start() != from || next.get(0).place().admin1() == null) {
      return Optional.empty();
    }
    PlaceMention city = next.get(0);
    return Optional.of(new PlaceMention(new Span(mention.span().start(), city.span().end()), city.place()));
  }

  /**
   * A place abroad in an article about one country is a dateline ("BEIRUT"), a homonym ("the Sulaymaniyah
   * neighbourhood" of Aleppo, "the Salah al-Din district of Aleppo") or background ("backed by Saudi Arabia"):
   * not where the claim's harm happened. Several countries count when the focus is one of them ("Iraq and Syria"), not
   * when it is not ("a ceasefire brokered by the US and Russia" in a report on Aleppo).
   */
  private static boolean inFocus(PlaceMention mention, PlaceContext context) {
    if (context.country() == null || mention.place().country() == null) {
      return true;
    }
    return mention.place().country().contains(context.country());
  }

  /**
   * Nothing named near an incident's claim: the governorate the document is plainly about ("A suicide bomber
   * killed four in a hospital" in a report on Qardaha), else its country; inferred, so without words.
   */
  private static ClaimPlace inFocus(PlaceContext context) {
    String admin1 = context.dominantAdmin1(FOCUS_DOMINANCE);
    if (admin1 == null) {
      return inCountry(context);
    }
    return new ClaimPlace(null, admin1, admin1, context.country(), null, null, PlacePrecision.GOVERNORATE, null);
  }

  /** Nothing named near the claim: the country the document is about, marked as inferred by having no words. */
  private static ClaimPlace inCountry(PlaceContext context) {
    if (context.country() == null) {
      return null;
    }
    return new ClaimPlace(null, null, null, context.country(), null, null, PlacePrecision.COUNTRY, null);
  }

  /**
   * The words' scope, widened by the stretch of time the claim covers: one attack does not last a month. Over a year is a
   * campaign total ("between August 2014 and the end of May 2019"), a few days to a year an aggregate.
   */
  static Scope scope(Scope stated, ClaimTime when) {
    if (when == null || when.text() == null || when.start() == null || when.end() == null) {
      return stated;
    }
    long days = java.time.temporal.ChronoUnit.DAYS.between(when.start(), when.end()) + 1;
    Scope byTime = days > LONGEST_AGGREGATE_DAYS ? Scope.CUMULATIVE : days > LONGEST_INCIDENT_DAYS ? Scope.AGGREGATE : Scope.INCIDENT;
    return byTime.ordinal() > stated.ordinal() ? byTime : stated;
  }

  /**
   * An incident reported without a time happened by the report's day: the day before or the day itself; a running
   * total of the war, from the war's first day (war-starts.tsv) to the report's. Marked as inferred by having no words
   * (text and span null). Aggregates get no guess.
   */
  private ClaimTime inferred(Claim claim, LocalDate documentDate, String country) {
    if (documentDate == null) {
      return null;
    }
    if (claim.scope() == Scope.INCIDENT) {
      return new ClaimTime(documentDate.minusDays(1), documentDate, null, null);
    }
    // a running total of the war ("the conflict has claimed 470,000 lives") covers it from its first day
    return claim.scope() == Scope.CUMULATIVE ? wars.of(country).filter(start -> !start.isAfter(documentDate))
        .map(start -> new ClaimTime(start, documentDate, null, null)).orElse(null) : null;
  }

  /** The one country a claim's place lies in, else the document's. */
  private static String countryOf(ClaimPlace where, PlaceContext context) {
    return where != null && where.country() != null && !where.country().contains(",") ? where.country()
        : context.country();
  }

  /** The running total's time of the line a list item hangs from ({@link ListLeads}), if it gives one. */
  private Optional<TimeMention> listLeadTime(String text, Claim claim, InTextOrder<TimeMention> timeMentions) {
    return ListLeads.of(text, claim.evidence())
        .flatMap(lead -> times.forClaim(text, lead, new Span(lead.end(), lead.end()), timeMentions))
        .filter(t -> t.period() && t.days() > LONGEST_LIST_LEAD_DAYS);
  }

  private static ClaimTime time(String text, TimeMention mention) {
    return new ClaimTime(mention.start(), mention.end(), mention.span().text(text), mention.span());
  }
}
