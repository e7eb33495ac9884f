package org.tally.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.model.Document;
import org.tally.model.Layout;
import org.tally.model.SectionKind;
import org.tally.model.Span;

/**
 * A list the article's own sentence announces with a colon ("The source gave the following toll:") is its text, not a
 * run of teasers for other articles, and each bulleted item is a sentence of its own even where the lines look
 * hard-wrapped (issue 11, count28: count-written-7's t01).
 */
class ListAfterAColonTest {
  private static final TextCleaner CLEANER = TextCleaner.from(Lexicons.bundled());
  private static final SentenceSplitter SPLITTER = SentenceSplitter.from(Lexicons.bundled());

  private static List<String> texts(Document doc, SectionKind kind) {
    Layout layout = CLEANER.clean(doc);
    return layout.sections().stream().filter(s -> s.kind() == kind).map(s -> s.span().text(doc.text())).toList();
  }

  @Test
  void aListAnnouncedByTheArticleIsBody() {
    String text = "Shells kill nine in Damascus\n\nShells hit the city on Monday, killing nine civilians, police said.\n\n"
        + "The source gave the following toll:\n- Bab Touma: four civilians killed\n- Jaramana: three killed\n";
    Document doc = new Document("list", "-", text, null);
    assertThat(texts(doc, SectionKind.RELATED)).isEmpty();
    assertThat(String.join("\n", texts(doc, SectionKind.BODY))).contains("- Jaramana: three killed");
  }

  @Test
  void headlinesAfterAShortLabelAreStillTeasers() {
    String text = "Shells kill nine in Damascus\n\nShells hit the city on Monday, killing nine civilians, police said.\n\n"
        + "Read more:\nForty Soldiers Killed in Ambush Near Hama\nRebels Shell Aleppo Neighbourhoods\n";
    Document doc = new Document("teasers", "-", text, null);
    assertThat(texts(doc, SectionKind.RELATED)).isNotEmpty();
  }

  @Test
  void bulletedItemsAreSentencesOfTheirOwn() {
    String text = "- Bab Touma: four civilians killed, 11 injured, police say\n"
        + "- Jaramana: three killed, including a child, and 19 injured\n- Al-Qassaa: two killed, eight injured";
    assertThat(SPLITTER.split(text, new Span(0, text.length())).stream().map(s -> s.text(text)))
        .containsExactly("- Bab Touma: four civilians killed, 11 injured, police say",
            "- Jaramana: three killed, including a child, and 19 injured", "- Al-Qassaa: two killed, eight injured");
  }
}
