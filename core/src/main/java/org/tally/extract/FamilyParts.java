package org.tally.extract;

import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.tally.extract.count.CountMention;
import org.tally.extract.token.Token;
import org.tally.model.Victims;

/**
 * "killing seven civilians among them a family of five", "including a family of four": a family counted by its members
 * inside a toll is a part of the people the toll counts, of their harm (issue 11, count28: count-written-7's t06). A
 * family counted after its own verb ("killed a family of six") is a cue of harm-cues.tsv.
 */
final class FamilyParts {
  private FamilyParts() {}

  /**
   * The family's members, where the count at {@code from} (to {@code to}) follows "a family of" and that follows a word
   * of membership ({@code partOf}, tested at the token of "a"), after a whole counted before in its sentence.
   */
  static Optional<Casualty> part(List<Token> tokens, CountMention mention, int from, int to, Casualty whole,
      BiPredicate<List<Token>, Integer> partOf) {
    int article = from - 3;
    if (whole == null || whole.harm() == null || article < 1 || !tokens.get(article).is("a")
        || !tokens.get(article + 1).is("family") || !tokens.get(article + 2).is("of")
        || !partOf.test(tokens, article)) {
      return Optional.empty();
    }
    return Optional.of(new Casualty(whole.harm(), Victims.PEOPLE, mention.count(), mention.text(), from, to, to));
  }
}
