package org.tally.resolve.place;

import java.util.EnumSet;
import java.util.Set;
import org.tally.model.PlacePrecision;

/**
 * Whether a mention is used as a place: after a preposition ("killed in Raqqa", "near Manbij", "in the town
 * of Saraqib"), or shaped by place words ("Raqqa province", "eastern Syria"). Country and capital names
 * also name governments and armies ("US forces", "Moscow condemned"), and then they say nothing about where.
 */
final class PlaceUse {
  private static final Set<CueRole> PREPOSITIONS = EnumSet.of(CueRole.CUE, CueRole.NEAR);
  private static final Set<CueRole> SHAPES = EnumSet.of(CueRole.GOVERNORATE, CueRole.DISTRICT, CueRole.OUTSKIRTS,
      CueRole.POINT);
  private static final Set<CueRole> TOWN = EnumSet.of(CueRole.POINT);
  private static final Set<CueRole> NEAR = EnumSet.of(CueRole.NEAR);

  private final PlaceCues cues;

  PlaceUse(PlaceCues cues) {
    this.cues = cues;
  }

  /** True when the mention sits in a prepositional phrase, or its own words make it a place. */
  boolean isPlace(PlaceTokens tokens, PlaceMention mention) {
    PlacePrecision precision = mention.place().precision();
    return precision != PlacePrecision.POINT && precision != PlacePrecision.COUNTRY
        || afterPreposition(tokens, mention) || precision == PlacePrecision.POINT && shaped(tokens, mention);
  }

  /** "killed in X", "near X", "in the Syrian town of X". */
  boolean afterPreposition(PlaceTokens tokens, PlaceMention mention) {
    int at = tokens.indexAt(mention.span().start());
    if (at < 0) {
      return false;
    }
    if (cues.startingAt(tokens, at, NEAR).isPresent()) {
      return true;
    }
    int k = skipThe(tokens, at - 1);
    java.util.Optional<CueMatch> shape = tokens.lower(k).equals("of") ? cues.endingAt(tokens, k, SHAPES)
        : java.util.Optional.empty();
    if (shape.isPresent()) {
      k = shape.get().from() - 1;
      k = cues.has(tokens.lower(k), CueRole.DEMONYM) ? k - 1 : k;
      k = skipThe(tokens, k);
    } else if (k >= 0 && (cues.has(tokens.lower(k), CueRole.DEMONYM) || cues.has(tokens.lower(k), CueRole.BETWEEN))
        && mention.place().precision() != PlacePrecision.COUNTRY) {
      // "22 in neighbouring Idlib province"; but "in neighbouring Iraq" is the country next door, not one the text is in
      k--;
    }
    return k >= 0 && cues.endingAt(tokens, k + 1, PREPOSITIONS).isPresent();
  }

  /**
   * "the local council of the Syrian city of Afrin", "families from the town of Daraya": a town that something named
   * before it belongs to, or that people came from, is not where the harm happened.
   */
  boolean ofOrFrom(PlaceTokens tokens, PlaceMention mention) {
    int at = tokens.indexAt(mention.span().start());
    if (at < 0) {
      return false;
    }
    // the mention may start with its own shape words ("city of Afrin"): look before them
    int k = cues.has(tokens.lower(at - 1), CueRole.DEMONYM) ? at - 2 : at - 1;
    k = skipThe(tokens, k);
    if (tokens.lower(k).equals("of")) {
      java.util.Optional<CueMatch> shape = cues.endingAt(tokens, k, SHAPES);
      if (shape.isEmpty()) {
        return true;
      }
      k = shape.get().from() - 1;
      k = cues.has(tokens.lower(k), CueRole.DEMONYM) ? k - 1 : k;
      k = skipThe(tokens, k);
    }
    return tokens.lower(k).equals("of") || tokens.lower(k).equals("from");
  }

  /** "the border city of Kilis", "the town of Arsal": words before the name say it is a town. */
  boolean namedAsTown(PlaceTokens tokens, PlaceMention mention) {
    int at = tokens.indexAt(mention.span().start());
    if (at < 0) {
      return false;
    }
    java.util.Optional<CueMatch> shape = cues.startingAt(tokens, at, TOWN);
    return shape.isPresent() && tokens.lower(shape.get().to()).equals("of");
  }

  /** "the town of Saraqib", "Manbij city". */
  private boolean shaped(PlaceTokens tokens, PlaceMention mention) {
    int at = tokens.indexAt(mention.span().start());
    return at >= 0 && (cues.startingAt(tokens, at, SHAPES).isPresent()
        || mention.span().text(tokens.text()).contains(" "));
  }

  private static int skipThe(PlaceTokens tokens, int k) {
    return tokens.lower(k).equals("the") ? k - 1 : k;
  }
}
