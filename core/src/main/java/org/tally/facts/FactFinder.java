package org.tally.facts;

import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.model.Document;
import org.tally.model.DocumentFacts;
import org.tally.model.Layout;
import org.tally.text.DateReader;

/** Reads a cleaned document's facts: title, outlet, publication date with its evidence, and language. */
public final class FactFinder {
  private final TitleFinder titles;
  private final OutletFinder outlets;
  private final PublicationDateFinder dates;
  private final LanguageGuesser languages;

  private FactFinder(TitleFinder titles, OutletFinder outlets, PublicationDateFinder dates, LanguageGuesser languages) {
    this.titles = titles;
    this.outlets = outlets;
    this.dates = dates;
    this.languages = languages;
  }

  /** The finder over these lexicons' outlets, cues and stop words, built once per lexicons. */
  public static FactFinder from(Lexicons rules) {
    return rules.built(FactFinder.class, r -> new FactFinder(
        new TitleFinder(),
        new OutletFinder(
            new Outlets(r.file(RuleFiles.OUTLETS), r.file(RuleFiles.OUTLET_CODES)),
            r.file(RuleFiles.OUTLET_CUES)),
        new PublicationDateFinder(DateReader.from(r)),
        new LanguageGuesser(r.file(RuleFiles.STOPWORDS))));
  }

  public DocumentFacts find(Document doc, Layout layout) {
    var date = dates.find(doc, layout);
    return new DocumentFacts(
        titles.find(doc, layout),
        outlets.find(doc, layout).orElse(null),
        date.map(DatedEvidence::date).orElse(null),
        date.map(DatedEvidence::span).orElse(null),
        languages.guess(doc.text()));
  }
}
