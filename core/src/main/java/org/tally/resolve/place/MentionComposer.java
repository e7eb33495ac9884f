package org.tally.resolve.place;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.tally.model.PlacePrecision;
import org.tally.model.Span;

/**
 * Reads the words around a gazetteer name into one mention: "Raqqa province" (a governorate), "the Aleppo
 * countryside" (a district), "the town of Saraqib" (a point), "near the Deir ez-Zor airport" (near a point),
 * "northern Aleppo", "eastern Syria" and "Syria's north" (regions).
 */
final class MentionComposer {
  /**
   * The words around a name read into a mention's shape, before an entry is chosen: all but the choice is the same
   * whatever the document's focus, so a stretch is composed once and placed under each focus asked for.
   *
   * @param span the mention's words; tokens {@code [from, to)} of the stretch
   */
  record Composed(Span span, int from, int to, NameMatch match, CueRole shape, String shapeWords, String direction,
      boolean near) {}

  private static final Set<CueRole> SHAPES = EnumSet.of(CueRole.GOVERNORATE, CueRole.DISTRICT, CueRole.OUTSKIRTS,
      CueRole.POINT, CueRole.SITE);
  private static final Set<CueRole> SHAPES_BEFORE = EnumSet.of(CueRole.GOVERNORATE, CueRole.DISTRICT,
      CueRole.OUTSKIRTS, CueRole.POINT);
  private static final Set<CueRole> DIRECTION = EnumSet.of(CueRole.DIRECTION);
  private static final Set<CueRole> NEAR = EnumSet.of(CueRole.NEAR);
  private static final Set<PlaceKind> POINTS = EnumSet.of(PlaceKind.CITY, PlaceKind.VILLAGE, PlaceKind.SITE);

  private final PlaceCues cues;
  private final EntryRanker ranker;
  private final Gazetteer gazetteer;

  MentionComposer(PlaceCues cues, EntryRanker ranker, Gazetteer gazetteer) {
    this.cues = cues;
    this.ranker = ranker;
    this.gazetteer = gazetteer;
  }

  /** @param floor the first token this mention may take: earlier ones belong to the mention before */
  Composed compose(PlaceTokens tokens, NameMatch match, int floor) {
    int start = match.from();
    int end = match.to();
    CueRole shape = null;
    String shapeWords = null;
    Optional<CueMatch> suffix = cues.startingAt(tokens, end, SHAPES);
    if (suffix.isPresent()) {
      shape = suffix.get().role();
      shapeWords = suffix.get().phrase();
      end = suffix.get().to();
    }
    // "the suburbs of the capital Damascus", "south of the Syrian capital Damascus": the words that call the city a
    // capital stand between it and the words that place it
    int left = capitalBefore(tokens, start, floor);
    boolean described = false;
    // "on the outskirts of Damascus" is near the city, though "outskirts of" alone would make a district
    Optional<CueMatch> nearName = nearCue(tokens, left, floor);
    int nearNameLeft = left;
    boolean nearFirst = nearName.isPresent();
    if (shape == null && !nearFirst && tokens.lower(left - 1).equals("of")) {
      Optional<CueMatch> prefix = cues.endingAt(tokens, left - 1, SHAPES_BEFORE).filter(c -> c.from() >= floor);
      if (prefix.isPresent()) {
        shape = prefix.get().role();
        shapeWords = prefix.get().phrase();
        start = prefix.get().from();
        // "a Christian district of Qamishli": one of a town's quarters, told with "a" and what sets it apart, is in the
        // town; the district a town names is "the district of" it, and "a northern district of Manbij" may be either
        if (shape == CueRole.DISTRICT && prefix.get().phrase().equals("district")
            && indefiniteBefore(tokens, start, floor)) {
          shape = CueRole.POINT;
        }
        left = cues.has(tokens.lower(start - 1), CueRole.DEMONYM) ? start - 1 : start;
        described = shape == CueRole.POINT || shape == CueRole.GOVERNORATE;
      }
    }
    String direction = null;
    // "the northern city of Aleppo", "the eastern province of Deir Ezzor": the direction places the city or
    // province in its country, it does not cut a part out of it
    Optional<CueMatch> directionOf = directionOf(tokens, left, floor);
    Optional<CueMatch> before = described || nearFirst ? Optional.empty() : directionOf.isPresent() ? directionOf
        : cues.endingAt(tokens, left, DIRECTION).filter(c -> c.from() >= floor);
    if (before.isPresent()) {
      direction = before.get().phrase();
      start = before.get().from();
      left = start;
    }
    Optional<CueMatch> possessive = possessiveDirection(tokens, end);
    if (direction == null && shape == null && possessive.isPresent()) {
      direction = possessive.get().phrase();
      end = possessive.get().to();
    }
    boolean near = false;
    if (direction == null) {
      // asked once already where the words before the name did not move its left edge
      Optional<CueMatch> nearCue = left == nearNameLeft ? nearName : nearCue(tokens, left, floor);
      if (nearCue.isPresent()) {
        near = true;
        start = nearCue.get().from();
      }
    }

    return new Composed(tokens.span(start, end), start, end, match, shape, shapeWords, direction, near);
  }

  /** The mention a composed name makes in a document focused on {@code context}'s country. */
  PlaceMention place(Composed composed, PlaceContext context) {
    CueRole shape = composed.shape();
    Set<PlaceKind> wanted = shape == CueRole.GOVERNORATE ? EnumSet.of(PlaceKind.ADMIN1)
        : shape == CueRole.POINT ? POINTS : EnumSet.noneOf(PlaceKind.class);
    GazetteerEntry entry = ranker.best(composed.match().entries(), context, wanted, composed.span().start());
    Place place = shaped(entry, shape, composed.shapeWords());
    if (composed.direction() != null) {
      place = new Place(composed.direction() + " " + place.name(), place.admin1(), place.country(), null, null,
          PlacePrecision.REGION);
    } else if (composed.near() && place.precision() == PlacePrecision.POINT) {
      place = new Place(place.name(), gazetteer.admin1Near(place), place.country(), place.lat(), place.lon(),
          PlacePrecision.NEAR_POINT);
    }
    return new PlaceMention(composed.span(), place);
  }

  /**
   * The first token of "the capital", "the Syrian capital" right before a name's first token {@code at}; else {@code at}.
   * The mention keeps its own words: only the words before these may place it.
   */
  private int capitalBefore(PlaceTokens tokens, int at, int floor) {
    if (!tokens.lower(at - 1).equals("capital")) {
      return at;
    }
    int k = at - 1;
    k = cues.has(tokens.lower(k - 1), CueRole.DEMONYM) ? k - 1 : k;
    k = tokens.lower(k - 1).equals("the") ? k - 1 : k;
    return k >= floor ? k : at;
  }

  /** Most words that may stand between "a" and the word for a part of a town: "a predominantly Christian district". */
  private static final int INDEFINITE_REACH = 2;
  private static final Set<String> NOT_BETWEEN = Set.of("the", "of", "in", "and", "or", "to", "at", "on");

  /** "a" or "an" opens the words right before {@code at}, with at most two plain words between, none a direction. */
  private boolean indefiniteBefore(PlaceTokens tokens, int at, int floor) {
    for (int k = at - 1; k >= floor && k >= at - 1 - INDEFINITE_REACH; k--) {
      String word = tokens.lower(k);
      if (word.equals("a") || word.equals("an")) {
        return true;
      }
      if (!tokens.isWord(k) || NOT_BETWEEN.contains(word) || cues.has(word, CueRole.DIRECTION)) {
        return false;
      }
    }
    return false;
  }

  /** "near Manbij", "near the Deir ez-Zor airport". */
  private Optional<CueMatch> nearCue(PlaceTokens tokens, int left, int floor) {
    int nearEnd = tokens.lower(left - 1).equals("the") ? left - 1 : left;
    return cues.endingAt(tokens, nearEnd, NEAR).filter(c -> c.from() >= floor);
  }

  private Place shaped(GazetteerEntry entry, CueRole shape, String words) {
    String admin1 = entry.kind() == PlaceKind.ADMIN1 ? entry.name() : entry.admin1();
    Place plain = new Place(entry.name(), admin1, entry.country(), entry.lat(), entry.lon(), entry.kind().precision());
    if (shape == null || entry.kind() == PlaceKind.COUNTRY) {
      return plain;
    }
    return switch (shape) {
      case GOVERNORATE -> admin1 == null ? plain
          : new Place(gazetteer.admin1(entry.country(), admin1).map(GazetteerEntry::name).orElse(admin1), admin1,
              entry.country(), null, null, PlacePrecision.GOVERNORATE);
      case DISTRICT -> entry.kind() == PlaceKind.DISTRICT ? plain
          : new Place(entry.name() + " " + words, admin1, entry.country(), null, null, PlacePrecision.DISTRICT);
      // "the suburbs of Damascus", "the Damascus region": the land around a city that is a governorate of its own
      // lies in the governorate around it (surroundings.tsv)
      case OUTSKIRTS -> entry.kind() == PlaceKind.DISTRICT ? plain
          : new Place(entry.name() + " " + words, entry.kind().isPoint() ? gazetteer.admin1Near(plain) : admin1,
              entry.country(), null, null, PlacePrecision.DISTRICT);
      case SITE -> entry.kind().isPoint()
          ? new Place(entry.name() + " " + words, admin1, entry.country(), entry.lat(), entry.lon(),
              PlacePrecision.POINT)
          : plain;
      // "Regime raids kill 10 in Idlib village": a city that names its governorate, called a village, is no village
      // but the adjective of "an Idlib village", one somewhere in the governorate; "Tokhar village" stays the village
      case POINT -> isVillageWord(words) && entry.kind() == PlaceKind.CITY && admin1 != null
          && entry.name().equalsIgnoreCase(admin1)
          ? governorateAround(plain) : plain;
      default -> plain;
    };
  }

  /** The governorate a village of this city lies in: the one around it for a city that is a governorate of its own. */
  private Place governorateAround(Place city) {
    String admin1 = gazetteer.admin1Near(city);
    String name = gazetteer.admin1(city.country(), admin1).map(GazetteerEntry::name).orElse(admin1);
    return new Place(name, admin1, city.country(), null, null, PlacePrecision.GOVERNORATE);
  }

  private static boolean isVillageWord(String words) {
    return words != null && (words.equalsIgnoreCase("village") || words.equalsIgnoreCase("villages"));
  }

  /** "the north of Syria": a direction noun, "of", right before the name, after "the". */
  private Optional<CueMatch> directionOf(PlaceTokens tokens, int left, int floor) {
    if (!tokens.lower(left - 1).equals("of")) {
      return Optional.empty();
    }
    return cues.endingAt(tokens, left - 1, DIRECTION)
        .filter(c -> c.from() >= floor && isNoun(c.phrase()) && tokens.lower(c.from() - 1).equals("the"));
  }

  /** "Syria's north", "Idlib's south-west": the direction stands alone after the possessive. */
  private Optional<CueMatch> possessiveDirection(PlaceTokens tokens, int end) {
    if (!tokens.lower(end).equals("'s")) {
      return Optional.empty();
    }
    return cues.startingAt(tokens, end + 1, DIRECTION)
        .filter(c -> isNoun(c.phrase()) && !tokens.isWord(c.to()) || isNoun(c.phrase()) && isLinkWord(tokens, c.to()))
        .map(c -> new CueMatch(end, c.to(), c.role(), c.phrase()));
  }

  private boolean isLinkWord(PlaceTokens tokens, int i) {
    String word = tokens.lower(i);
    return Character.isLowerCase(tokens.get(i).text().charAt(0)) && !cues.has(word, CueRole.POINT)
        && !cues.has(word, CueRole.GOVERNORATE) && !cues.has(word, CueRole.DISTRICT)
        && !cues.has(word, CueRole.OUTSKIRTS) && !cues.has(word, CueRole.SITE);
  }

  private static boolean isNoun(String direction) {
    return !direction.endsWith("ern") && !direction.equals("central");
  }
}
