package org.tally.verify;

import java.time.LocalDate;

/**
 * One line of a document's {@code records}: a record a toll was matched with and the toll's grade against its
 * reference, or (id null) a reference that holds no record of the toll's place and time.
 *
 * @param claim the claim's ordinal in its document, or -1 for the main incident's toll
 * @param words the toll as written ("over 80")
 * @param namedPlace the place the article names that the record lies at ("Ariha"), or null
 */
public record RecordGrade(String source, String id, LocalDate dateStart, LocalDate dateEnd, String place,
    Integer low, Integer best, Integer high, ClaimGrade grade, int claim, String words, String namedPlace) {
  static RecordGrade of(ReferenceRecord r, ClaimGrade grade, Toll toll, String namedPlace) {
    return new RecordGrade(r.source(), r.id(), r.when().start(), r.when().end(), r.place().label(), r.low(), r.best(),
        r.high(), grade, toll.claim(), toll.words(), namedPlace);
  }

  static RecordGrade none(String source, Toll toll) {
    return new RecordGrade(source, null, null, null, null, null, null, null, ClaimGrade.NO_RECORD, toll.claim(),
        toll.words(), null);
  }
}
