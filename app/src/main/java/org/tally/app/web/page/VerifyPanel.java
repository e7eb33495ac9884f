package org.tally.app.web.page;

import java.util.List;
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
        .append(String.format(java.util.Locale.ROOT, "%.2f", v.score())).append(v.credible() ? "" : ", not credible");
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

  /** One row per record (or reference without one), with the claim it was matched for. */
  private static String records(List<String> docs, List<RecordGrade> records) {
    if (records.isEmpty()) {
      return "<p class=\"empty\">No death toll of one incident here to check against the records.</p>";
    }
    StringBuilder out = new StringBuilder("<table class=\"records\" id=\"verify-records\"><thead><tr><th>toll</th>"
        + "<th>document</th><th>reference</th><th>record</th><th>when</th><th>where</th><th>low / best / high</th>"
        + "<th>grade</th></tr></thead><tbody>");
    for (int n = 0; n < records.size(); n++) {
      RecordGrade r = records.get(n);
      String doc = docs.get(n);
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
