package org.tally.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.extract.token.Token;
import org.tally.extract.token.Tokenizer;
import org.tally.lexicon.Lexicons;
import org.tally.model.Span;

/** Words of fighting (fight-words.tsv): a fight, one between sides the sentence names, one among a side's own. */
class FightWordsTest {
  private static final FightWords FIGHTS = FightWords.from(Lexicons.bundled());

  private static List<Token> tokens(String text) {
    return Tokenizer.tokens(text, new Span(0, text.length()));
  }

  @Test
  void aFightRightBeforeBetweenNamesItsSides() {
    assertThat(FIGHTS.between(tokens("Fighting between the army and rebels killed 26 soldiers."))).isPresent();
    assertThat(FIGHTS.between(tokens("Fighting continued between the army and rebels."))).isEmpty();
  }

  @Test
  void betweenAFewWordsOnStillNamesTheSidesOfTheFight() {
    assertThat(FIGHTS.betweenFurtherOn(tokens("Clashes continued between the army and rebels."))).isTrue();
    assertThat(FIGHTS.betweenFurtherOn(tokens("Clashes went on in the town between Monday and Friday."))).isFalse();
  }

  @Test
  void infightingIsAFightAmongASidesOwn() {
    List<Token> tokens = tokens("Fifty militants were killed during infighting among the groups.");
    assertThat(FIGHTS.namesFight(tokens)).isTrue();
    assertThat(FIGHTS.withinSide(tokens)).isTrue();
  }

  @Test
  void internecineMakesAFightASidesOwnButNamesNone() {
    List<Token> tokens = tokens("Fifty militants were killed in internecine strife.");
    assertThat(FIGHTS.withinSide(tokens)).isTrue();
    assertThat(FIGHTS.namesFight(tokens)).isFalse();
  }

  @Test
  void infightingIsNoFightBetweenSides() {
    assertThat(FIGHTS.betweenSides("clashes")).isTrue();
    assertThat(FIGHTS.betweenSides("infighting")).isFalse();
  }

  @Test
  void aSentenceWithoutAWordOfFightingTellsNoFight() {
    assertThat(FIGHTS.namesFight(tokens("A mortar hit the square, killing one policeman."))).isFalse();
  }
}
