package org.tally.text;

import java.util.ArrayList;
import java.util.List;
import org.tally.model.Section;
import org.tally.model.SectionKind;
import org.tally.model.Span;

/**
 * Turns decided lines into sections: consecutive lines of one kind become one section, except that
 * a blank line starts a new title, dateline or body section (one body section per paragraph).
 */
final class SectionBuilder {
  private final String text;
  private final List<Section> sections = new ArrayList<>();

  SectionBuilder(String text) {
    this.text = text;
  }

  List<Section> build(LineKinds kinds) {
    for (int i = 0; i < kinds.size(); i++) {
      if (kinds.markup(i)) {
        continue;
      }
      Line full = kinds.line(i);
      SectionKind kind = kinds.kind(i) == null ? SectionKind.BODY : kinds.kind(i);
      int gluedStart = kinds.gluedStart(i);
      Span own = gluedStart > full.span().start() ? trimmed(full.span().start(), gluedStart) : full.span();
      int datelineEnd = kinds.datelineEnd(i);
      if (datelineEnd > own.start()) {
        add(SectionKind.DATELINE, trimmed(own.start(), Math.min(datelineEnd, own.end())), true);
        Span rest = trimmed(datelineEnd, own.end());
        if (!rest.isEmpty()) {
          addAround(kind, rest, true, kinds.insets(i));
        }
      } else {
        addAround(kind, own, full.paragraphStart(), kinds.insets(i));
      }
      if (gluedStart > full.span().start()) {
        add(SectionKind.RELATED, trimmed(gluedStart, full.span().end()), true);
      }
    }
    return sections;
  }

  /** The line's text {@code own} of its kind, less the teasers set inside it, which are related sections between. */
  private void addAround(SectionKind kind, Span own, boolean paragraphStart, List<Span> insets) {
    int at = own.start();
    boolean first = paragraphStart;
    for (Span inset : insets) {
      if (inset.start() < at || inset.end() > own.end()) {
        continue;
      }
      Span before = trimmed(at, inset.start());
      if (!before.isEmpty()) {
        add(kind, before, first);
        first = false;
      }
      add(SectionKind.RELATED, inset, true);
      at = inset.end();
    }
    Span rest = trimmed(at, own.end());
    if (!rest.isEmpty()) {
      add(kind, rest, first);
    }
  }

  private void add(SectionKind kind, Span span, boolean paragraphStart) {
    if (!sections.isEmpty()) {
      Section last = sections.get(sections.size() - 1);
      boolean perParagraph = kind == SectionKind.BODY || kind == SectionKind.TITLE || kind == SectionKind.DATELINE;
      if (last.kind() == kind && !(perParagraph && paragraphStart)) {
        sections.set(sections.size() - 1, new Section(kind, last.span().start(), span.end()));
        return;
      }
    }
    sections.add(new Section(kind, span));
  }

  private Span trimmed(int start, int end) {
    while (start < end && (LineText.isSpace(text.charAt(start)) || "-–—|,".indexOf(text.charAt(start)) >= 0)) {
      start++;
    }
    while (end > start && LineText.isSpace(text.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }
}
