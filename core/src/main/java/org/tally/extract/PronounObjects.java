package org.tally.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tally.extract.harm.HarmCues;
import org.tally.extract.token.Token;
import org.tally.extract.victim.VictimWords;
import org.tally.model.Count;
import org.tally.model.Harm;
import org.tally.model.Span;
import org.tally.model.Victims;

/**
 * "An insurgent fired on the patrol. The force returned fire, killing him." and "Coalition forces observed a handful of
 * insurgents firing on the base. An air weapons team engaged them, killing them.": a pronoun right after a harm verb
 * counts the people it points back to, the nearest people noun before it in its sentence, else the last one of the
 * sentence before. The pronoun counts only where that noun has a count of its own ("a handful of insurgents", "an
 * armed insurgent"; not "insurgents" nor "the soldiers"), "him" one person and "them" more than one, and only where the
 * people did not already suffer that harm ("killed a leader ... killing him" restates the leader).
 */
final class PronounObjects {
  /**
   * A people noun of a sentence, ending at token {@code end}: its count and victims where it has a count (else null),
   * and the harm it was counted for (null: none).
   */
  record Antecedent(int end, Count count, Victims victims, Harm harm) {
    boolean counted() {
      return count != null;
    }
  }

  private final VictimWords victims;
  private final HarmCues harms;

  PronounObjects(VictimWords victims, HarmCues harms) {
    this.victims = victims;
    this.harms = harms;
  }

  /** A sentence read: its tokens and its counted people by the token their noun ends at. */
  record Sentence(List<Token> tokens, Map<Integer, Antecedent> counted) {}

  /**
   * The people the sentence's object pronouns count. {@code counted} holds the sentence's counted people by the token
   * their noun ends at; {@code previous} is the sentence before (null: none), whose last people noun is looked up only
   * when a pronoun needs it.
   */
  List<Casualty> find(List<Token> tokens, Map<Integer, Antecedent> counted, Sentence previous,
      List<Casualty> found) {
    List<Casualty> out = List.of();
    for (int i = 1; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      boolean one = token.is("him");
      if (!one && !token.is("them") || held(found, i)) {
        continue;
      }
      int at = i;
      Optional<HarmCues.Cue> cue = harms.before(tokens, i, true).filter(c -> c.to() == at && !c.hedged());
      if (cue.isEmpty()) {
        continue;
      }
      Antecedent antecedent = nearest(tokens, i, counted).orElseGet(() -> previous == null ? null
          : nearest(previous.tokens(), previous.tokens().size(), previous.counted()).orElse(null));
      if (antecedent == null || !antecedent.counted() || antecedent.harm() == cue.get().harm()
          || !fits(antecedent.count(), one)) {
        continue;
      }
      Count count = new Count(antecedent.count().min(), antecedent.count().max(), antecedent.count().approx(),
          new Span(token.start(), token.end()));
      if (out.isEmpty()) {
        out = new ArrayList<>(1);
      }
      out.add(new Casualty(cue.get().harm(), antecedent.victims(), count, token.text(), i, i + 1, i + 1));
    }
    return out;
  }

  /**
   * The nearest people noun ending before token {@code i}, counted or not; empty when the sentence has none. The
   * sentence's subject is passed over: an object pronoun never stands for the subject of its own clause ("Soldiers
   * returned fire, killing them" killed others than the soldiers).
   */
  private Optional<Antecedent> nearest(List<Token> tokens, int i, Map<Integer, Antecedent> counted) {
    for (int j = i - 1; j >= 0; j--) {
      if (victims.head(tokens, j) instanceof VictimWords.People people && people.victims() != null
          && people.harm() == null && people.end() <= i) {
        int start = j;
        while (start > 0 && victims.head(tokens, start - 1) instanceof VictimWords.People before
            && before.end() == people.end()) {
          start--;
        }
        if (opensSentence(tokens, start) && i < tokens.size()) {
          return Optional.empty();
        }
        Antecedent known = counted.get(people.end());
        return Optional.of(known != null ? known : new Antecedent(people.end(), null, null, null));
      }
    }
    return Optional.empty();
  }

  /** Whether the phrase starting at token {@code start} opens its sentence, after "the" at most. */
  private static boolean opensSentence(List<Token> tokens, int start) {
    return start == 0 || start == 1 && (tokens.get(0).is("the") || tokens.get(0).is("these"));
  }

  /** "him" stands for one person; "them" for more than one. */
  private static boolean fits(Count count, boolean one) {
    boolean single = Integer.valueOf(1).equals(count.min()) && Integer.valueOf(1).equals(count.max());
    return one == single && (count.min() != null || count.max() != null);
  }

  private static boolean held(List<Casualty> found, int i) {
    for (Casualty c : found) {
      if (c.holds(i)) {
        return true;
      }
    }
    return false;
  }
}
