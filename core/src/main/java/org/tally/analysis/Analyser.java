package org.tally.analysis;

import java.util.List;
import org.tally.event.MainIncident;
import org.tally.event.MainIncidentFinder;
import org.tally.extract.ClaimExtractor;
import org.tally.extract.token.DocumentTokens;
import org.tally.lexicon.Lexicons;
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
  /**
   * How many documents the batch commands analyse at once, stage by stage ({@link #analyse(List)}): over the FA-KES
   * dev texts a block of 32 runs about 1.6 times quicker than its documents one by one (scripts/StageOrder.java),
   * since each stage then finds its own tries, tables and gazetteer still in the processor's caches.
   */
  public static final int BLOCK = 32;

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

  /** One document: a block of one. */
  public Analysis analyse(Document doc) {
    return analyse(List.of(doc)).get(0);
  }

  /**
   * Documents stage by stage: each stage runs over every document of the block before the next stage starts. Each
   * document is read once: its text is tokenised once, extraction and resolution read that one token stream, and the
   * main incident takes the place focus resolution worked out. The analyses are those of the documents one by one,
   * in the same order; nothing passes from one document to another.
   */
  public List<Analysis> analyse(List<Document> docs) {
    List<InProgress> block = docs.stream().map(InProgress::new).toList();
    for (InProgress d : block) {
      d.layout = cleaner.clean(d.doc);
    }
    for (InProgress d : block) {
      d.found = facts.find(d.doc, d.layout);
    }
    for (InProgress d : block) {
      d.tokens = DocumentTokens.of(d.doc.text());
    }
    // the places' focus first: a stand-in ("security sources") means the government of the country in focus
    for (InProgress d : block) {
      d.focus = resolver.focus(d.tokens, d.layout);
    }
    for (InProgress d : block) {
      d.claims = extractor.extract(d.doc, d.layout, d.tokens, d.focus.context().country());
    }
    for (InProgress d : block) {
      d.resolved = resolver.resolveWithFocus(d.focus, d.layout, d.found.date(), d.claims);
    }
    return block.stream().map(this::finish).toList();
  }

  private Analysis finish(InProgress d) {
    MainIncident main = incidents.find(d.doc, d.layout, d.found.date(), d.resolved.claims(), d.resolved.focus(),
        d.focus.reading(), d.resolved.times());
    return new Analysis(d.doc, d.layout, d.found, d.resolved.claims(), main);
  }

  /** One document's readings so far, filled in stage by stage. */
  private static final class InProgress {
    final Document doc;
    Layout layout;
    DocumentFacts found;
    DocumentTokens tokens;
    ClaimResolver.Focus focus;
    List<Claim> claims;
    ClaimResolver.Resolved resolved;

    InProgress(Document doc) {
      this.doc = doc;
    }
  }
}
