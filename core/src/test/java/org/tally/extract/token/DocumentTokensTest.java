package org.tally.extract.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tally.model.Span;

class DocumentTokensTest {
  private static final String TEXT = "On September 17, US-led coalition aircraft carried out four strikes against the Syrian "
      + "army near the Deir ez-Zor airport, leaving 62 soldiers killed and some 100 wounded. The U.S. said it "
      + "regretted the 'unintentional' loss of life; Russia's envoy called it \"deliberate\".\nSource: SANA, 1,319 dead.";

  @Test
  void aStretchBetweenTokensHoldsWhatTokenisingItAloneGives() {
    DocumentTokens doc = DocumentTokens.of(TEXT);
    Random random = new Random(20261205);
    for (int trial = 0; trial < 500; trial++) {
      int a = doc.get(random.nextInt(doc.size())).start();
      int b = doc.get(random.nextInt(doc.size())).end();
      Span range = new Span(Math.min(a, b), Math.max(a, b));
      assertThat(doc.in(range)).as(range.text(TEXT)).isEqualTo(Tokenizer.tokens(TEXT, range));
    }
  }

  @Test
  void aWordTheStretchCutsIsLeftOut() {
    DocumentTokens doc = DocumentTokens.of(TEXT);
    int airport = TEXT.indexOf("airport");
    List<Token> cut = doc.in(new Span(TEXT.indexOf("Deir"), airport + 3));
    assertThat(cut).extracting(Token::text).containsExactly("Deir", "ez-Zor");
  }

  @Test
  void anEmptyStretchHasNoTokens() {
    DocumentTokens doc = DocumentTokens.of(TEXT);
    assertThat(doc.in(new Span(5, 5))).isEmpty();
    assertThat(DocumentTokens.of("").in(new Span(0, 0))).isEmpty();
  }
}
