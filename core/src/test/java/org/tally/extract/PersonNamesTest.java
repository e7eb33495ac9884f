package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.extract.token.Token;
import org.tally.lexicon.examples.Examples;

class PersonNamesTest {
  private static int index(List<Token> tokens, String word) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).text().equals(word)) {
        return i;
      }
    }
    throw new AssertionError("no token " + word);
  }

  @Test
  void aNameStartsAtItsFirstCapitalisedWordAndTakesAnInitialsFullStop() {
    List<Token> tokens = Examples.tokens("said that Ahmad K., 34, was killed");
    int comma = PersonNames.commaBeforeAge(tokens, index(tokens, "34"));
    assertThat(tokens.get(PersonNames.nameStart(tokens, comma, Integer.MAX_VALUE)).text()).isEqualTo("Ahmad");
  }

  @Test
  void aCommaAndAgedCloseANameBeforeItsAge() {
    List<Token> tokens = Examples.tokens("Ahmad Khan, aged 24, resident of Karak");
    assertThat(PersonNames.commaBeforeAge(tokens, index(tokens, "24"))).isEqualTo(index(tokens, ","));
    List<Token> bare = Examples.tokens("killed 24 people");
    assertThat(PersonNames.commaBeforeAge(bare, index(bare, "24"))).isEqualTo(-1);
  }

  @Test
  void aNameWordIsCapitalisedSomewhere() {
    List<Token> tokens = Examples.tokens("al-Ahmad and the");
    assertThat(PersonNames.isNameWord(tokens.get(0))).isTrue();
    assertThat(PersonNames.isNameWord(tokens.get(1))).isFalse();
  }
}
