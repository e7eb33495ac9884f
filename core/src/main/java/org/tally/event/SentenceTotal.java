package org.tally.event;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tally.model.Claim;
import org.tally.model.Harm;

/**
 * "Six members of the factions and four fighters of the council were killed, as well as a civilian ..., raising the total
 * number of dead to eleven": a count of the dead that the lead's own sentence gives as the total of the dead it has just
 * told is the sentence's toll, whatever its parts add up to. Not a toll of something wider ("raising the toll of the
 * week's fighting to 40"): the toll's noun goes straight to "to", after at most the day's or the attack's ("bringing
 * the day's toll to seven", genres29). Issue 11, monitor26.
 */
final class SentenceTotal {
  // "bringing the day's toll to seven": the toll of the day or of the attack the sentence tells is its total too
  private static final Pattern TOTAL = Pattern.compile("\\b(raising|bringing|pushing|taking)\\s+the\\s+"
      + "((day|attack|strike|raid|shelling|bombing|ambush)['\u2019]s\\s+)?((total|overall)\\s+)?(death\\s+)?(toll|number\\s+of\\s+(the\\s+)?(dead|deaths|people\\s+killed))\\s+to\\s*$");

  private SentenceTotal() {}

  /** {min, max} of the last count of the dead the sentence gives as its total; empty when it gives none. */
  static Optional<Integer[]> of(String text, List<Claim> sentence) {
    return claim(text, sentence).map(c -> new Integer[] {c.count().min(), c.count().max()});
  }

  /** The last count of the dead the sentence gives as its total; empty when it gives none. */
  static Optional<Claim> claim(String text, List<Claim> sentence) {
    if (text == null) {
      return Optional.empty();
    }
    return sentence.stream()
        .filter(c -> c.harm() == Harm.KILLED && c.count().min() != null && TOTAL.matcher(
            text.substring(c.evidence().start(), c.count().span().start()).toLowerCase(Locale.ROOT)).find())
        .reduce((first, second) -> second);
  }
}
