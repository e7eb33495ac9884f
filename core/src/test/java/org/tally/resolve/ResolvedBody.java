package org.tally.resolve;

import java.time.LocalDate;
import java.util.List;
import org.tally.extract.ClaimExtractor;
import org.tally.lexicon.Lexicons;
import org.tally.model.Claim;
import org.tally.model.Document;
import org.tally.model.Layout;
import org.tally.model.Section;
import org.tally.model.SectionKind;

/** A text read as one body section, its claims extracted and resolved as of a publication day: the place tests' fixture. */
final class ResolvedBody {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.from(Lexicons.bundled());
  private static final ClaimResolver RESOLVER = ClaimResolver.from(Lexicons.bundled());

  private ResolvedBody() {}

  static List<Claim> claims(String body, LocalDate published) {
    Document doc = new Document("t", "test", body, null);
    Layout layout = new Layout(List.of(new Section(SectionKind.BODY, 0, body.length())));
    return RESOLVER.resolve(doc, layout, published, EXTRACTOR.extract(doc, layout));
  }

  /** The first claim; fails the test when there is none. */
  static Claim first(String body, LocalDate published) {
    List<Claim> claims = claims(body, published);
    if (claims.isEmpty()) {
      throw new AssertionError("no claim in: " + body);
    }
    return claims.get(0);
  }
}
