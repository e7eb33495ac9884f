package org.tally.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;

/** The one reading of a figure its sentence gives as an earlier count (earlier-figure-cues.tsv). */
class EarlierFiguresTest {
  private final EarlierFigures earlier = EarlierFigures.from(Lexicons.bundled());

  @Test
  void anAdjacentCueMayStandTwoWordsBeforeTheFigureButNoFurther() {
    assertThat(earlier.replaced("An earlier toll of at least ")).isTrue();
    assertThat(earlier.replaced("An earlier toll of the raids on the two towns gave ")).isFalse();
  }

  @Test
  void aSentenceCueMayStandAnywhereBeforeTheFigureInItsSentence() {
    assertThat(earlier.replaced("An earlier version of this release said that ")).isTrue();
    // a full stop or a semicolon ends the sentence the cue stood in
    assertThat(earlier.earlier("Initial reports said three were killed; the army later confirmed that ")).isFalse();
    assertThat(earlier.replaced("An earlier version was withdrawn. Officials said ")).isFalse();
  }

  @Test
  void aProvisionalFigureIsEarlierButNotReplaced() {
    String before = "Initial reports indicated that ";
    assertThat(earlier.earlier(before)).isTrue();
    assertThat(earlier.replaced(before)).isFalse();
    assertThat(earlier.earlier(before, EarlierFigures.Kind.PROVISIONAL)).isTrue();
  }

  @Test
  void aCueWordReadsItsPluralToo() {
    assertThat(earlier.earlier("First report said ")).isTrue();
    assertThat(earlier.earlier("First reports said ")).isTrue();
  }

  @Test
  void earlierAloneTellsATimeNotAnEarlierFigure() {
    assertThat(earlier.earlier("Earlier on Monday, shelling killed ")).isFalse();
  }
}
