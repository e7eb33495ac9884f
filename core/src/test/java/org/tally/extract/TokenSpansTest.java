package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.extract.token.Token;
import org.tally.lexicon.examples.Examples;

class TokenSpansTest {
  private static final String TEXT = "Killing 12-year-old boys, 3 died.";
  private static final List<Token> TOKENS = Examples.tokens(TEXT);

  @Test
  void aTokenIsFoundByTheOffsetItStartsOrEndsAt() {
    int twelve = TEXT.indexOf("12");
    int at = TokenSpans.tokenStartingAt(TOKENS, twelve);
    assertThat(TOKENS.get(at).start()).isEqualTo(twelve);
    int three = TEXT.indexOf("3");
    assertThat(TOKENS.get(TokenSpans.tokenEndingAt(TOKENS, three + 1) - 1).text()).isEqualTo("3");
  }

  @Test
  void anOffsetInsideAWordStartsOrEndsNoToken() {
    assertThat(TokenSpans.tokenStartingAt(TOKENS, 1)).isEqualTo(-1);
    assertThat(TokenSpans.tokenEndingAt(TOKENS, 3)).isEqualTo(-1);
  }

  @Test
  void theWordsOfARunKeepOneSpaceWhereTheTextHadAny() {
    int from = TokenSpans.firstTokenFrom(TOKENS, TEXT.indexOf("boys"));
    assertThat(TokenSpans.words(TOKENS, from, from + 3)).isEqualTo("boys, 3");
  }
}
