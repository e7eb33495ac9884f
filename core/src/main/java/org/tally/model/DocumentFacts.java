package org.tally.model;

import java.time.LocalDate;

/**
 * What Tally knows about a document as a whole.
 *
 * @param title the headline, or null where none was found
 * @param outlet the publisher's name ("RT", "Sputnik"), or null
 * @param date the publication date, or null where neither text nor metadata give one
 * @param dateEvidence where in the text the date was read, or null when it came from metadata or nowhere
 * @param language ISO 639-1 code of the text's language ("en"), or "und" when unknown
 */
public record DocumentFacts(String title, String outlet, LocalDate date, Span dateEvidence, String language) {
  public DocumentFacts {
    language = language == null ? "und" : language;
  }
}
