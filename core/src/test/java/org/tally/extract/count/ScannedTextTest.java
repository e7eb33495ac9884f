package org.tally.extract.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tally.extract.token.DocumentTokens;
import org.tally.lexicon.Lexicons;
import org.tally.model.Span;

/**
 * A document's tokens, scanned once and read stretch by stretch, give the counts each stretch gives scanned alone,
 * for stretches that start and end where its tokens do (as sentences do); a token the stretch cuts is left out.
 */
class ScannedTextTest {
  private static final CountParser PARSER = CountParser.from(Lexicons.bundled());
  private static final String TEXT = "At least 1,319 people were killed, among them forty-two children. Some 2.5 million "
      + "fled; between 20 and 30 soldiers died in 2016. Dozens more were hurt.\nA 12 100 figure stands apart. "
      + "The Su-24 crew of two survived, 1.319 million were displaced and several hundred went missing.";

  @Test
  void everyStretchBetweenTokensReadsAsItDoesAlone() {
    DocumentTokens scanned = DocumentTokens.of(TEXT);
    TokenStream whole = TokenStream.scan(TEXT, 0, TEXT.length());
    List<Integer> starts = new java.util.ArrayList<>();
    List<Integer> ends = new java.util.ArrayList<>();
    for (int i = 0; i < whole.size(); i++) {
      starts.add(whole.start(i));
      ends.add(whole.end(i));
    }
    Random random = new Random(20261205);
    for (int trial = 0; trial < 400; trial++) {
      int a = starts.get(random.nextInt(starts.size()));
      int b = ends.get(random.nextInt(ends.size()));
      if (b <= a) {
        continue;
      }
      Span range = new Span(a, b);
      assertThat(PARSER.find(scanned, range)).as(range.text(TEXT)).isEqualTo(PARSER.find(TEXT, range));
    }
  }

  @Test
  void aNumberTheStretchCutsIsLeftOut() {
    DocumentTokens scanned = DocumentTokens.of(TEXT);
    int number = TEXT.indexOf("1,319");
    assertThat(PARSER.find(scanned, new Span(0, number + 3))).extracting(m -> m.count().min()).doesNotContain(1, 1319);
  }
}
