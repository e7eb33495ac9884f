package org.tally.verify;

/**
 * A record lying at a place the article names, on the toll's days.
 *
 * @param named the place's name as the article's text resolved it ("Ariha")
 * @param km how far the record's point lies from that place's
 */
public record NamedRecord(ReferenceRecord record, String named, double km) {
  /** "at Ariha" when the record lies within a kilometre of it, else "3 km from Anjarah". */
  public String where() {
    return km < 1 ? "at " + named : Math.round(km) + " km from " + named;
  }
}
