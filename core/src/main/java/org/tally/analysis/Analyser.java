package org.tally.analysis;

import org.tally.event.MainIncident;
import org.tally.event.MainIncidentFinder;
import org.tally.extract.ClaimExtractor;
import org.tally.extract.token.DocumentTokens;
import org.tally.lexicon.Lexicons;
import org.tally.facts.FactFinder;
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

  /** Every stage over the same lexicons: Tally's own rule files, with any of the user's laid over them. */
  public static Analyser from(Lexicons rules) {
    return new Analyser(TextCleaner.from(rules), FactFinder.from(rules), ClaimExtractor.from(rules),
        ClaimResolver.from(rules), MainIncidentFinder.from(rules));
  }

  /**
   * One document read once: the text is tokenised once, extraction and resolution read that one token stream, and
   * the main incident takes the place focus resolution worked out.
   */
  public Analysis analyse(Document doc) {
    Layout layout = cleaner.clean(doc);
    DocumentFacts found = facts.find(doc, layout);
    DocumentTokens tokens = DocumentTokens.of(doc.text());
    // the places' focus first: a stand-in ("security sources") means the government of the country in focus
    ClaimResolver.Focus focus = resolver.focus(tokens, layout);
    ClaimResolver.Resolved resolved = resolver.resolveWithFocus(focus, layout, found.date(),
        extractor.extract(doc, layout, tokens, focus.context().country()));
    MainIncident main = incidents.find(doc, layout, found.date(), resolved.claims(), resolved.focus(), focus.reading(),
        resolved.times());
    return new Analysis(doc, layout, found, resolved.claims(), main);
  }
}
