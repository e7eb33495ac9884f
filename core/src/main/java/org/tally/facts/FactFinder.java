package org.tally.facts;

import org.tally.lexicon.RuleFile;
import org.tally.model.Document;
import org.tally.model.DocumentFacts;
import org.tally.model.Layout;
import org.tally.text.DateReader;

/** Reads a cleaned document's facts: title, outlet, publication date with its evidence, and language. */
public final class FactFinder {
  private static final FactFinder STANDARD = new FactFinder(
      new TitleFinder(),
      new OutletFinder(
          new Outlets(RuleFile.load(FactFinder.class, "outlets.tsv"), RuleFile.load(FactFinder.class, "outlet-codes.tsv")),
          RuleFile.load(FactFinder.class, "outlet-cues.tsv")),
      new PublicationDateFinder(DateReader.standard()),
      new LanguageGuesser(RuleFile.load(FactFinder.class, "stopwords.tsv")));

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

  public static FactFinder standard() {
    return STANDARD;
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
