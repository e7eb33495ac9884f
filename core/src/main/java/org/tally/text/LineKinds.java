package org.tally.text;

import java.util.List;
import org.tally.model.SectionKind;

/**
 * What the cleaner has decided so far about each line: its kind (null while undecided), whether it
 * is markup that belongs to no section, and, for a line that opens with a dateline, where that ends, and for one
 * that ends in glued teasers, where those start.
 */
final class LineKinds {
  final List<Line> lines;
  private final SectionKind[] kinds;
  private final boolean[] markup;
  private final int[] datelineEnds;
  private final int[] gluedStarts;
  // teasers set inside a line, [start, end) in the document's text, per line; null where there are none
  private final List<List<org.tally.model.Span>> insets;

  LineKinds(List<Line> lines) {
    this.lines = lines;
    this.kinds = new SectionKind[lines.size()];
    this.markup = new boolean[lines.size()];
    this.datelineEnds = new int[lines.size()];
    java.util.Arrays.fill(datelineEnds, -1);
    this.gluedStarts = new int[lines.size()];
    java.util.Arrays.fill(gluedStarts, -1);
    this.insets = new java.util.ArrayList<>(java.util.Collections.nCopies(lines.size(), null));
  }

  int size() {
    return lines.size();
  }

  Line line(int i) {
    return lines.get(i);
  }

  SectionKind kind(int i) {
    return kinds[i];
  }

  /** Neither decided nor markup. */
  boolean open(int i) {
    return kinds[i] == null && !markup[i];
  }

  boolean markup(int i) {
    return markup[i];
  }

  void mark(int i, SectionKind kind) {
    kinds[i] = kind;
  }

  void markMarkup(int i) {
    markup[i] = true;
  }

  /** The line's first characters up to {@code end} are a dateline; the rest has the line's kind. */
  void splitDateline(int i, int end) {
    datelineEnds[i] = end;
  }

  int datelineEnd(int i) {
    return datelineEnds[i];
  }

  /** From {@code start} on, the line is teasers for other articles glued to it; before, it has the line's kind. */
  void splitGlued(int i, int start) {
    gluedStarts[i] = start;
  }

  int gluedStart(int i) {
    return gluedStarts[i];
  }

  /** The words {@code span} inside the line are a teaser for another article; the line's text around it keeps its kind. */
  void addInset(int i, org.tally.model.Span span) {
    if (insets.get(i) == null) {
      insets.set(i, new java.util.ArrayList<>());
    }
    insets.get(i).add(span);
  }

  /** The teasers set inside the line, in text order. */
  List<org.tally.model.Span> insets(int i) {
    return insets.get(i) == null ? List.of() : insets.get(i);
  }
}
