package org.tally.resolve.place;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tally.model.PlacePrecision;
import org.tally.model.Span;

/**
 * Picks the place where a claim's harm happened from the places of its sentence: the first one in a
 * prepositional phrase after the count ("killed in X", "near X", "in the town of X"); else the place
 * nearest the count, passing over countries named bare, which mostly stand for their governments. Either gives way
 * to a finer place of the same country when it is only a country or a region ("killed in Syria ... in Raqqa", "in
 * Idlib province in northwest Syria killed 22").
 */
final class ClaimPlacePicker {
  private final PlaceUse use;

  ClaimPlacePicker(PlaceUse use) {
    this.use = use;
  }

  Optional<PlaceMention> pick(PlaceReading doc, Span sentence, Span count, List<PlaceMention> mentions) {
    if (mentions.isEmpty()) {
      return Optional.empty();
    }
    PlaceTokens tokens = new PlaceTokens(doc, sentence);
    Optional<PlaceMention> phrase = mentions.stream()
        .filter(m -> m.span().start() >= count.end() && use.afterPreposition(tokens, m))
        .findFirst();
    if (phrase.isPresent()) {
      return Optional.of(finer(phrase.get(), count, mentions));
    }
    // a country named bare is mostly its government or army ("US forces", "Russia said")
    return mentions.stream()
        .filter(m -> m.place().precision() != PlacePrecision.COUNTRY || use.isPlace(tokens, m))
        .min(Comparator.comparingInt(m -> distance(m.span(), count)))
        .map(nearest -> finer(nearest, count, mentions));
  }

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
