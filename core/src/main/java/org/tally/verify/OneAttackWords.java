package org.tally.verify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tally.extract.token.PhraseTrie;
import org.tally.extract.token.Token;
import org.tally.extract.token.Tokenizer;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleRow;
import org.tally.model.Span;

/**
 * Tells from a toll's sentence whether it reports one attack ("a car bomb killed 40") or a total of many ("air strikes
 * across Aleppo killed 67"), by the words of one-attack-words.tsv. The records may bear a total out by adding up several of
 * them; one attack's toll only with one record ({@link ClaimGrader}). Reads only the sentence the toll was read from.
 */
public final class OneAttackWords {
  /** Words that may stand between a determiner and its attack noun ("a suicide car bomb": two). */
  private static final int BETWEEN = 2;

  /** "one" or "many" by phrase. */
  private final PhraseTrie<String> phrases;
  private final Set<String> determiners;

  private OneAttackWords(PhraseTrie<String> phrases, Set<String> determiners) {
    this.phrases = phrases;
    this.determiners = determiners;
  }

  /**
   * What a sentence says of its toll's attacks.
   *
   * @param one the attack noun after a determiner that makes it one attack ("suicide bomber"), or null
   * @param many the words of many attacks or of a span ("strikes", "across"), in the order the sentence has them
   */
  public record Reading(String one, List<String> many) {
    public static final Reading NOTHING = new Reading(null, List.of());

    /** True when the sentence names one attack and no word of many. */
    public boolean oneAttack() {
      return one != null && many.isEmpty();
    }
  }

  static OneAttackWords of(RuleFile file) {
    PhraseTrie<String> phrases = new PhraseTrie<>();
    Set<String> determiners = new HashSet<>();
    for (RuleRow row : file.rows()) {
      String phrase = row.get("phrase").strip();
      String kind = row.get("kind");
      if (kind.equals("determiner")) {
        determiners.add(phrase.toLowerCase(Locale.ROOT));
      } else {
        phrases.add(phrase, kind);
      }
    }
    return new OneAttackWords(phrases, Set.copyOf(determiners));
  }

  /** The reading of a sentence (a claim's quote); nothing for null. */
  public Reading read(String sentence) {
    if (sentence == null || sentence.isBlank()) {
      return Reading.NOTHING;
    }
    List<Token> tokens = Tokenizer.tokens(sentence, new Span(0, sentence.length()));
    String one = null;
    List<String> many = new ArrayList<>();
    for (PhraseTrie.Match<String> m : phrases.findAll(tokens)) {
      String words = phrase(tokens, m);
      if (m.value().equals("many")) {
        many.add(words);
      } else if (one == null && determined(tokens, m.from())) {
        one = words;
      }
    }
    return one == null && many.isEmpty() ? Reading.NOTHING : new Reading(one, List.copyOf(many));
  }

  /** True when a determiner stands before word {@code at}, at most BETWEEN words before it. */
  private boolean determined(List<Token> tokens, int at) {
    for (int i = at - 1; i >= Math.max(0, at - 1 - BETWEEN); i--) {
      Token t = tokens.get(i);
      if (!t.isWord()) {
        return false;  // a comma or a full stop ends the noun phrase
      }
      if (determiners.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  private static String phrase(List<Token> tokens, PhraseTrie.Match<String> m) {
    StringBuilder s = new StringBuilder();
    for (int i = m.from(); i < m.to(); i++) {
      s.append(i > m.from() ? " " : "").append(tokens.get(i).lower());
    }
    return s.toString();
  }
}
