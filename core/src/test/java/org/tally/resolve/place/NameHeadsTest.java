package org.tally.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.resolve.place.PlaceFixture.RESOLVER;
import static org.tally.resolve.place.PlaceFixture.SYRIA;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.model.Span;

/**
 * Issue 13: "Tel Brak", "Tel Minis", "Marj Dahdah" are villages the gazetteer lacks, and their first words are
 * alternate names of other towns ("Tell" of At Tall near Damascus, "Marj" of a Libyan city). Before the rest of a
 * name the first word is no place; alone it still is.
 */
class NameHeadsTest {
  /** True when some place read in the text ends where the first {@code word} of it ends. */
  private static boolean placeEndsAt(String text, String word) {
    int end = text.indexOf(word) + word.length();
    return RESOLVER.find(text, new Span(0, text.length()), SYRIA).stream().anyMatch(m -> m.span().end() == end);
  }

  private static List<String> places(String text) {
    return RESOLVER.find(text, new Span(0, text.length()), SYRIA).stream()
        .map(m -> m.span().text(text) + " " + m.place().admin1()).toList();
  }

  @Test
  void aHeadWordBeforeTheRestOfAnUnknownName() {
    String text = "Three children were killed in air strikes on Tel Minis in northeastern Idlib province.";
    assertThat(placeEndsAt(text, "Tel")).isFalse();
    assertThat(places(text)).anyMatch(p -> p.endsWith("Idlib"));
  }

  @Test
  void aHeadWordBeforeAnArticledName() {
    assertThat(placeEndsAt("Mortar shells fell on Marj al-Dahab, injuring two women.", "Marj")).isFalse();
  }

  @Test
  void theTownItselfWrittenAloneStaysAPlace() {
    // near miss: "Tell" before a lower-case word, at the end of a clause
    assertThat(places("Mortar shells fell on Tell, north of Damascus, injuring two people."))
        .anyMatch(p -> p.equals("Tell Rif Dimashq"));
  }

  @Test
  void aNameTheGazetteerKnowsWholeIsReadWhole() {
    // near miss: "Tall Abyad" is a town of its own, matched whole before any head word is weighed
    assertThat(places("Shelling killed four people in Tal Abyad on Monday."))
        .anyMatch(p -> p.startsWith("Tal Abyad"));
  }
}
