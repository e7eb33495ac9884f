package org.tally.extract;

import java.util.List;
import org.tally.lexicon.Lexicons;
import org.tally.model.Claim;
import org.tally.model.Document;
import org.tally.model.Layout;
import org.tally.model.Section;
import org.tally.model.SectionKind;

/** Runs the standard extractor over a sentence or two given as one body section. */
final class ExtractionFixture {
  static final ClaimExtractor EXTRACTOR = ClaimExtractor.from(Lexicons.bundled());

  private ExtractionFixture() {}

  static List<Claim> claims(String body) {
    Document doc = new Document("t", "test", body, null);
    return EXTRACTOR.extract(doc, new Layout(List.of(new Section(SectionKind.BODY, 0, body.length()))));
  }

  static List<Claim> claims(String title, String body) {
    String text = title + "\n\n" + body;
    Document doc = new Document("t", "test", text, null);
    return EXTRACTOR.extract(doc, new Layout(List.of(
        new Section(SectionKind.TITLE, 0, title.length()),
        new Section(SectionKind.BODY, title.length() + 2, text.length()))));
  }
}
