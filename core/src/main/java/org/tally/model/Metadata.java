package org.tally.model;

/**
 * What a source says about a document besides its text: dataset columns, JSON fields, HTML meta tags.
 * Every field is as written by the source, or null where the source has none.
 */
public record Metadata(String title, String url, String outlet, String date) {
  public static final Metadata NONE = new Metadata(null, null, null, null);
}
