package org.tally.model;

import java.util.Locale;

/** Where in a document a claim was read (claims.md section 2): only title and body are the document's own claims. */
public enum ClaimSection {
  /** The article's headline. */
  TITLE,
  /** The article's own running text. */
  BODY,
  /** Headlines of other articles: reported only so that a reader can see them, never scored. */
  RELATED,
  /** Reader comments. */
  COMMENT;

  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True for the document's own text: the headline and the body. */
  public boolean isOwnText() {
    return this == TITLE || this == BODY;
  }
}
