package org.tally.app.web.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tally.app.web.Html;
import org.tally.app.web.Verification.IncidentVerification;
import org.tally.app.web.Verification.MatchedRecord;
import org.tally.verify.DocumentVerdict;
import org.tally.verify.RecordGrade;

/**
 * What verification says, as pages show it: an incident's grade, reasons and matched records; a document's verdict,
 * score, reasons and records. The words are verify's own, escaped like every other text.
 */
final class VerifyPanel {
  /** The records shown for one toll and reference; the others are counted. */
  static final int ROWS_PER_TOLL = 4;

  private VerifyPanel() {}

  static String incident(IncidentVerification v) {
    StringBuilder out = new StringBuilder("<section class=\"verify\" id=\"verify\"><h2>Checked against casualty"
        + " records</h2>");
    if (v.grade().isPresent()) {
      out.append("<p class=\"grade grade-").append(v.gradeName()).append("\" id=\"grade\">Grade: <strong>")
          .append(v.gradeName()).append("</strong></p>");
    } else {
      out.append("<p class=\"grade grade-ungraded\" id=\"grade\">Not graded: a series of figures, not one"
          + " incident.</p>");
    }
    out.append(reasons(v.reasons(), "verify-reasons"));
    out.append(records(v.records(), v.more()));
    return out.append("</section>").toString();
  }

  static String document(String doc, DocumentVerdict v) {
    StringBuilder out = new StringBuilder("<section class=\"verify\" id=\"verdict\"><h2>Verdict</h2>");
    out.append("<p class=\"verdict verdict-").append(v.verdict().jsonName()).append("\"><strong>")
        .append(v.verdict().jsonName()).append("</strong>, score ")
        .append(String.format(Locale.ROOT, "%.2f", v.score())).append(v.credible() ? "" : ", not credible");
    if (v.incident() != null) {
      out.append("; its incident is <strong>").append(v.incident().grade().jsonName()).append("</strong>");
    }
    out.append(" <a href=\"/api/verify/").append(Html.attr(Html.url(doc))).append("\">as JSON</a></p>");
    out.append(reasons(v.reasons(), "verdict-reasons"));
    out.append(records(v.records().stream().map(r -> new MatchedRecord(doc, r)).toList(), Map.of()));
    return out.append("</section>").toString();
  }

  private static String reasons(List<String> reasons, String id) {
    if (reasons.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("<ul class=\"reasons\" id=\"").append(id).append("\">");
    reasons.forEach(r -> out.append("<li>").append(Html.text(r)).append("</li>"));
    return out.append("</ul>").toString();
  }

  /**
   * One row per record (or reference without one), with the toll it was matched for. A toll that spans days and a
   * region may match dozens of small records: the largest few of each toll and reference are shown, and a row says
   * how many more there are and where to read them all.
   *
   * @param more records of a toll and reference ({@link MatchedRecord#group()}) already left out
   */
  private static String records(List<MatchedRecord> unsorted, Map<String, Integer> more) {
    if (unsorted.isEmpty()) {
      return "<p class=\"empty\">No death toll of one incident here to check against the records.</p>";
    }
    // each toll's records together, the largest first: the record a reason names first is shown first
    Map<String, List<MatchedRecord>> groups = new LinkedHashMap<>();
    unsorted.forEach(m -> groups.computeIfAbsent(m.group(), k -> new ArrayList<>()).add(m));
    StringBuilder out = new StringBuilder("<table class=\"records\" id=\"verify-records\"><thead><tr><th>toll</th>"
        + "<th>document</th><th>reference</th><th>record</th><th>when</th><th>where</th><th>low / best / high</th>"
        + "<th>grade</th></tr></thead><tbody>");
    for (Map.Entry<String, List<MatchedRecord>> group : groups.entrySet()) {
      List<MatchedRecord> records = new ArrayList<>(group.getValue());
      records.sort(Comparator.comparing((MatchedRecord m) -> m.record().best(),
          Comparator.nullsLast(Comparator.reverseOrder())));
      for (MatchedRecord m : records.subList(0, Math.min(ROWS_PER_TOLL, records.size()))) {
        out.append(row(m.doc(), m.record()));
      }
      int hidden = Math.max(0, records.size() - ROWS_PER_TOLL) + more.getOrDefault(group.getKey(), 0);
      if (hidden > 0) {
        MatchedRecord first = records.get(0);
        out.append("<tr class=\"more\"><td colspan=\"8\">… and ").append(hidden).append(" more records of ")
            .append(Html.text(first.record().source())).append(" for ")
            .append(Html.text(Figures.orDash(first.record().words()))).append(": all in <a href=\"/api/verify/")
            .append(Html.attr(Html.url(first.doc()))).append("\">").append(Html.text(first.doc()))
            .append("'s verdict</a></td></tr>");
      }
    }
    return out.append("</tbody></table>").toString();
  }

  private static String row(String doc, RecordGrade r) {
    String link = "/documents/" + Html.url(doc) + (r.claim() >= 0 ? "#claim-" + r.claim() : "");
    return "<tr class=\"grade-" + r.grade().jsonName() + "\"><td>" + Html.text(Figures.orDash(r.words()))
        + (r.claim() < 0 ? " (main toll)" : "") + "</td><td><a href=\"" + Html.attr(link) + "\">" + Html.text(doc)
        + "</a></td><td>" + Html.text(r.source()) + "</td><td>"
        + Html.text(r.id() == null ? "no record of this place and time" : r.id()) + "</td><td>"
        + Html.text(r.dateStart() == null ? "–" : r.dateStart().equals(r.dateEnd()) ? r.dateStart().toString()
            : r.dateStart() + " to " + r.dateEnd())
        + "</td><td>" + Html.text(Figures.orDash(r.place())) + "</td><td>"
        + (r.id() == null ? "–" : Figures.orDash(r.low()) + " / " + Figures.orDash(r.best()) + " / "
            + Figures.orDash(r.high()))
        + "</td><td>" + r.grade().jsonName() + "</td></tr>";
  }
}
