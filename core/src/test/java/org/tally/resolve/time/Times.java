package org.tally.resolve.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.tally.lexicon.Lexicons;
import org.tally.model.Span;

/** Helpers for the time tests: find the mentions of a whole text, or the only one. */
final class Times {
  private Times() {}

  static List<TimeMention> find(String text, LocalDate document) {
    return TimeResolver.from(Lexicons.bundled()).find(text, new Span(0, text.length()), document);
  }

  static TimeMention only(String text, LocalDate document) {
    List<TimeMention> found = find(text, document);
    assertThat(found).as("time mentions of: " + text).hasSize(1);
    return found.get(0);
  }

  /** The mention whose words are exactly {@code words}. */
  static TimeMention named(String text, String words, LocalDate document) {
    return find(text, document).stream().filter(m -> m.span().text(text).equals(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no mention '" + words + "' in: " + text + " (found "
            + find(text, document).stream().map(m -> m.span().text(text)).toList() + ")"));
  }

  static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }
}
