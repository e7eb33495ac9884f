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

  /** The claims of a body in short form, "harm/victims/min-max" ({@link ConstructionsTest#shortForm}). */
  static List<String> shortForms(String body) {
    return claims(body).stream().map(ConstructionsTest::shortForm).toList();
  }

  /** The claim whose count reads {@code countText}, in the claims of a body. */
  static Claim claimAt(String text, String countText) {
    List<Claim> claims = claims(text);
    return claims.stream().filter(c -> c.countText().equalsIgnoreCase(countText)).findFirst()
        .orElseThrow(() -> new AssertionError("no claim of \"" + countText + "\" in: " + text + " → " + claims));
  }

  /** An actor id as the cases write it: "-" for none. */
  static String orNone(String actor) {
    return actor == null ? "-" : actor;
  }

  static List<Claim> claims(String title, String body) {
    String text = title + "\n\n" + body;
    Document doc = new Document("t", "test", text, null);
    return EXTRACTOR.extract(doc, new Layout(List.of(
        new Section(SectionKind.TITLE, 0, title.length()),
        new Section(SectionKind.BODY, title.length() + 2, text.length()))));
  }
}
