package org.tally.extract;

import java.util.List;
import java.util.Optional;
import org.tally.extract.token.Token;
import org.tally.extract.token.WordSet;
import org.tally.model.Harm;

/**
 * "Russian air strikes killed ten civilians. Two of the victims were minors.", "At least 9 people were killed and
 * wounded ... two of the victims were children", "... killing nine people. Four of them were children": a part told
 * of a group ("of the victims", "of them") that names no harm of its own, as the subject of a form of "be" and its
 * people noun, is a part of the people the sentence before counted, and suffered their harm (issue 11, count27:
 * count-written-6's t06; the dev CSV's "Two of the victims were minors"). Only a group word of no harm is read so: "of
 * the dead" and "of the casualties" say their own (head-links.tsv, {@code CasualtyFinder.groupHarm}).
 */
final class PartOfBefore {
  private static final WordSet GROUPS = WordSet.of("victims", "them");
  private static final WordSet BE = WordSet.of("were", "are", "was", "is");

  private PartOfBefore() {}

  /**
   * The harm of the people the sentence before counted last, where the tokens from {@code to} (just after the part's
   * count) up to {@code headFrom} (the form of "be" before the part's people noun) read "of [the] victims|them".
   */
  static Optional<Harm> harm(List<Token> tokens, int to, int headFrom, PronounObjects.Sentence before) {
    int group = headFrom - 1;
    if (before == null || group <= to || headFrom >= tokens.size() || !tokens.get(to).is("of")
        || !GROUPS.contains(tokens.get(group).lower()) || !BE.contains(tokens.get(headFrom).lower())) {
      return Optional.empty();
    }
    for (int i = to + 1; i < group; i++) {
      if (!tokens.get(i).is("the")) {
        return Optional.empty();
      }
    }
    // the last people the sentence before counted for a harm
    return before.counted().values().stream()
        .filter(a -> a.counted() && a.harm() != null)
        .max(java.util.Comparator.comparingInt(PronounObjects.Antecedent::end))
        .map(PronounObjects.Antecedent::harm);
  }
}
