package org.tally.app.run;

import java.util.List;
import org.tally.extract.ClaimExtractor;
import org.tally.facts.FactFinder;
import org.tally.model.Claim;
import org.tally.model.Document;
import org.tally.model.DocumentFacts;
import org.tally.model.Layout;
import org.tally.store.Ingested;
import org.tally.text.TextCleaner;

/** The per-document stages in order: clean, find the facts, extract the claims. Thread-safe. */
public final class Pipeline {
  private final TextCleaner cleaner;
  private final FactFinder facts;
  private final ClaimExtractor extractor;

  public Pipeline(TextCleaner cleaner, FactFinder facts, ClaimExtractor extractor) {
    this.cleaner = cleaner;
    this.facts = facts;
    this.extractor = extractor;
  }

  public static Pipeline standard() {
    return new Pipeline(TextCleaner.standard(), FactFinder.standard(), ClaimExtractor.standard());
  }

  public static Pipeline withExtractor(ClaimExtractor extractor) {
    return new Pipeline(TextCleaner.standard(), FactFinder.standard(), extractor);
  }

  public Ingested analyse(Document doc) {
    Layout layout = cleaner.clean(doc);
    DocumentFacts found = facts.find(doc, layout);
    List<Claim> claims = extractor.extract(doc, layout, found.date());
    return new Ingested(doc, layout, found, claims);
  }
}
