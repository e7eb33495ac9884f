package org.tally.analysis;

import java.util.List;
import org.tally.event.MainIncident;
import org.tally.event.MainIncidentFinder;
import org.tally.extract.ClaimExtractor;
import org.tally.facts.FactFinder;
import org.tally.model.Claim;
import org.tally.model.Document;
import org.tally.model.DocumentFacts;
import org.tally.model.Layout;
import org.tally.resolve.ClaimResolver;
import org.tally.text.TextCleaner;

/**
 * The per-document stages in order: clean, find the facts, extract the claims, resolve their places and times, pick
 * the main incident. The one way a document is analysed, in the CLI, the store, the web and a distributed job.
 * Thread-safe.
 */
public final class Analyser {
  private final TextCleaner cleaner;
  private final FactFinder facts;
  private final ClaimExtractor extractor;
  private final ClaimResolver resolver;
  private final MainIncidentFinder incidents;

  public Analyser(TextCleaner cleaner, FactFinder facts, ClaimExtractor extractor, ClaimResolver resolver,
      MainIncidentFinder incidents) {
    this.cleaner = cleaner;
    this.facts = facts;
    this.extractor = extractor;
    this.resolver = resolver;
    this.incidents = incidents;
  }

  public static Analyser standard() {
    return withExtractor(ClaimExtractor.standard());
  }

  /** The standard stages with another extractor, e.g. one that knows the user's own actor names. */
  public static Analyser withExtractor(ClaimExtractor extractor) {
    return new Analyser(TextCleaner.standard(), FactFinder.standard(), extractor, ClaimResolver.standard(),
        MainIncidentFinder.standard());
  }

  public Analysis analyse(Document doc) {
    Layout layout = cleaner.clean(doc);
    DocumentFacts found = facts.find(doc, layout);
    List<Claim> claims = resolver.resolve(doc, layout, found.date(), extractor.extract(doc, layout));
    MainIncident main = incidents.find(doc, layout, found.date(), claims);
    return new Analysis(doc, layout, found, claims, main);
  }
}
