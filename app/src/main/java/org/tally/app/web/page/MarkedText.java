package org.tally.app.web.page;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tally.app.web.Html;
import org.tally.model.Claim;
import org.tally.model.DocumentFacts;
import org.tally.model.Layout;
import org.tally.model.Section;
import org.tally.model.SectionKind;
import org.tally.model.Span;

/**
 * A document's text as HTML: each section in its own block, the parts that are not the article's own text (related
 * teasers, comments, navigation, boilerplate, credits) greyed and collapsed, and the words claims were read from
 * marked: counts, actors, places, dates. Where marks overlap, a count wins over a place, a place over an actor, an actor
 * over a date.
 */
public final class MarkedText {
  /** The kinds of mark, lowest priority first; each is a CSS class and a legend entry. */
  enum Mark {
    NONE(""), DATE("date"), ACTOR("actor"), PLACE("place"), COUNT("count");

    final String css;

    Mark(String css) {
      this.css = css;
    }
  }

  private static final Set<SectionKind> GREYED = Set.of(SectionKind.RELATED, SectionKind.COMMENT,
      SectionKind.NAVIGATION, SectionKind.BOILERPLATE, SectionKind.CREDIT);

  private MarkedText() {}

  public static String legend() {
    return "<p class=\"legend\" id=\"legend\"><mark class=\"count\">count</mark> <mark class=\"actor\">actor</mark>"
        + " <mark class=\"place\">place</mark> <mark class=\"date\">date</mark> <span class=\"grey-sample\">not the article's own text (teasers,"
        + " comments, boilerplate), collapsed</span></p>";
  }

  /** @param actors where the text names actors ({@link ActorMarks}) */
  public static String render(String text, Layout layout, DocumentFacts facts, List<Claim> claims, List<Span> actors) {
    Mark[] marks = new Mark[text.length()];
    java.util.Arrays.fill(marks, Mark.NONE);
    for (Span actor : actors) {
      paint(marks, actor, Mark.ACTOR);
    }
    Map<Integer, Integer> anchors = new HashMap<>();
    if (facts.dateEvidence() != null) {
      paint(marks, facts.dateEvidence(), Mark.DATE);
    }
    for (int ordinal = 0; ordinal < claims.size(); ordinal++) {
      Claim claim = claims.get(ordinal);
      if (claim.when() != null && claim.when().span() != null) {
        paint(marks, claim.when().span(), Mark.DATE);
      }
      if (claim.location() != null && claim.location().span() != null) {
        paint(marks, claim.location().span(), Mark.PLACE);
      }
      paint(marks, claim.count().span(), Mark.COUNT);
      anchors.putIfAbsent(claim.count().span().start(), ordinal);
    }
    StringBuilder out = new StringBuilder("<div class=\"document\" id=\"document-text\">");
    int at = 0;
    for (Section section : layout.sections()) {
      int start = Math.max(at, Math.min(section.span().start(), text.length()));
      int end = Math.min(section.span().end(), text.length());
      if (start > at) {
        out.append(Html.text(text.substring(at, start)));
      }
      String kind = section.kind().jsonName();
      if (GREYED.contains(section.kind())) {
        out.append("<details class=\"grey sec-").append(kind).append("\"><summary>").append(kind).append(" (")
            .append(end - start).append(" characters)</summary><div class=\"text\">");
        runs(out, text, marks, anchors, start, end);
        out.append("</div></details>");
      } else {
        out.append("<div class=\"sec sec-").append(kind).append("\">");
        runs(out, text, marks, anchors, start, end);
        out.append("</div>");
      }
      at = Math.max(at, end);
    }
    if (at < text.length()) {
      out.append(Html.text(text.substring(at)));
    }
    return out.append("</div>").toString();
  }

  private static void paint(Mark[] marks, Span span, Mark mark) {
    for (int i = Math.max(0, span.start()); i < Math.min(marks.length, span.end()); i++) {
      if (marks[i].ordinal() < mark.ordinal()) {
        marks[i] = mark;
      }
    }
  }

  private static void runs(StringBuilder out, String text, Mark[] marks, Map<Integer, Integer> anchors, int from,
      int to) {
    int i = from;
    while (i < to) {
      int j = i + 1;
      while (j < to && marks[j] == marks[i] && !anchors.containsKey(j)) {
        j++;
      }
      String words = Html.text(text.substring(i, j));
      if (marks[i] == Mark.NONE) {
        out.append(words);
      } else {
        out.append("<mark class=\"").append(marks[i].css).append('"');
        Integer ordinal = anchors.get(i);
        if (ordinal != null && marks[i] == Mark.COUNT) {
          out.append(" id=\"claim-").append(ordinal).append('"');
        }
        out.append('>').append(words).append("</mark>");
      }
      i = j;
    }
  }
}
