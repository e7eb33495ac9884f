package org.tally.resolve.place;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tally.model.PlacePrecision;
import org.tally.model.Span;
import org.tally.text.Dateline;

/**
 * Picks the place where a claim's harm happened from the places of its sentence: the first one in a
 * prepositional phrase after the count ("killed in X", "near X", "in the town of X"); else the place
 * nearest the count, passing over countries named bare, which mostly stand for their governments. Either gives way
 * to a finer place of the same country when it is only a country or a region ("killed in Syria ... in Raqqa", "in
 * Idlib province in northwest Syria killed 22"). Places the sentence names as elsewhere than the harm ({@link
 * HarmPlaceAsides}) are not picked.
 */
final class ClaimPlacePicker {
  private final PlaceUse use;
  private final HarmPlaceAsides asides;

  ClaimPlacePicker(PlaceUse use, HarmPlaceAsides asides) {
    this.use = use;
    this.asides = asides;
  }

  Optional<PlaceMention> pick(PlaceReading doc, Span sentence, Span count, List<PlaceMention> named) {
    // where the attackers sat, or where others were heading, is not where the harm happened
    List<PlaceMention> mentions = pastDateline(doc.text(), sentence, asides.keep(doc, sentence, count, named));
    if (mentions.isEmpty()) {
      return Optional.empty();
    }
    PlaceTokens tokens = new PlaceTokens(doc, sentence);
    Optional<PlaceMention> phrase = mentions.stream()
        .filter(m -> m.span().start() >= count.end() && use.afterPreposition(tokens, m))
        .findFirst();
    if (phrase.isPresent()) {
      return Optional.of(finer(townJustAfter(doc.text(), placedByNext(doc.text(),
          containedJustBefore(doc.text(), phrase.get(), mentions), mentions), mentions), count, mentions));
    }
    // a country named bare is mostly its government or army ("US forces", "Russia said")
    // "Air strikes hit Khan Sheikhoun in southern Idlib, killing 12": the wider place nearest the count only says
    // where the one before it lies
    return mentions.stream()
        .filter(m -> m.place().precision() != PlacePrecision.COUNTRY || use.isPlace(tokens, m))
        .min(Comparator.comparingInt(m -> distance(m.span(), count)))
        .map(nearest -> finer(townJustAfter(doc.text(), placedByNext(doc.text(), nearest.span().end() <= count.start()
            ? containedJustBefore(doc.text(), nearest, mentions) : nearest, mentions), mentions), count, mentions));
  }

  /**
   * "the market in Idlib province's Maaret al-Numan", "the Damascus suburb of Jaramana", "Aleppo countryside's
   * Atareb": a governorate, region or district that a town of its own governorate follows at once, bare, with "of" or
   * with a possessive, only says where that town lies; the town is the place. "in Idlib province, Saraqib" (a list)
   * and a town of another governorate ("Hama province Homs") do not.
   */
  static PlaceMention townJustAfter(String text, PlaceMention chosen, List<PlaceMention> mentions) {
    PlacePrecision precision = chosen.place().precision();
    if (precision != PlacePrecision.GOVERNORATE && precision != PlacePrecision.REGION
        && precision != PlacePrecision.DISTRICT || chosen.place().admin1() == null) {
      return chosen;
    }
    PlaceMention after = nextAfter(chosen, mentions);
    if (after == null || after.place().precision() != PlacePrecision.POINT
        || !chosen.place().admin1().equals(after.place().admin1())
        || PlaceResolver.namedAsItsGovernorate(after.place().name(), after.place().admin1())) {
      return chosen;
    }
    String between = text.substring(chosen.span().end(), after.span().start()).strip().toLowerCase(java.util.Locale.ROOT);
    return TOWN_LINKS.contains(between) ? after : chosen;
  }

  /**
   * "the village of Atshanah, east Hama", "al-Tayba village in the eastern countryside of Salamiyeh": a town that the
   * words right after it place in a part of another governorate than its gazetteer entry's is a homonym the gazetteer
   * lacks, and the part the text names is the place. The part must be a region or an area ("east Hama", "rural
   * Hama", "the Hama countryside"), or a province after "in": after a comma a province may begin a list ("Aleppo,
   * Idlib province"); and a town named as its governorate ("Homs") is a city the text lists, not a homonym.
   */
  static PlaceMention placedByNext(String text, PlaceMention chosen, List<PlaceMention> mentions) {
    Place town = chosen.place();
    if (town.precision() != PlacePrecision.POINT || town.admin1() == null
        || PlaceResolver.namedAsItsGovernorate(town.name(), town.admin1())) {
      return chosen;
    }
    PlaceMention after = nextAfter(chosen, mentions);
    if (after == null || after.place().admin1() == null || after.place().admin1().equals(town.admin1())
        || !town.country().equals(after.place().country())) {
      return chosen;
    }
    PlacePrecision precision = after.place().precision();
    String between = text.substring(chosen.span().end(), after.span().start()).strip().toLowerCase(java.util.Locale.ROOT);
    boolean part = precision == PlacePrecision.REGION || precision == PlacePrecision.DISTRICT;
    boolean in = between.equals("in") || between.equals("in the");
    return part && (in || between.equals(",")) || precision == PlacePrecision.GOVERNORATE && in ? after : chosen;
  }

  /** The first mention that starts at or after the end of {@code chosen}; null when none does. */
  private static PlaceMention nextAfter(PlaceMention chosen, List<PlaceMention> mentions) {
    for (PlaceMention m : mentions) {
      if (m.span().start() >= chosen.span().end()) {
        return m;
      }
    }
    return null;
  }

  /** The words between a governorate or area and the town of it that follows: "Idlib province's Saraqib". */
  private static final java.util.Set<String> TOWN_LINKS = java.util.Set.of("", "'s", "’s", "of", "of the");

  /**
   * "KABUL, Afghanistan (May 14) — A force killed two insurgents in Nad-e Ali district, Helmand province": the
   * dateline says where the release was filed; a place the sentence itself names is where the harm happened.
   */
  private static List<PlaceMention> pastDateline(String text, Span sentence, List<PlaceMention> mentions) {
    int datelineEnd = Dateline.end(text, sentence);
    if (datelineEnd < 0) {
      return mentions;
    }
    List<PlaceMention> told = mentions.stream().filter(m -> m.span().start() > datelineEnd).toList();
    return told.isEmpty() ? mentions : told;
  }

  /**
   * "the village of Tokhar part of the city of Manbij in the governorate of Aleppo": a governorate or region that
   * only says where the place just before it lies gives way to that place, and a town to the village named as part
   * of it; so does a place told by its bearing from a city ("Talbiseh, north of Homs").
   */
  private static PlaceMention containedJustBefore(String text, PlaceMention chosen, List<PlaceMention> mentions) {
    PlacePrecision precision = chosen.place().precision();
    if (precision == PlacePrecision.NEAR_POINT) {
      return bearingFrom(text, chosen, mentions);
    }
    if (precision != PlacePrecision.GOVERNORATE && precision != PlacePrecision.REGION
        && precision != PlacePrecision.DISTRICT || chosen.place().admin1() == null) {
      return chosen;
    }
    PlaceMention current = chosen;
    while (true) {
      PlaceMention before = justBefore(current, mentions);
      if (before == null || !chosen.place().admin1().equals(before.place().admin1())
          || before.place().precision() != PlacePrecision.POINT && before.place().precision() != PlacePrecision.NEAR_POINT) {
        return current;
      }
      String between = text.substring(before.span().end(), current.span().start()).strip().toLowerCase(java.util.Locale.ROOT);
      boolean pointBefore = current.place().precision() == PlacePrecision.POINT;
      if (!(pointBefore ? PART_LINKS : CONTAINER_LINKS).contains(between)) {
        return current;
      }
      current = before;
    }
  }

  /**
   * "Talbiseh, north of Homs", "Douma around 10km northeast of Damascus": a town named just before its bearing from a
   * city of the same governorate is the place; the bearing only says where it lies.
   */
  private static PlaceMention bearingFrom(String text, PlaceMention chosen, List<PlaceMention> mentions) {
    PlaceMention before = justBefore(chosen, mentions);
    String between = before == null ? null : text.substring(before.span().end(), chosen.span().start()).strip();
    boolean bearing = chosen.span().text(text).toLowerCase(java.util.Locale.ROOT).contains(" of ");
    return before != null && bearing && (between.isEmpty() || between.equals(","))
        && before.place().precision() == PlacePrecision.POINT && before.place().admin1() != null
        && (before.place().admin1().equals(chosen.place().admin1()) || within(before.place(), chosen.place()))
        ? before : chosen;
  }

  /** How far a town told by its bearing from a city of another governorate may lie from it, in kilometres. */
  private static final double BEARING_REACH_KM = 150;

  /**
   * "al-Muqdadiyah, northeast of Baghdad", "Baquba, 60 km northeast of Baghdad": a town of another governorate than
   * the city it is told from, but near enough to it, is the place; a town far from the city is a homonym the
   * gazetteer chose wrongly, and the bearing is the better place.
   */
  private static boolean within(Place town, Place city) {
    if (town.lat() == null || town.lon() == null || city.lat() == null || city.lon() == null
        || !java.util.Objects.equals(town.country(), city.country())) {
      return false;
    }
    double dLat = Math.toRadians(city.lat() - town.lat());
    double dLon = Math.toRadians(city.lon() - town.lon()) * Math.cos(Math.toRadians((city.lat() + town.lat()) / 2));
    return 6371 * Math.hypot(dLat, dLon) <= BEARING_REACH_KM;
  }

  /** The last mention (in text order) that ends before {@code mention} starts, or null. */
  private static PlaceMention justBefore(PlaceMention mention, List<PlaceMention> mentions) {
    PlaceMention before = null;
    for (PlaceMention m : mentions) {
      if (m.span().end() <= mention.span().start()) {
        before = m;
      }
    }
    return before;
  }

  /** The words between a place and the wider one it lies in: "Manbij, Aleppo", "Manbij in the governorate of". */
  private static final java.util.Set<String> CONTAINER_LINKS = java.util.Set.of(",", "in", "in the", "of", "of the");
  /** The words between a village and the town it is part of. */
  private static final java.util.Set<String> PART_LINKS = java.util.Set.of("part of", "part of the", ", part of",
      ", part of the");

  /** A country or a country-wide region gives way to the nearest finer place in the same country. */
  private static PlaceMention finer(PlaceMention chosen, Span count, List<PlaceMention> mentions) {
    if (chosen.place().admin1() != null) {
      return chosen;
    }
    return mentions.stream()
        .filter(m -> m.place().admin1() != null && m.place().precision() != PlacePrecision.COUNTRIES
            && chosen.place().country().contains(m.place().country()))
        .min(Comparator.comparingInt(m -> distance(m.span(), count)))
        .orElse(chosen);
  }

  private static int distance(Span place, Span count) {
    return place.start() >= count.end() ? place.start() - count.end() : count.start() - place.end() + 1;
  }
}
