package org.tally.resolve.place;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tally.extract.actor.ActorDictionary;
import org.tally.extract.token.DocumentTokens;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.model.Layout;
import org.tally.model.PlacePrecision;
import org.tally.model.Section;
import org.tally.model.SectionKind;
import org.tally.model.Span;

/** Resolves the places a document names: its focus, every mention in a stretch, and the place of a claim. */
public final class PlaceResolver {
  private static final Set<SectionKind> OWN_TEXT = Set.of(SectionKind.TITLE, SectionKind.BODY, SectionKind.DATELINE);
  /** A headline names what the article is about; it weighs as much as two mentions in the body. */
  private static final int TITLE_WEIGHT = 2;
  /** A place in the lead weighs this much more. */
  private static final int LEAD_BONUS = 2;
  private static final int LEAD_CHARS = 300;

  /** How many words may stand between an article and the word for a town it does not name ("a rebel-held Syrian town"). */
  private static final int UNNAMED_REACH = 3;
  private static final Set<String> ARTICLES = Set.of("a", "an", "the", "this", "that");

  private final Gazetteer gazetteer;
  private final PlaceFinder finder;
  private final PlaceCues cues;
  // enough text either side of a mention for the words that make it a place ("in the Syrian town of")
  private static final int USE_WINDOW = 60;
  private final PlaceUse use;
  private final ClaimPlacePicker picker;
  private final HarmPlaceAsides asides;
  private final ActorDictionary actors;

  private PlaceResolver(Gazetteer gazetteer, PlaceCues cues, StopNames stop, NameHeads heads, PersonAppositions persons,
      ActorDictionary actors, HarmPlaceAsides asides) {
    this.gazetteer = gazetteer;
    this.actors = actors;
    this.finder = new PlaceFinder(gazetteer, cues, stop, heads, persons);
    this.cues = cues;
    this.use = new PlaceUse(cues);
    this.picker = new ClaimPlacePicker(use, asides);
    this.asides = asides;
  }

  /** The resolver over these lexicons' gazetteer and cues, built once per lexicons. */
  public static PlaceResolver from(Lexicons rules) {
    return rules.built(PlaceResolver.class, r -> new PlaceResolver(Gazetteer.from(r),
        PlaceCues.from(r.file(RuleFiles.PLACE_CUES)), StopNames.from(r.file(RuleFiles.PLACE_STOPWORDS)),
        NameHeads.from(r.file(RuleFiles.NAME_HEADS)), PersonAppositions.from(r.file(RuleFiles.PERSON_APPOSITIONS)),
        ActorDictionary.from(r), HarmPlaceAsides.from(r.file(RuleFiles.HARM_PLACE_ASIDES))));
  }

  /** A document's tokens as the gazetteer reads them: make one per document and pass it to every call. */
  public PlaceReading read(DocumentTokens tokens) {
    return new PlaceReading(tokens, gazetteer, actors);
  }

  public PlaceContext context(String text, Layout layout) {
    return context(read(DocumentTokens.of(text)), layout);
  }

  /**
   * The document's focus, from its title, dateline and body: the country its places mostly lie in
   * ({@link CountryVotes}), and how often each of that country's governorates is named.
   */
  public PlaceContext context(PlaceReading doc, Layout layout) {
    String text = doc.text();
    List<Section> sections = layout.sections().stream().filter(s -> OWN_TEXT.contains(s.kind())).toList();
    CountryVotes asPlaces = new CountryVotes();
    CountryVotes anyUse = new CountryVotes();
    Map<Section, List<Used>> bySection = new LinkedHashMap<>();
    for (Section section : sections) {
      bySection.put(section, placesIn(doc, section, PlaceContext.NONE));
    }
    Map<String, String> quartersAbroad = QuartersAbroad.of(text, bySection.values().stream()
        .flatMap(List::stream).map(Used::mention).toList());
    for (Section section : sections) {
      Map<Span, Set<String>> homonyms = finder.countriesOf(doc, section.span());
      for (Used used : bySection.get(section)) {
        String ranked = quartersAbroad.getOrDefault(used.mention().place().name(), used.mention().place().country());
        Set<String> candidates = homonyms.getOrDefault(used.mention().span(), Set.of());
        Collection<String> votedFor = candidates.size() > 1 && candidates.contains(ranked) ? candidates
            : List.of(ranked.split(","));
        for (String country : votedFor) {
          boolean rankedFirst = ranked.equals(country) || !candidates.contains(ranked);
          anyUse.add(country, weight(section), rankedFirst);
          if (used.asPlace()) {
            asPlaces.add(country, weight(section), rankedFirst);
          }
        }
      }
    }
    String country = (asPlaces.isEmpty() ? anyUse : asPlaces).focus();
    if (country == null) {
      return PlaceContext.NONE;
    }
    PlaceContext known = new PlaceContext(country, Map.of());
    Map<String, Integer> admin1s = new LinkedHashMap<>();
    Set<String> named = new java.util.HashSet<>();
    List<String> headline = new java.util.ArrayList<>();
    Set<String> headlinePlaces = new java.util.HashSet<>();
    List<String> headlineTowns = new java.util.ArrayList<>();
    int leadEnd = leadEnd(text, layout);
    Span headlineSpan = headline(text, layout);
    List<GovernorateSections.Named> naming = new java.util.ArrayList<>();
    for (Section section : sections) {
      for (Used used : placesIn(doc, section, known)) {
        Place place = used.mention().place();
        if (country.equals(place.country()) && place.admin1() != null) {
          int lead = used.mention().span().start() < leadEnd ? LEAD_BONUS : 0;
          admin1s.merge(place.admin1(), weight(section) * (used.asPlace() ? 2 : 1) + lead, Integer::sum);
          if (namesGovernorate(place)) {
            named.add(place.admin1());
            if (section.kind() != SectionKind.TITLE) {
              naming.add(new GovernorateSections.Named(used.mention(), used.asPlace()));
            }
          }
          if (headlineSpan.contains(used.mention().span())) {
            if (!headline.contains(place.admin1())) {
              headline.add(place.admin1());
            }
            if (used.asPlace()) {
              headlinePlaces.add(place.admin1());
              if (place.precision() == PlacePrecision.POINT && !headlineTowns.contains(place.name())
                  && !namesGovernorate(place)) {
                headlineTowns.add(place.name());
              }
            }
          }
        }
      }
    }
    // a headline's one governorate counts only where the headline uses it as a place ("Damascus blames rebels" names a
    // government); any other governorate it names, in whatever use, leaves it without one
    if (headline.size() == 1 && !headlinePlaces.contains(headline.get(0))) {
      headline.clear();
    }
    naming.sort(java.util.Comparator.comparingInt(n -> n.mention().span().start()));
    return new PlaceContext(country, admin1s, named, headline, headlineTowns, GovernorateSections.of(text, naming));
  }

  /**
   * The mention names its governorate, whichever homonym a village name among the document's places may be: the
   * governorate, a part of it ("rural Hama", "east Hama"), or the city it is named after ("Hama").
   */
  private static boolean namesGovernorate(Place place) {
    if (place.precision() == null) {
      return false;
    }
    return switch (place.precision()) {
      case GOVERNORATE, REGION, DISTRICT -> true;
      case POINT, NEAR_POINT -> namedAsItsGovernorate(place.name(), place.admin1());
      default -> false;
    };
  }

  /**
   * Whether a place's name is its governorate's ("Idlib" in Idlib, "Hamah" in Hama): such a town's name often stands
   * for the governorate, so it tells no town apart.
   */
  public static boolean namedAsItsGovernorate(String name, String admin1) {
    return name != null && admin1 != null && NameKey.of(name).equals(NameKey.of(admin1));
  }

  /** A mention, and whether the text uses it as a place rather than as a government's name. */
  private record Used(PlaceMention mention, boolean asPlace) {}

  private List<Used> placesIn(PlaceReading doc, Section section, PlaceContext context) {
    PlaceTokens tokens = new PlaceTokens(doc, section.span());
    List<PlaceMention> found = finder.find(doc, section.span(), context);
    // where the attackers sat or the wounded were taken is named, but the document is not about it
    Set<Span> away = asides.away(doc, section.span(), found);
    return found.stream()
        .map(m -> new Used(m, use.isPlace(tokens, m) && !away.contains(m.span())))
        .toList();
  }

  /**
   * The headline: the title, else the body's first sentence (a feed's text often opens with its headline, and a news
   * story without one opens with its lead, which says where the event happened).
   */
  private static Span headline(String text, Layout layout) {
    Optional<Section> title = layout.first(SectionKind.TITLE);
    if (title.isPresent()) {
      return title.get().span();
    }
    return layout.first(SectionKind.BODY).map(s -> {
      int limit = Math.min(s.span().end(), s.span().start() + LEAD_CHARS);
      int stop = text.indexOf(". ", s.span().start());
      return new Span(s.span().start(), stop < 0 || stop > limit ? limit : stop + 1);
    }).orElse(new Span(0, 0));
  }

  /** The first sentence or so of the body: news leads with where it happened. */
  private static int leadEnd(String text, Layout layout) {
    return layout.first(SectionKind.BODY).map(s -> Math.min(s.span().end(), s.span().start() + LEAD_CHARS)).orElse(0);
  }

  private static int weight(Section section) {
    return section.kind() == SectionKind.TITLE ? TITLE_WEIGHT : 1;
  }


  /**
   * True when the text around the mention uses it as a place ("in Jayrud town", "Raqqa province", "north of Hama"),
   * not as a government's name ("its Damascus ally", "Moscow vetoed").
   */
  public boolean usedAsPlace(PlaceReading doc, PlaceMention mention) {
    Span window = new Span(Math.max(0, mention.span().start() - USE_WINDOW),
        Math.min(doc.text().length(), mention.span().end() + USE_WINDOW));
    return use.isPlace(new PlaceTokens(doc, window), mention);
  }

  /**
   * True when the mention is a town the text calls one ("the border city of Kilis") though the gazetteer knows only
   * the governorate named after it: the town, the capital of that governorate, is where it says, in whatever country.
   */
  public boolean townOfItsGovernorate(PlaceReading doc, PlaceMention mention) {
    if (mention.place().precision() != PlacePrecision.GOVERNORATE) {
      return false;
    }
    Span window = new Span(mention.span().start(), Math.min(doc.text().length(), mention.span().end() + USE_WINDOW));
    return use.namedAsTown(new PlaceTokens(doc, window), mention);
  }

  /**
   * The word for a town a sentence speaks of without naming it ("a rebel-held Syrian town", "the village"): a point
   * word of place-cues.tsv after an article and at most {@value #UNNAMED_REACH} other words, with no name after it.
   */
  public Optional<String> unnamedTown(PlaceReading doc, Span sentence) {
    PlaceTokens tokens = new PlaceTokens(doc, sentence);
    for (int i = 1; i < tokens.size(); i++) {
      String word = tokens.lower(i);
      if (!cues.has(word, CueRole.POINT) || tokens.lower(i + 1).equals("of") || tokens.lower(i + 1).equals("'s")
          || tokens.isWord(i + 1) && Character.isUpperCase(tokens.get(i + 1).text().charAt(0))) {
        continue;
      }
      for (int k = i - 1; k >= Math.max(0, i - 1 - UNNAMED_REACH) && tokens.isWord(k); k--) {
        if (ARTICLES.contains(tokens.lower(k))) {
          return Optional.of(word);
        }
        if (!tokens.namesAt(k).isEmpty()) {
          break; // "the Idlib town" is named
        }
      }
    }
    return Optional.empty();
  }

  /** True when the mention's own words call it a {@code word}: "the town of Khan Sheikhun", "Manbij city". */
  public boolean calledA(PlaceReading doc, PlaceMention mention, String word) {
    PlaceTokens tokens = new PlaceTokens(doc, mention.span());
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.lower(i).equals(word)) {
        return true;
      }
    }
    return false;
  }

  /** Every place named in {@code text[range]}, resolved, in order. */
  public List<PlaceMention> find(String text, Span range, PlaceContext context) {
    return find(read(DocumentTokens.of(text)), range, context);
  }

  public List<PlaceMention> find(PlaceReading doc, Span range, PlaceContext context) {
    return finder.find(doc, range, context);
  }

  /**
   * The place a claim's harm happened at: a place in a prepositional phrase after the count, else the place
   * nearest the count in the sentence; empty when the sentence names none (the caller falls back to the
   * document's focus).
   */
  public Optional<PlaceMention> forClaim(String text, Span sentence, Span count, PlaceContext context) {
    return forClaim(read(DocumentTokens.of(text)), sentence, count, context);
  }

  public Optional<PlaceMention> forClaim(PlaceReading doc, Span sentence, Span count, PlaceContext context) {
    return forClaim(doc, sentence, count, context, m -> true);
  }

  /** As {@link #forClaim(PlaceReading, Span, Span, PlaceContext)}, choosing only among the places {@code usable} keeps. */
  public Optional<PlaceMention> forClaim(PlaceReading doc, Span sentence, Span count, PlaceContext context,
      java.util.function.Predicate<PlaceMention> usable) {
    List<PlaceMention> named = doc.placesOf(sentence, context, () -> finder.find(doc, sentence, context));
    return picker.pick(doc, sentence, count, named.stream().filter(usable).toList());
  }

  /**
   * The first town of governorate {@code admin1} that {@code stretch} names as a place, origins and destinations set
   * aside ("fired from", "heading towards"): "Air strikes killed 18 in Idlib province. The strike on Urum al-Joz ..."
   * tells where in the governorate the lead's harm happened. A town named like its governorate ("Idlib") tells nothing
   * finer.
   */
  public Optional<PlaceMention> townIn(PlaceReading doc, Span stretch, PlaceContext context, String admin1) {
    List<PlaceMention> named = asides.keep(doc, stretch, new Span(stretch.start(), stretch.start()),
        doc.placesOf(stretch, context, () -> finder.find(doc, stretch, context)));
    PlaceTokens tokens = new PlaceTokens(doc, stretch);
    for (int i = 0; i < named.size(); i++) {
      PlaceMention m = named.get(i);
      Place place = m.place();
      if (place.precision() != PlacePrecision.POINT || !admin1.equals(place.admin1())
          || namedAsItsGovernorate(place.name(), place.admin1())) {
        continue;
      }
      // "the Damascus suburb of Jaramana": the area before it says where the town lies
      boolean ofItsArea = i > 0 && ClaimPlacePicker.townJustAfter(doc.text(), named.get(i - 1), named) == m;
      if (ofItsArea || use.isPlace(tokens, m) && !use.ofOrFrom(tokens, m)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /**
   * True when a region or district's name holds its governorate's ("rural Aleppo", "the Aleppo countryside",
   * "northern Hama"): it is a part of that governorate, not the land around one town ("the al-Rastan region").
   */
  public static boolean namesItsGovernorate(String name, String admin1) {
    return name != null && admin1 != null && NameKey.of(name).contains(NameKey.of(admin1));
  }

  /** True when the sentence spreads its harm over many places (harm-place-asides.tsv, kind spread). */
  public boolean spreads(PlaceReading doc, Span sentence) {
    return asides.spreads(doc.text(), sentence);
  }
}
