package org.tally.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tally.analysis.Analysis;
import org.tally.extract.token.DocumentTokens;
import org.tally.lexicon.Lexicons;
import org.tally.model.ClaimPlace;
import org.tally.model.Section;
import org.tally.model.SectionKind;
import org.tally.resolve.place.Place;
import org.tally.resolve.place.PlaceContext;
import org.tally.resolve.place.PlaceMention;
import org.tally.resolve.place.PlaceReading;
import org.tally.resolve.place.PlaceResolver;

/**
 * Finds the towns and sites an article's own text (title, dateline, body) names, wherever it names them: a report
 * often puts its toll in the province ("57 killed in Idlib province") and the town in another sentence ("the
 * strikes hit Ariha"). Reads the text with the same place resolver as extraction, in the article's own focus.
 */
public final class NamedPlaceFinder {
  private static final Set<SectionKind> OWN_TEXT = Set.of(SectionKind.TITLE, SectionKind.DATELINE, SectionKind.BODY);

  private final PlaceResolver resolver;
  private final VerifyRules rules;

  private NamedPlaceFinder(PlaceResolver resolver, VerifyRules rules) {
    this.resolver = resolver;
    this.rules = rules;
  }

  public static NamedPlaceFinder from(Lexicons lexicons) {
    return new NamedPlaceFinder(PlaceResolver.from(lexicons), VerifyRules.from(lexicons));
  }

  /** The towns and sites of the analysed document's own text, with those its claims name. */
  public NamedPlaces find(Analysis analysis) {
    String text = analysis.document().text();
    PlaceReading reading = resolver.read(DocumentTokens.of(text));
    PlaceContext context = resolver.context(reading, analysis.layout());
    List<ClaimPlace> places = new ArrayList<>();
    StringBuilder own = new StringBuilder();
    for (Section section : analysis.layout().sections()) {
      if (OWN_TEXT.contains(section.kind())) {
        own.append(section.span().text(text)).append('\n');
        for (PlaceMention m : resolver.find(reading, section.span(), context)) {
          Place p = m.place();
          places.add(new ClaimPlace(m.span().text(text), p.name(), p.admin1(), p.country(), p.lat(), p.lon(),
              p.precision(), m.span()));
        }
      }
    }
    analysis.claims().stream().filter(c -> c.section().isOwnText() && c.location() != null)
        .forEach(c -> places.add(c.location()));
    return NamedPlaces.of(places, TextNames.of(own.toString(), rules.recordNameWords()), rules);
  }
}
