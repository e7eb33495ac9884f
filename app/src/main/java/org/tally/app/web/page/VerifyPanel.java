package org.tally.app.web.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
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
    out.append(records(v.records().stream().map(MatchedRecord::doc).toList(),
        v.records().stream().map(MatchedRecord::record).toList()));
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
    out.append(records(v.records().stream().map(r -> doc).toList(), v.records()));
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
   * region may match dozens of small records: the first few of each toll and reference are shown, and a row says
   * how many more there are and where to read them all.
   */
  private static String records(List<String> unsortedDocs, List<RecordGrade> unsorted) {
    // each toll's records together, the largest first: the record a reason names first is shown first
    Map<String, Integer> firstSeen = new HashMap<>();
    for (int n = 0; n < unsorted.size(); n++) {
      firstSeen.putIfAbsent(unsortedDocs.get(n) + "\t" + unsorted.get(n).claim() + "\t" + unsorted.get(n).source(), n);
    }
    List<Integer> order = new ArrayList<>(IntStream.range(0, unsorted.size()).boxed().toList());
    order.sort(Comparator.comparingInt((Integer n) -> firstSeen.get(unsortedDocs.get(n) + "\t"
            + unsorted.get(n).claim() + "\t" + unsorted.get(n).source()))
        .thenComparing(n -> unsorted.get(n).best() == null ? Integer.MIN_VALUE : -unsorted.get(n).best()));
    List<String> docs = order.stream().map(unsortedDocs::get).toList();
    List<RecordGrade> records = order.stream().map(unsorted::get).toList();
    if (records.isEmpty()) {
      return "<p class=\"empty\">No death toll of one incident here to check against the records.</p>";
    }
    StringBuilder out = new StringBuilder("<table class=\"records\" id=\"verify-records\"><thead><tr><th>toll</th>"
        + "<th>document</th><th>reference</th><th>record</th><th>when</th><th>where</th><th>low / best / high</th>"
        + "<th>grade</th></tr></thead><tbody>");
    Map<String, Integer> shown = new LinkedHashMap<>();
    Map<String, Integer> hidden = new LinkedHashMap<>();
    for (int n = 0; n < records.size(); n++) {
      RecordGrade r = records.get(n);
      String doc = docs.get(n);
      String group = doc + "\t" + r.claim() + "\t" + r.source();
      if (shown.merge(group, 1, Integer::sum) > ROWS_PER_TOLL) {
        hidden.merge(group, 1, Integer::sum);
        if (n + 1 < records.size() && group.equals(docs.get(n + 1) + "\t" + records.get(n + 1).claim() + "\t"
            + records.get(n + 1).source())) {
          continue;
        }
        out.append("<tr class=\"more\"><td colspan=\"8\">… and ").append(hidden.get(group))
            .append(" more records of ")
            .append(Html.text(r.source())).append(" for ").append(Html.text(Figures.orDash(r.words())))
            .append(": all in <a href=\"/api/verify/").append(Html.attr(Html.url(doc))).append("\">")
            .append(Html.text(doc)).append("'s verdict</a></td></tr>");
        continue;
      }
      String link = "/documents/" + Html.url(doc) + (r.claim() >= 0 ? "#claim-" + r.claim() : "");
      out.append("<tr class=\"grade-").append(r.grade().jsonName()).append("\"><td>")
          .append(Html.text(Figures.orDash(r.words()))).append(r.claim() < 0 ? " (main toll)" : "")
          .append("</td><td><a href=\"").append(Html.attr(link)).append("\">").append(Html.text(doc))
          .append("</a></td><td>").append(Html.text(r.source())).append("</td><td>")
          .append(Html.text(r.id() == null ? "no record of this place and time" : r.id())).append("</td><td>")
          .append(Html.text(r.dateStart() == null ? "–" : r.dateStart().equals(r.dateEnd())
              ? r.dateStart().toString() : r.dateStart() + " to " + r.dateEnd()))
          .append("</td><td>").append(Html.text(Figures.orDash(r.place()))).append("</td><td>")
          .append(r.id() == null ? "–" : Figures.orDash(r.low()) + " / " + Figures.orDash(r.best()) + " / "
              + Figures.orDash(r.high()))
          .append("</td><td>").append(r.grade().jsonName()).append("</td></tr>");
    }
    return out.append("</tbody></table>").toString();
  }
}
