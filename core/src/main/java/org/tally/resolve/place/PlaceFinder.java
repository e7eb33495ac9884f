package org.tally.resolve.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tally.model.Span;

/** Finds every place named in a stretch of text, left to right, the longest name first. */
final class PlaceFinder {
  private static final Set<String> PART_WORDS = Set.of("part", "parts", "region", "regions", "area", "areas",
      "half", "side", "province", "provinces");

  private final Gazetteer gazetteer;
  private final PlaceCues cues;
  private final NameFilter filter;
  private final MentionComposer composer;

  PlaceFinder(Gazetteer gazetteer, PlaceCues cues, StopNames stop, NameHeads heads, PersonAppositions persons) {
    this.gazetteer = gazetteer;
    this.cues = cues;
    this.filter = new NameFilter(cues, stop, heads, persons);
    this.composer = new MentionComposer(cues, new EntryRanker(), gazetteer);
  }

  List<PlaceMention> find(PlaceReading doc, Span range, PlaceContext context) {
    PlaceTokens tokens = new PlaceTokens(doc, range);
    List<PlaceMention> out = new ArrayList<>();
    for (MentionComposer.Composed composed : doc.composed(range, () -> compose(tokens))) {
      out.add(composer.place(composed, context));
    }
    addCountryParts(tokens, context, out);
    addNearCapital(tokens, context, out);
    out.sort(Comparator.comparingInt(m -> m.span().start()));
    return CountryLists.merge(doc.text(), out, context, gazetteer);
  }

  /**
   * The countries each name of a stretch may lie in, by its mention's words: one country for most, several for a
   * homonym ("Ariha", a town of Idlib and Jericho's Arabic name).
   */
  Map<Span, Set<String>> countriesOf(PlaceReading doc, Span range) {
    Map<Span, Set<String>> out = new HashMap<>();
    for (MentionComposer.Composed composed : doc.composed(range, () -> compose(new PlaceTokens(doc, range)))) {
      Set<String> countries = new LinkedHashSet<>();
      for (GazetteerEntry entry : composed.match().entries()) {
        if (entry.country() != null) {
          countries.add(entry.country());
        }
      }
      out.put(composed.span(), countries);
    }
    return out;
  }

  /** The names of a stretch read into mentions' shapes, left to right, the longest name first: no focus needed. */
  private List<MentionComposer.Composed> compose(PlaceTokens tokens) {
    boolean titleCase = tokens.titleCase(); // headlines capitalise most words, so there capitals do not mark names
    List<MentionComposer.Composed> out = new ArrayList<>();
    int floor = 0;
    int i = 0;
    while (i < tokens.size()) {
      NameMatch accepted = null;
      if (tokens.isWord(i)) {
        List<NameMatch> names = tokens.namesAt(i);
        for (int k = 0; k < names.size(); k++) { // by index: most lists are empty, and an iterator costs an object
          NameMatch match = names.get(k);
          if (filter.accepts(tokens, match, titleCase, floor == i && i > 0)) {
            accepted = match;
            break;
          }
        }
      }
      if (accepted == null) {
        i++;
        continue;
      }
      MentionComposer.Composed composed = composer.compose(tokens, accepted, floor);
      if (!out.isEmpty() && restatesCapital(tokens, out.get(out.size() - 1), composed)) {
        // "south of the Syrian capital Damascus": the name only restates the capital the words before it named
        MentionComposer.Composed capital = out.remove(out.size() - 1);
        composed = new MentionComposer.Composed(new Span(capital.span().start(), composed.span().end()), capital.from(),
            composed.to(), capital.match(), capital.shape(), capital.shapeWords(), capital.direction(), capital.near());
      }
      out.add(composed);
      floor = composed.to();
      i = composed.to();
    }
    return out;
  }

  /**
   * True when {@code name}, bare, follows at once a mention that ends with "capital" and names the same place ("the
   * Syrian capital Damascus", "Syrias capital Damascus").
   */
  private static boolean restatesCapital(PlaceTokens tokens, MentionComposer.Composed capital,
      MentionComposer.Composed name) {
    if (capital.to() != name.from() || name.from() != name.match().from() || name.to() != name.match().to()
        || !tokens.lower(capital.match().to() - 1).equals("capital")) {
      return false;
    }
    for (GazetteerEntry entry : name.match().entries()) {
      if (capital.match().entries().stream().anyMatch(e -> e.name().equals(entry.name())
          && java.util.Objects.equals(e.country(), entry.country()))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<CueRole> NEAR = java.util.EnumSet.of(CueRole.NEAR);
  private static final Set<CueRole> OUTSKIRTS = java.util.EnumSet.of(CueRole.OUTSKIRTS);

  /**
   * "on the outskirts of the capital", "east of the capital", "the suburbs of the capital": near the capital of the
   * document's country (capitals.tsv), which the text does not name, so in the governorate around it where the city
   * is a governorate of its own (surroundings.tsv). "the capital Damascus" is left to the name, and "in the capital"
   * to the focus.
   */
  private void addNearCapital(PlaceTokens tokens, PlaceContext context, List<PlaceMention> out) {
    Optional<GazetteerEntry> capital = context.country() == null ? Optional.empty()
        : gazetteer.capital(context.country());
    if (capital.isEmpty()) {
      return;
    }
    for (int k = 1; k < tokens.size(); k++) {
      if (!tokens.lower(k).equals("capital") || !tokens.lower(k - 1).equals("the") || tokens.lower(k + 1).equals("of")
          || tokens.isWord(k + 1) && Character.isUpperCase(tokens.get(k + 1).text().charAt(0))) {
        continue;
      }
      Optional<CueMatch> near = cues.endingAt(tokens, k - 1, NEAR);
      Optional<CueMatch> around = near.isEmpty() && tokens.lower(k - 2).equals("of")
          ? cues.endingAt(tokens, k - 2, OUTSKIRTS) : Optional.empty();
      if (near.isEmpty() && around.isEmpty()) {
        continue;
      }
      Span span = tokens.span(near.or(() -> around).get().from(), k + 1);
      // "the Eastern Ghouta region outside the capital": the words only say where the place named before them lies
      if (out.stream().anyMatch(m -> m.span().overlaps(span) || m.span().end() <= span.start()
          && tokens.text().substring(m.span().end(), span.start()).replace(",", "").isBlank())) {
        continue;
      }
      GazetteerEntry city = capital.get();
      String admin1 = gazetteer.admin1Near(new Place(city.name(), city.admin1(), city.country(), city.lat(), city.lon(),
          org.tally.model.PlacePrecision.POINT));
      out.add(new PlaceMention(span, near.isPresent()
          ? new Place(city.name(), admin1, city.country(), city.lat(), city.lon(), org.tally.model.PlacePrecision.NEAR_POINT)
          : new Place(city.name() + " " + around.get().phrase(), admin1, city.country(), null, null,
              org.tally.model.PlacePrecision.DISTRICT)));
    }
  }

  /** "the eastern part of the country", "the north of the country", "the country's north": the context country. */
  private void addCountryParts(PlaceTokens tokens, PlaceContext context, List<PlaceMention> out) {
    if (context.country() == null) {
      return;
    }
    String countryName = gazetteer.country(context.country()).map(GazetteerEntry::name).orElse(context.country());
    for (int at = 0; at + 1 < tokens.size(); at++) {
      final int k = at;
      if (!tokens.lower(k + 1).equals("country")
          || !cues.has(tokens.lower(k) + " " + tokens.lower(k + 1), CueRole.COUNTRY)) {
        continue;
      }
      Optional<int[]> region = regionBefore(tokens, k).or(() -> regionAfter(tokens, k));
      if (region.isEmpty()) {
        continue;
      }
      int[] r = region.get();
      Span span = tokens.span(r[0], r[1]);
      if (out.stream().anyMatch(m -> m.span().overlaps(span))) {
        continue;
      }
      String direction = tokens.lower(r[2]);
      out.add(new PlaceMention(span, new Place(direction + " " + countryName, null, context.country(), null, null,
          org.tally.model.PlacePrecision.REGION)));
    }
  }

  /** "the eastern part of the country", "the north of the country": {from, to, direction index}. */
  private Optional<int[]> regionBefore(PlaceTokens tokens, int k) {
    if (!tokens.lower(k - 1).equals("of")) {
      return Optional.empty();
    }
    int d = PART_WORDS.contains(tokens.lower(k - 2)) ? k - 3 : k - 2;
    if (d < 0 || !cues.has(tokens.lower(d), CueRole.DIRECTION)) {
      return Optional.empty();
    }
    int from = tokens.lower(d - 1).equals("the") ? d - 1 : d;
    return Optional.of(new int[] {from, k + 2, d});
  }

  /** "the country's north". */
  private Optional<int[]> regionAfter(PlaceTokens tokens, int k) {
    if (!tokens.lower(k + 2).equals("'s") || !cues.has(tokens.lower(k + 3), CueRole.DIRECTION)) {
      return Optional.empty();
    }
    return Optional.of(new int[] {k, k + 4, k + 3});
  }
}
