package org.tally.model;

import java.util.List;
import java.util.Optional;

/**
 * A document cut into sections that cover its non-blank text, in order, without overlaps.
 * Text between sections is whitespace or markup that belongs to no part.
 */
public record Layout(List<Section> sections) {
  public Layout {
    sections = List.copyOf(sections);
    for (int i = 1; i < sections.size(); i++) {
      Span previous = sections.get(i - 1).span();
      Span current = sections.get(i).span();
      if (current.start() < previous.end()) {
        throw new IllegalArgumentException("sections overlap or are out of order: " + previous + " then " + current);
      }
    }
  }

  /** The section holding this offset, if any. */
  public Optional<Section> at(int offset) {
    for (Section section : sections) {
      if (section.span().contains(offset)) {
        return Optional.of(section);
      }
    }
    return Optional.empty();
  }

  public List<Section> of(SectionKind kind) {
    return sections.stream().filter(s -> s.kind() == kind).toList();
  }

  public Optional<Section> first(SectionKind kind) {
    return sections.stream().filter(s -> s.kind() == kind).findFirst();
  }
}
