package org.tally.resolve.place;

import java.util.List;

/**
 * Gazetteer entries named by tokens {@code [from, to)} of a token list.
 *
 * @param handKept true when the name came from the hand-kept alias file, which may hold lower-case words
 *     ("rural Damascus")
 */
public record NameMatch(int from, int to, List<GazetteerEntry> entries, boolean handKept) {
  public NameMatch {
    entries = List.copyOf(entries);
  }
}
