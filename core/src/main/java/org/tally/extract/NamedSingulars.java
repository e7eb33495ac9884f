package org.tally.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tally.extract.harm.HarmCues;
import org.tally.extract.token.Token;
import org.tally.extract.token.WordSet;
import org.tally.model.Count;
import org.tally.model.Span;
import org.tally.model.Victims;

/**
 * "Professional Soldier Juan Carlos Ruiz Peña lost his life in the fighting": a name, with its rank or without, right
 * before a harm told of one person ("lost his life", "succumbed to her wounds") is one person, though no number and no
 * people noun counts them. Armies write their own dead so (issue 11, wars20).
 */
final class NamedSingulars {
  // words of one person inside a harm cue: "lost his life", "died of her injuries"
  private static final WordSet ONE_PERSON = WordSet.of("his", "her");
  // auxiliaries between the name and its harm: "Corporal Ali Raza has lost his life"
  private static final WordSet AUXILIARIES = WordSet.of("has", "had", "was", "reportedly", "later");
  private static final int MAX_AUXILIARIES = 2;
  // a rank of two words and a name of four: "Professional Soldier Juan Carlos Ruiz Peña"
  private static final int MAX_NAME_WORDS = 7;
  // a lone capitalised word may be a pronoun or an institution ("He lost his life", "Hamas"): a name has two words
  private static final int MIN_NAME_WORDS = 2;

  private final HarmCues harms;

  NamedSingulars(HarmCues harms) {
    this.harms = harms;
  }

  /** The named people of one sentence that no casualty of {@code found} holds already. */
  List<Casualty> find(List<Token> tokens, List<Casualty> found) {
    List<Casualty> out = new ArrayList<>(0);
    for (int i = 1; i < tokens.size(); i++) {
      Optional<HarmCues.Cue> cue = harms.afterAt(tokens, i);
      if (cue.isEmpty() || !ofOnePerson(tokens, cue.get())) {
        continue;
      }
      int nameEnd = i;
      for (int gap = 0; gap < MAX_AUXILIARIES && nameEnd > 0 && AUXILIARIES.contains(tokens.get(nameEnd - 1).lower());
          gap++) {
        nameEnd--;
      }
      int nameStart = nameEnd;
      while (nameStart > 0 && nameEnd - nameStart < MAX_NAME_WORDS && nameWord(tokens.get(nameStart - 1))) {
        nameStart--;
      }
      if (nameEnd - nameStart < MIN_NAME_WORDS || held(found, nameStart, i)) {
        continue;
      }
      Count one = new Count(1, 1, false, new Span(tokens.get(nameStart).start(), tokens.get(nameEnd - 1).end()));
      out.add(new Casualty(cue.get().harm(), Victims.PEOPLE, one, TokenSpans.words(tokens, nameStart, nameEnd),
          nameStart, nameEnd, i));
    }
    return out;
  }

  // the cue's words and the one after it: "succumbed to" ends before "his wounds"
  private static boolean ofOnePerson(List<Token> tokens, HarmCues.Cue cue) {
    for (int i = cue.from(); i <= cue.to() && i < tokens.size(); i++) {
      if (ONE_PERSON.contains(tokens.get(i).lower())) {
        return true;
      }
    }
    return false;
  }

  /** A word of a name or a rank: capitalised, no digits ("Juan", "Ruiz", "Sergeant"). */
  private static boolean nameWord(Token token) {
    return token.isWord() && token.isCapitalised() && token.text().chars().noneMatch(Character::isDigit);
  }

  /** Whether a casualty found already holds a token between the name and its harm. */
  private static boolean held(List<Casualty> found, int from, int to) {
    for (Casualty c : found) {
      if (c.from() < to && c.headEnd() > from) {
        return true;
      }
    }
    return false;
  }
}
