package org.tally.analysis;

import java.util.List;
import org.tally.event.ReleaseTotal;
import org.tally.lexicon.Lexicons;
import org.tally.model.Document;
import org.tally.model.Harm;

/** Press releases and reports of our own, analysed: their claims of one harm in short form, and their totals. */
final class ReleaseReadings {
  private final Analyser analyser;

  ReleaseReadings(Lexicons rules) {
    this.analyser = Analyser.from(rules);
  }

  Analysis analyse(String text) {
    return analyser.analyse(new Document("t", "t.txt", text, null));
  }

  /** Each claim of {@code harm} as "victims/lowest count", in the analysis's order. */
  List<String> claims(String text, Harm harm) {
    return analyse(text).claims().stream().filter(c -> c.harm() == harm)
        .map(c -> c.victims().jsonName() + "/" + c.count().min()).toList();
  }

  /** What the document reports of {@code harm}, added up (the release total). */
  int total(String text, Harm harm) {
    Analysis analysis = analyse(text);
    return ReleaseTotal.of(text, analysis.claims(), analysis.mainIncident(), harm);
  }
}
