package org.tally.event;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tally.extract.token.DocumentTokens;
import org.tally.extract.token.PhraseTrie;
import org.tally.extract.token.Token;
import org.tally.extract.token.WordSet;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;
import org.tally.model.Span;

/**
 * How a report says its event killed no one: in so many words ("No casualties were reported", "without causing
 * casualties": no-casualty-cues.tsv), or by speaking of no death at all (death-words.tsv).
 */
final class NoCasualtyCues {
  private final PhraseTrie<String> phrases = new PhraseTrie<>();
  private final WordSet deathWords;

  private NoCasualtyCues(List<RuleRow> cues, List<RuleRow> deathWords) {
    for (RuleRow row : cues) {
      phrases.add(row.get("phrase"), row.get("phrase"));
    }
    this.deathWords = WordSet.copyOf(deathWords.stream().map(r -> r.get("word").toLowerCase(Locale.ROOT)).toList());
  }

  /** The cues of these lexicons, built once per lexicons. */
  static NoCasualtyCues from(Lexicons rules) {
    return rules.built(NoCasualtyCues.class, r -> new NoCasualtyCues(r.file(RuleFiles.NO_CASUALTY_CUES).rows(),
        r.file(RuleFiles.DEATH_WORDS).rows()));
  }

  /** Whether {@code range} of the document holds a word that speaks of death. */
  boolean speaksOfDeath(DocumentTokens tokens, Span range) {
    for (Token word : tokens.in(range)) {
      if (deathWords.contains(word.lower())) {
        return true;
      }
    }
    return false;
  }

  /** The first cue in {@code range} of the document, as the span of its words. */
  Optional<Span> first(DocumentTokens tokens, Span range) {
    List<Token> words = tokens.in(range);
    return phrases.first(words)
        .map(m -> new Span(words.get(m.from()).start(), words.get(m.to() - 1).end()));
  }
}
