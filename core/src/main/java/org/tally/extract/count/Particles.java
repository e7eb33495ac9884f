package org.tally.extract.count;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;

/**
 * Verbs whose particle is also a qualifier word (particle-verbs.tsv): in "handed over 26 detained gunmen" the "over" is
 * the verb's, so the 26 is exact, not "more than 26".
 */
public final class Particles {
  /** No particle verbs: every qualifier word is read as one. */
  static final Particles NONE = new Particles(Set.of());

  // "verb particle", lower case
  private final Set<String> pairs;

  private Particles(Set<String> pairs) {
    this.pairs = pairs;
  }

  public static Particles from(Lexicons rules) {
    return rules.built(Particles.class, Particles::read);
  }

  private static Particles read(Lexicons rules) {
    Set<String> pairs = new HashSet<>();
    for (RuleRow row : rules.file(RuleFiles.PARTICLE_VERBS).rows()) {
      String[] words = row.get("phrase").toLowerCase(Locale.ROOT).trim().split("\\s+");
      if (words.length != 2) {
        throw row.error("phrase", "a particle verb is two words, the verb and its particle");
      }
      pairs.add(words[0] + " " + words[1]);
    }
    return new Particles(Set.copyOf(pairs));
  }

  /** Whether {@code word} is the particle of the verb {@code before} it (both lower case; either may be null). */
  boolean particle(String before, String word) {
    return before != null && word != null && !pairs.isEmpty() && pairs.contains(before + " " + word);
  }
}
