package org.tally.app.run;

import org.tally.analysis.Analysis;
import org.tally.app.read.ReadProblem;
import org.tally.model.Document;

/** What analysing one document came to: its analysis, or the reason there is none. */
public sealed interface Outcome permits Outcome.Analysed, Outcome.Failed {
  /** The document was analysed. */
  record Analysed(Analysis analysis) implements Outcome {}

  /**
   * The document could not be analysed: the analysis threw, or overran its time budget and was abandoned.
   *
   * @param reason one line, for the person who supplied the document
   */
  record Failed(Document document, String reason) implements Outcome {
    public Failed {
      reason = OneLine.of(reason);
    }

    /** {@code FILE[:LINE] [id]: could not analyse: reason}. */
    public ReadProblem problem() {
      return new ReadProblem(document.source() + " [" + OneLine.of(document.id()) + "]", null,
          "could not analyse: " + reason);
    }
  }
}
