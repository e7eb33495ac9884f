package org.tally.extract.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.model.Span;

class TokenizerTest {
  private static List<String> words(String text) {
    return Tokenizer.tokens(text, new Span(0, text.length())).stream().map(Token::text).toList();
  }

  @Test
  void hyphenatedWordsStayWhole() {
    assertThat(words("a US-led coalition airstrike")).containsExactly("a", "US-led", "coalition", "airstrike");
  }

  @Test
  void dottedAbbreviationKeepsItsDots() {
    assertThat(words("The U.S. said.")).containsExactly("The", "U.S.", "said", ".");
  }

  @Test
  void thousandsSeparatorStaysInsideTheNumber() {
    assertThat(words("at least 1,319 civilians, 20 more")).containsExactly("at", "least", "1,319", "civilians", ",", "20", "more");
  }

  @Test
  void possessiveIsATokenOfItsOwn() {
    assertThat(words("the coalition's member's strike")).containsExactly("the", "coalition", "'s", "member", "'s", "strike");
  }

  @Test
  void aFigureGroupedBySpacesIsAWordPerGroup() {
    assertThat(words("some 12 100 fled")).containsExactly("some", "12", "100", "fled");
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "  killed 62 soldiers";
    Token token = Tokenizer.tokens(text, new Span(2, text.length())).get(1);
    assertThat(text.substring(token.start(), token.end())).isEqualTo("62");
  }

  @Test
  void eachWordIsItsTextAndThatTextLowerCased() {
    // one-token words take their lower case from the fine tokens: it must be what lower-casing the word gives
    String text = "Rebels said O\u2019Brien\u2019S men and ISTANBUL's Kurds killed 20 in Hama’s \u0645\u0642\u062a\u0644 "
        + "al-Bab U.S. 1,319 'S Straße \u0130zmir";
    for (Token token : Tokenizer.tokens(text, new Span(0, text.length()))) {
      assertThat(token.text()).isEqualTo(text.substring(token.start(), token.end()));
      assertThat(token.lower()).as(token.text())
          .isEqualTo(token.text().toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\''));
    }
  }
}
