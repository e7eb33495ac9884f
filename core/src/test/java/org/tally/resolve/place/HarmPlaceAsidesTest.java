package org.tally.resolve.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tally.model.Span;

/** Places a claim's sentence names as elsewhere than the harm: where the fire came from, where others were heading. */
class HarmPlaceAsidesTest {
  /** The place of the claim whose count is the first occurrence of {@code count} in {@code text}. */
  private static Optional<String> placeOf(String text, String count) {
    return PlaceFixture.ofCount(text, count).map(m -> m.place().admin1());
  }

  @Test
  void whereTheAttackersSitIsNotWhereTheShellsFell() {
    assertThat(placeOf("Four people were killed when terrorists positioned in Daraya fired shells on Homs city.", "Four"))
        .contains("Homs");
    assertThat(placeOf("Gunmen based in the Eastern Ghouta fired mortars at Aleppo, killing two children.", "two"))
        .contains("Aleppo");
  }

  @Test
  void placesJoinedToTheOriginAreSetAsideWithIt() {
    assertThat(placeOf("Three were wounded by rockets fired by militants stationed in Douma and Harasta into the city"
        + " of Hama.", "Three")).contains("Hama");
  }

  @Test
  void aPlaceAfterTheOriginThatIsNotJoinedToItStays() {
    assertThat(placeOf("A rocket fired by terrorists positioned in Daraya fell in Homs, wounding four people.", "four"))
        .contains("Homs");
  }

  @Test
  void anOriginAloneLeavesTheClaimWithoutAPlaceOfItsSentence() {
    assertThat(placeOf("Three people were killed by rockets fired from Douma.", "Three")).isEmpty();
  }

  @Test
  void aClauseOfMovementAfterTheHarmIsNotItsPlace() {
    assertThat(placeOf("A car bomb killed 43 evacuees on Saturday as fighters advanced in their push towards the"
        + " group's Raqqa stronghold.", "43")).isEmpty();
  }

  @Test
  void theMovementClauseEndsAtItsComma() {
    assertThat(placeOf("A car bomb killed 43 evacuees as fighters advanced towards Raqqa, and in Homs city two more"
        + " died.", "two")).contains("Homs");
  }

  @Test
  void movementBeforeTheCountStaysTheHarmsPlace() {
    // the fighters who advanced are the ones killed there
    assertThat(placeOf("Fighters who advanced towards Raqqa lost 20 men.", "20")).contains("Ar-Raqqah");
  }

  @Test
  void fireTowardsATownFallsOnIt() {
    assertThat(placeOf("Rockets fired towards Aleppo killed six people.", "six")).contains("Aleppo");
    assertThat(placeOf("Six people were killed when shells were fired towards Aleppo.", "Six")).contains("Aleppo");
  }

  @Test
  void displacedFamiliesLocatedInAPlaceWereHitThere() {
    assertThat(placeOf("A car bomb killed 20 people at a site where displaced families are located near the city of"
        + " Deir al-Zor.", "20")).contains("Deir ez-Zor");
  }

  @Test
  void theFirstWordsFoundOnceADocumentTellWhichSentencesHoldOne() {
    String text = "Ten died in Homs. Rebels based in Douma fired on Aleppo.";
    HarmPlaceAsides.FirstWords found = HarmPlaceAsides.FirstWords.in(text, java.util.List.of("based", "fired"));
    int second = text.indexOf("Rebels");
    assertThat(found.within(new Span(0, second - 1))).isFalse();
    assertThat(found.within(new Span(second, text.length()))).isTrue();
    // a word cut by the range's end is not in it; two words may start at one place, the shorter kept
    int based = text.indexOf("based");
    assertThat(found.within(new Span(0, based + 3))).isFalse();
    HarmPlaceAsides.FirstWords both = HarmPlaceAsides.FirstWords.in(text, java.util.List.of("based", "base"));
    assertThat(both.within(new Span(based, based + 4))).isTrue();
  }

  @Test
  void aTextWhoseLowerCaseIsLongerIsReadSentenceBySentence() {
    String text = "\u0130dlib: rebels based in Douma fired on Aleppo.";
    HarmPlaceAsides.FirstWords found = HarmPlaceAsides.FirstWords.in(text, java.util.List.of("based"));
    assertThat(found.within(new Span(0, 5))).isTrue(); // offsets shift: every sentence is looked at
  }
}
