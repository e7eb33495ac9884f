package org.tally.text;

import java.util.List;
import org.tally.model.Span;
import org.tally.model.SectionKind;

/**
 * Reads the head of an article, above its first running text: datelines (a date alone on a line,
 * or a date opening the first paragraph), the title (a markdown heading or the first headline-shaped
 * line, and any repeat of it), and kickers (a short topic label just above the title).
 */
final class HeadReader {
  /** The head ends within this many lines, so a stray short line deep in a page is never a title. */
  private static final int MAX_HEAD_LINES = 12;
  private static final java.util.regex.Pattern NOT_WORDS = java.util.regex.Pattern.compile("[^\\p{L}\\d]+");
  private static final int MAX_DATELINE_LENGTH = 100;
  private static final int MAX_LEFTOVER_WORDS = 3;
  private static final int KICKER_MAX_WORDS = 3;

  private final DateReader dates;

  HeadReader(DateReader dates) {
    this.dates = dates;
  }

  void read(String text, LineKinds kinds) {
    Line title = null;
    int seen = 0;
    for (int i = 0; i < kinds.size() && seen < MAX_HEAD_LINES; i++) {
      if (kinds.kind(i) == SectionKind.COMMENT) {
        return;
      }
      if (!kinds.open(i)) {
        continue;
      }
      seen++;
      Line line = kinds.line(i);
      if (isDatelineOnly(text, line)) {
        kinds.mark(i, SectionKind.DATELINE);
        continue;
      }
      DateMention opening = openingDate(text, line);
      if (opening != null) {
        kinds.splitDateline(i, dates.endOfTime(text, opening.span().end()));
        return;
      }
      if (title != null) {
        if (!line.norm().equals(title.norm())) {
          return;
        }
        kinds.mark(i, SectionKind.TITLE);
        continue;
      }
      boolean heading = LineText.isMarkdownHeading(line.raw());
      if (!(heading || LineText.isHeadlineLike(line.raw())) || nextOpen(kinds, i) < 0) {
        return;
      }
      int next = nextOpen(kinds, i);
      if (!heading && line.words() <= KICKER_MAX_WORDS && LineText.isHeadlineLike(kinds.line(next).raw())
          && !isDatelineOnly(text, kinds.line(next))) {
        kinds.mark(i, SectionKind.NAVIGATION);
        continue;
      }
      kinds.mark(i, SectionKind.TITLE);
      title = line;
    }
  }

  /** A line that is a date and little else: a time, a zone, a place, "Published". */
  boolean isDatelineOnly(String text, Line line) {
    if (line.raw().length() > MAX_DATELINE_LENGTH) {
      return false;
    }
    // only a date at the very start of the line matters: read no further than a dateline can reach
    Span head = new Span(line.span().start(), Math.min(line.span().end(), line.span().start() + DATELINE_REACH));
    List<DateMention> found = dates.find(text, head);
    if (found.isEmpty()) {
      return false;
    }
    StringBuilder leftover = new StringBuilder();
    int covered = 0;
    int at = line.span().start();
    for (DateMention mention : found) {
      leftover.append(text, at, mention.span().start()).append(' ');
      at = dates.endOfTime(text, mention.span().end());
      covered += at - mention.span().start();
    }
    leftover.append(text, at, line.span().end());
    int letterWords = 0;
    for (String word : NOT_WORDS.split(leftover)) {
      if (word.chars().anyMatch(Character::isLetter)) {
        letterWords++;
      }
    }
    return letterWords <= MAX_LEFTOVER_WORDS && covered * 10 >= line.raw().length() * 4;
  }

  private static final int DATELINE_REACH = 80;

  private DateMention openingDate(String text, Line line) {
    if (!dates.mayStartAt(text, line.span().start())) {
      return null;
    }
    // only a date at the very start of the line matters: read no further than a dateline can reach
    Span head = new Span(line.span().start(), Math.min(line.span().end(), line.span().start() + DATELINE_REACH));
    List<DateMention> found = dates.find(text, head);
    if (found.isEmpty() || found.get(0).span().start() != line.span().start() || !found.get(0).hasYear()) {
      return null;
    }
    return found.get(0);
  }

  private static int nextOpen(LineKinds kinds, int i) {
    for (int j = i + 1; j < kinds.size(); j++) {
      if (kinds.open(j)) {
        return j;
      }
    }
    return -1;
  }
}
