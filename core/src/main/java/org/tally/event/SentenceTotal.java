package org.tally.event;

import java.util.List;
import java.util.Optional;
import org.tally.model.Claim;
import org.tally.model.Harm;

/**
 * "Six members of the factions and four fighters of the council were killed, as well as a civilian ..., raising the total
 * number of dead to eleven": a count of the dead that the lead's own sentence tells as its total (ReleaseTotal's reading
 * of a risen or corrected toll) is the sentence's toll, whatever the parts before it add up to. Issue 11, monitor26.
 */
final class SentenceTotal {
  private SentenceTotal() {}

  /** {min, max} of the last count of the dead the sentence gives as its total; empty when it gives none. */
  static Optional<Integer[]> of(String text, List<Claim> sentence) {
    if (text == null) {
      return Optional.empty();
    }
    return sentence.stream()
        .filter(c -> c.harm() == Harm.KILLED && c.count().min() != null && ReleaseTotal.updates(text, c))
        .reduce((first, second) -> second)
        .map(c -> new Integer[] {c.count().min(), c.count().max()});
  }
}
