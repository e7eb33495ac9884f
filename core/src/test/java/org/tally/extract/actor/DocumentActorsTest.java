package org.tally.extract.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tally.extract.token.DocumentTokens;
import org.tally.extract.token.Token;
import org.tally.lexicon.Lexicons;

/** The actors of a document are read once, and a stretch of it names what reading the stretch alone names. */
class DocumentActorsTest {
  private static final ActorDictionary ACTORS = ActorDictionary.from(Lexicons.bundled());
  private static final String TEXT = "The Syrian Observatory for Human Rights said Russian jets hit Idlib. The Free Syrian"
      + " Army blamed the regime; a source at Hama Governorate said ISIS terrorists of the so-called Jaish al-Islam fled."
      + " US-led coalition aircraft struck the Syrian army, the Pentagon said.";

  @Test
  void everyStretchNamesWhatReadingItAloneNames() {
    DocumentTokens doc = DocumentTokens.of(TEXT);
    Random random = new Random(20261206);
    for (int trial = 0; trial < 1000; trial++) {
      int a = random.nextInt(doc.size() + 1);
      int b = random.nextInt(doc.size() + 1);
      int from = Math.min(a, b);
      List<Token> stretch = tokens(doc, from, Math.max(a, b));
      assertThat(ACTORS.inStretch(doc, from, stretch)).as("tokens %d-%d", from, Math.max(a, b))
          .isEqualTo(ACTORS.find(stretch));
    }
  }

  @Test
  void aStretchThroughANameReadsTheWordsItHolds() {
    DocumentTokens doc = DocumentTokens.of(TEXT);
    int free = index(doc, "Free");
    // "Syrian Army blamed the regime" cuts "The Free Syrian Army": the stretch alone names the Syrian army
    List<Token> stretch = tokens(doc, free + 1, free + 6);
    assertThat(ACTORS.inStretch(doc, free + 1, stretch)).extracting(m -> m.actor().id())
        .isEqualTo(ACTORS.find(stretch).stream().map(m -> m.actor().id()).toList())
        .isNotEqualTo(ACTORS.inDocument(doc).stream().filter(m -> m.from() >= free && m.from() < free + 6)
            .map(m -> m.actor().id()).toList());
  }

  @Test
  void theDocumentIsReadForActorsOnce() {
    DocumentTokens doc = DocumentTokens.of(TEXT);
    assertThat(ACTORS.inDocument(doc)).isSameAs(ACTORS.inDocument(doc));
    assertThat(ACTORS.sidesNamed(doc)).contains("russia", "sohr", "us-led-coalition");
  }

  private static List<Token> tokens(DocumentTokens doc, int from, int to) {
    return java.util.stream.IntStream.range(from, to).mapToObj(doc::get).toList();
  }

  private static int index(DocumentTokens doc, String word) {
    for (int i = 0; i < doc.size(); i++) {
      if (doc.get(i).text().equals(word)) {
        return i;
      }
    }
    throw new AssertionError(word);
  }
}
