package org.tally.app.read;

/** The document fields a CSV column or JSON field can fill. */
enum Field {
  /** the document id */
  ID,
  /** the headline, into Metadata.title */
  TITLE,
  /** the article text */
  TEXT,
  /** the publishing outlet, into Metadata.outlet */
  OUTLET,
  /** the date as written, into Metadata.date */
  DATE,
  /** the article's address, into Metadata.url */
  URL
}
