package org.tally.lexicon.examples;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tally.extract.ClaimExtractor;
import org.tally.extract.token.DocumentTokens;
import org.tally.extract.token.Token;
import org.tally.extract.token.Tokenizer;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleRow;
import org.tally.model.Claim;
import org.tally.model.Document;
import org.tally.model.Layout;
import org.tally.model.Section;
import org.tally.model.SectionKind;
import org.tally.model.Span;
import org.tally.resolve.ClaimResolver;

/** What the example checks share: a row's example, a verdict, and the stages run over one sentence. */
public final class Examples {
  private Examples() {}

  /** The row's example; an {@link IllegalArgumentException} (a failed check) when the row has none. */
  public static String of(RuleRow row) {
    String example = row.get("example");
    if (example.isEmpty() || example.equals("-")) {
      throw new IllegalArgumentException("the row has no example");
    }
    return example;
  }

  /** Passes when {@code ok}; otherwise fails saying why, with the example quoted. */
  public static Optional<String> unless(boolean ok, String example, String why) {
    return ok ? Optional.empty() : Optional.of(why + " in \"" + example + "\"");
  }

  public static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  /** The claims the extractor finds in {@code body}, read as one body section of a document. */
  public static List<Claim> claims(Lexicons rules, String body) {
    Document doc = new Document("example", "example", body, null);
    return ClaimExtractor.from(rules).extract(doc, new Layout(List.of(new Section(SectionKind.BODY, 0, body.length()))));
  }

  /** As {@link #claims}, then placed and dated against a document of {@code date}. */
  public static List<Claim> resolvedClaims(Lexicons rules, java.time.LocalDate date, String body) {
    Document doc = new Document("example", "example", body, null);
    Layout layout = new Layout(List.of(new Section(SectionKind.BODY, 0, body.length())));
    ClaimResolver resolver = ClaimResolver.from(rules);
    DocumentTokens tokens = DocumentTokens.of(body);
    ClaimResolver.Focus focus = resolver.focus(tokens, layout);
    return resolver.resolveWithFocus(focus, layout, date,
        ClaimExtractor.from(rules).extract(doc, layout, tokens, focus.context().country())).claims();
  }

  public static List<Token> tokens(String text) {
    return Tokenizer.tokens(text, new Span(0, text.length()));
  }

  /** The words of tokens {@code [from, to)} as written. */
  public static String words(String text, List<Token> tokens, int from, int to) {
    return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
  }
}
