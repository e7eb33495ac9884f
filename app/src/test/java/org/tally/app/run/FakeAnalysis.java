package org.tally.app.run;

import java.util.List;
import java.util.function.Function;
import org.tally.analysis.Analysis;
import org.tally.event.MainIncident;
import org.tally.model.Document;
import org.tally.model.DocumentFacts;
import org.tally.model.Layout;

/** A stand-in for the analysis: instant, no claims, so that a test controls which document fails and how. */
final class FakeAnalysis {
  private FakeAnalysis() {}

  static Analysis of(Document doc) {
    return new Analysis(doc, new Layout(List.of()), new DocumentFacts(null, null, null, null, "en"), List.of(),
        MainIncident.NONE);
  }

  /** A block analysis made of {@code one}, document after document, as a stand-in for Analyser's block method. */
  static Function<List<Document>, List<Analysis>> eachOf(Function<Document, Analysis> one) {
    return docs -> docs.stream().map(one).toList();
  }
}
