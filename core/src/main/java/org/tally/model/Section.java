package org.tally.model;

import java.util.Objects;

/** A stretch of a document's text and what kind of text it is. */
public record Section(SectionKind kind, Span span) {
  public Section {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(span, "span");
  }

  public Section(SectionKind kind, int start, int end) {
    this(kind, new Span(start, end));
  }
}
