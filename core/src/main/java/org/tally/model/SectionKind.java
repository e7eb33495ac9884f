package org.tally.model;

/** What a stretch of a document's text is, as far as claims go. */
public enum SectionKind {
  /** The article's headline. */
  TITLE,
  /** A dateline or byline: place, date, agency, author. */
  DATELINE,
  /** The article's own running text: the only place, with the title, that makes claims. */
  BODY,
  /** Headlines of other articles: "read more" links, trailing headline lists, teaser dumps. */
  RELATED,
  /** Reader comments and the widgets around them. */
  COMMENT,
  /** Site navigation, skip links, tags and share buttons. */
  NAVIGATION,
  /** Newsletter offers, copyright lines, publisher blurbs. */
  BOILERPLATE,
  /** Photo captions and credits. */
  CREDIT;

  /** The claims.md {@code section} of claims found here, or null where no claim belongs. */
  public ClaimSection claimSection() {
    return switch (this) {
      case TITLE -> ClaimSection.TITLE;
      case BODY, DATELINE -> ClaimSection.BODY;
      case RELATED -> ClaimSection.RELATED;
      case COMMENT -> ClaimSection.COMMENT;
      default -> null;
    };
  }

  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
