package org.tally.extract;

import org.tally.model.Count;
import org.tally.model.Harm;
import org.tally.model.Victims;

/**
 * A count of harmed people found in one sentence, before attribution: tokens {@code [from, to)} hold the
 * count and {@code [from, headEnd)} the count with its people noun.
 */
record Casualty(Harm harm, Victims victims, Count count, String countText, int from, int to, int headEnd) {
  /** True when token {@code i} lies in the count or its people noun: an actor there is among the harmed. */
  boolean holds(int i) {
    return i >= from && i < headEnd;
  }
}
