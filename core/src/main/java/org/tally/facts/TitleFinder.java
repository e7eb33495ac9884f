package org.tally.facts;

import org.tally.model.Document;
import org.tally.model.Layout;
import org.tally.model.SectionKind;

/** The headline: the metadata's title where there is one, else the first title section without markdown marks. */
final class TitleFinder {
  private static final String MARKS = "#*_";

  String find(Document doc, Layout layout) {
    String title = doc.metadata().title();
    if (title != null && !title.isBlank()) {
      return title.strip();
    }
    return layout.first(SectionKind.TITLE).map(s -> unmarked(s.span().text(doc.text()))).orElse(null);
  }

  /** "# *U.S.-led coalition admits*" gives "U.S.-led coalition admits"; inner marks are kept. */
  static String unmarked(String heading) {
    int start = 0;
    int end = heading.length();
    while (start < end && (MARKS.indexOf(heading.charAt(start)) >= 0 || Character.isWhitespace(heading.charAt(start)))) {
      start++;
    }
    while (end > start && (MARKS.indexOf(heading.charAt(end - 1)) >= 0 || Character.isWhitespace(heading.charAt(end - 1)))) {
      end--;
    }
    return heading.substring(start, end);
  }
}
