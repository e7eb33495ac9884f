package org.tally.extract.count;

import java.util.List;
import java.util.Optional;
import org.tally.extract.token.PhraseTrie;
import org.tally.extract.token.Token;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;
import org.tally.model.Count;

/**
 * Qualifiers written after the counted people rather than before the number (trailing-qualifiers.tsv): "20 civilians
 * at least", "70 people or more". Translated copy puts them there often; read before the number they are
 * qualifiers.tsv's.
 */
public final class TrailingQualifiers {
  private enum Effect { MIN, MAX }

  private final PhraseTrie<Effect> phrases = new PhraseTrie<>();

  private TrailingQualifiers() {}

  public static TrailingQualifiers from(Lexicons rules) {
    return rules.built(TrailingQualifiers.class, TrailingQualifiers::read);
  }

  private static TrailingQualifiers read(Lexicons rules) {
    TrailingQualifiers out = new TrailingQualifiers();
    for (RuleRow row : rules.file(RuleFiles.TRAILING_QUALIFIERS).rows()) {
      out.phrases.add(row.get("phrase"), row.get("effect").equals("min") ? Effect.MIN : Effect.MAX);
    }
    return out;
  }

  /**
   * The count bounded by a qualifier that starts at token {@code at} (right after the counted noun); the count as it
   * was when none does. Only an exact figure takes one: "at least some 20" is no reading.
   */
  public Count bounded(List<Token> tokens, int at, Count count) {
    if (at >= tokens.size() || count.min() == null || !count.min().equals(count.max()) || count.approx()) {
      return count;
    }
    Optional<PhraseTrie.Match<Effect>> found = phrases.longestAt(tokens, at);
    if (found.isEmpty()) {
      return count;
    }
    return found.get().value() == Effect.MIN ? new Count(count.min(), null, false, count.span())
        : new Count(null, count.max(), false, count.span());
  }
}
