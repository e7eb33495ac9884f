package org.tally.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.tally.extract.token.Token;
import org.tally.model.Victims;

/**
 * "17 government troops including a commander were killed": a rank counted inside a breakdown of a toll of soldiers or
 * fighters is one of that toll's people, so it takes the toll's victim category, whatever side the rank word alone
 * gives ("a commander" is a fighter's word, "an officer" a soldier's; ranks.tsv). Only a breakdown ("including",
 * "among them") of the toll just before it, and only between the two armed categories.
 */
final class PartRanks {
  private PartRanks() {}

  /** {@code found} with each rank inside a breakdown of soldiers or fighters given that toll's category. */
  static List<Casualty> fitted(List<Token> tokens, List<Casualty> found, Predicate<String> rank) {
    List<Casualty> out = new ArrayList<>(found);
    Casualty whole = null;
    for (int i = 0; i < out.size(); i++) {
      Casualty c = out.get(i);
      if (!breakdown(tokens, c.from())) {
        whole = c;
        continue;
      }
      if (whole != null && whole.harm() == c.harm() && armed(whole.victims()) && armed(c.victims())
          && whole.victims() != c.victims() && c.headEnd() > 0 && rank.test(tokens.get(c.headEnd() - 1).lower())) {
        out.set(i, new Casualty(c.harm(), whole.victims(), c.count(), c.countText(), c.from(), c.to(), c.headEnd()));
      }
    }
    return out;
  }

  private static boolean armed(Victims v) {
    return v == Victims.SOLDIERS || v == Victims.FIGHTERS;
  }

  /** "including a commander", "includes two officers", "among them an officer". */
  private static boolean breakdown(List<Token> tokens, int from) {
    int before = from - 1;
    if (before > 0 && tokens.get(before).is("them") && tokens.get(before - 1).is("among")) {
      return true;
    }
    return before >= 0 && (tokens.get(before).is("including") || tokens.get(before).is("includes"));
  }
}
