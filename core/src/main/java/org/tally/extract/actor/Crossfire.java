package org.tally.extract.actor;

import java.util.Optional;
import java.util.List;
import org.tally.extract.token.PhraseTrie;
import org.tally.extract.token.Token;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;

/**
 * "Two civilians were killed in crossfire between the Assad militias and HTS fighters": people caught between two
 * sides firing at each other are no one side's deed, though the sentence names both sides beside a fight word
 * (crossfire-words.tsv; attr28, attribution-written-10 t12).
 */
public final class Crossfire {
  /** How far after the people counted the words may stand: "were killed on Tuesday in crossfire". */
  private static final int REACH = 8;

  private final PhraseTrie<RuleRow> words = new PhraseTrie<>();

  private Crossfire() {}

  public static Crossfire from(Lexicons rules) {
    return rules.built(Crossfire.class, r -> {
      Crossfire crossfire = new Crossfire();
      r.file(RuleFiles.CROSSFIRE_WORDS).rows().forEach(row -> crossfire.words.add(row.get("phrase"), row));
      return crossfire;
    });
  }

  /**
   * The crossfire words within {@link #REACH} tokens after the people counted (from token {@code headEnd}), in the
   * same clause (no full stop, semicolon or "while" between).
   */
  public Optional<Rule> after(List<Token> tokens, int headEnd) {
    for (int i = headEnd; i < Math.min(tokens.size(), headEnd + REACH); i++) {
      Token t = tokens.get(i);
      if (t.is(".") || t.is(";") || t.is("while")) {
        return Optional.empty();
      }
      Optional<PhraseTrie.Match<RuleRow>> m = words.longestAt(tokens, i);
      if (m.isPresent()) {
        return Optional.of(Rule.of(m.get().value(), tokens, m.get().from(), m.get().to()));
      }
    }
    return Optional.empty();
  }
}
