package org.tally.model;

/** A half-open range {@code [start, end)} of character offsets into a document's original text. */
public record Span(int start, int end) {
  public Span {
    if (start < 0) {
      throw new IllegalArgumentException("start must not be negative: " + start);
    }
    if (end < start) {
      throw new IllegalArgumentException("end must not be before start: [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean contains(int offset) {
    return start <= offset && offset < end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  public String text(String doc) {
    return doc.substring(start, end);
  }
}
