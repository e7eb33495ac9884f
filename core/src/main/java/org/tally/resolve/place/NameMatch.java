package org.tally.resolve.place;

import java.util.List;

/**
 * Gazetteer entries named by tokens {@code [from, to)} of a token list.
 *
 * @param handKept true when the name came from the hand-kept alias file, which may hold lower-case words
 *     ("rural Damascus")
 * @param articleDropped true when the name was read without the Arabic article its first word is joined to by a
 *     hyphen ("al-Muqdadiyah" read as "Muqdadiyah"), which the gazetteer files without it
 */
public record NameMatch(int from, int to, List<GazetteerEntry> entries, boolean handKept, boolean articleDropped) {
  public NameMatch {
    entries = List.copyOf(entries);
  }

  public NameMatch(int from, int to, List<GazetteerEntry> entries, boolean handKept) {
    this(from, to, entries, handKept, false);
  }
}
