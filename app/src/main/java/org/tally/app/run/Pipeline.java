package org.tally.app.run;

import java.util.List;
import org.tally.extract.ClaimExtractor;
import org.tally.extract.token.DocumentTokens;
import org.tally.facts.FactFinder;
import org.tally.lexicon.Lexicons;
import org.tally.model.Claim;
import org.tally.model.Document;
import org.tally.model.DocumentFacts;
import org.tally.model.Layout;
import org.tally.resolve.ClaimResolver;
import org.tally.store.Ingested;
import org.tally.text.TextCleaner;

/** The per-document stages in order: clean, find the facts, extract the claims, resolve their places and times. Thread-safe. */
public final class Pipeline {
  private final TextCleaner cleaner;
  private final FactFinder facts;
  private final ClaimExtractor extractor;
  private final ClaimResolver resolver;

  public Pipeline(TextCleaner cleaner, FactFinder facts, ClaimExtractor extractor, ClaimResolver resolver) {
    this.cleaner = cleaner;
    this.facts = facts;
    this.extractor = extractor;
    this.resolver = resolver;
  }

  /** Every stage over the same lexicons: Tally's own rule files, with any of the user's laid over them. */
  public static Pipeline from(Lexicons rules) {
    return new Pipeline(TextCleaner.from(rules), FactFinder.from(rules), ClaimExtractor.from(rules),
        ClaimResolver.from(rules));
  }

  public Ingested analyse(Document doc) {
    Layout layout = cleaner.clean(doc);
    DocumentFacts found = facts.find(doc, layout);
    DocumentTokens tokens = DocumentTokens.of(doc.text());
    List<Claim> claims = resolver.resolve(tokens, layout, found.date(), extractor.extract(doc, layout, tokens));
    return new Ingested(doc, layout, found, claims);
  }
}
