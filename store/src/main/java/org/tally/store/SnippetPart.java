package org.tally.store;

/**
 * One piece of a search hit's passage, as plain text: a page escapes it, whatever the article holds.
 *
 * @param match true for words the query found
 */
public record SnippetPart(String text, boolean match) {
  public SnippetPart {
    java.util.Objects.requireNonNull(text, "text");
  }
}
