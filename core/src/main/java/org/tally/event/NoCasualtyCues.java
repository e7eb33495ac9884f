package org.tally.event;

import java.util.List;
import java.util.Optional;
import org.tally.extract.token.DocumentTokens;
import org.tally.extract.token.PhraseTrie;
import org.tally.extract.token.Token;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;
import org.tally.model.Span;

/**
 * The words by which a report says its event killed no one ("No casualties were reported", "without causing
 * casualties"): no-casualty-cues.tsv.
 */
final class NoCasualtyCues {
  private final PhraseTrie<String> phrases = new PhraseTrie<>();

  private NoCasualtyCues(List<RuleRow> rows) {
    for (RuleRow row : rows) {
      phrases.add(row.get("phrase"), row.get("phrase"));
    }
  }

  /** The cues of these lexicons, built once per lexicons. */
  static NoCasualtyCues from(Lexicons rules) {
    return rules.built(NoCasualtyCues.class, r -> new NoCasualtyCues(r.file(RuleFiles.NO_CASUALTY_CUES).rows()));
  }

  /** The first cue in {@code range} of the document, as the span of its words. */
  Optional<Span> first(DocumentTokens tokens, Span range) {
    List<Token> words = tokens.in(range);
    return phrases.first(words)
        .map(m -> new Span(words.get(m.from()).start(), words.get(m.to() - 1).end()));
  }
}
