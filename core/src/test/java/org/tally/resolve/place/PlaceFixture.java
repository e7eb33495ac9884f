package org.tally.resolve.place;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tally.lexicon.Lexicons;
import org.tally.model.Layout;
import org.tally.model.Section;
import org.tally.model.SectionKind;
import org.tally.model.Span;

/**
 * Runs the standard place resolver over an invented text given as one body section: the places it names in the
 * document's own context, or the place of the claim at a count as a Syrian article's.
 */
final class PlaceFixture {
  static final PlaceResolver RESOLVER = PlaceResolver.from(Lexicons.bundled());
  static final PlaceContext SYRIA = new PlaceContext("SY", Map.of());

  private PlaceFixture() {}

  /** The context a document of this one body section gives its places. */
  static PlaceContext bodyContext(String text) {
    return RESOLVER.context(text, new Layout(List.of(new Section(SectionKind.BODY, 0, text.length()))));
  }

  /** Every place the text names, read in its own document's context. */
  static List<PlaceMention> inBody(String text) {
    return RESOLVER.find(text, new Span(0, text.length()), bodyContext(text));
  }

  /** The first place of the text whose words hold {@code name}, read in its own document's context. */
  static Place named(String text, String name) {
    return inBody(text).stream().filter(m -> m.span().text(text).contains(name)).findFirst().orElseThrow().place();
  }

  /** The place of the claim whose count is the first occurrence of {@code count} in the text, in a Syrian article. */
  static Optional<PlaceMention> ofCount(String text, String count) {
    int at = text.indexOf(count);
    return RESOLVER.forClaim(text, new Span(0, text.length()), new Span(at, at + count.length()), SYRIA);
  }

  /** As {@link #ofCount}, told as its precision, governorate and the words that name it ("TOWN Idlib Saraqeb"). */
  static Optional<String> placedAt(String text, String count) {
    return ofCount(text, count).map(m -> m.place().precision() + " " + m.place().admin1() + " " + m.span().text(text));
  }
}
