package org.tally.app.web.page;

import java.util.List;
import java.util.Map;
import org.tally.analysis.Analyser;
import org.tally.analysis.Analysis;
import org.tally.app.web.Access;
import org.tally.app.web.Html;
import org.tally.app.web.Request;
import org.tally.app.web.Response;
import org.tally.app.web.WebException;
import org.tally.extract.actor.ActorDictionary;
import org.tally.model.Claim;
import org.tally.model.Document;
import org.tally.model.Metadata;

/** {@code /try}: paste an article and see its claims marked at once; nothing is stored. */
public final class TryPage {
  private TryPage() {}

  public static Response form() {
    return Response.html(Shell.page("Try an article", formHtml("", "")));
  }

  public static Response analyse(Analyser analyser, ActorDictionary actors, Access access, Request request) {
    if (!access.withinRate(request)) {
      throw new WebException(429, "too many articles from this address this minute; wait a minute");
    }
    Map<String, String> fields = FormFields.of(request);
    // an uploaded file, when one is chosen, stands for the pasted text
    String text = fields.getOrDefault("file", "").isBlank() ? fields.getOrDefault("text", "") : fields.get("file");
    String title = fields.getOrDefault("title", "");
    if (text.isBlank()) {
      throw new WebException(400, "text: paste an article's text or choose a file first");
    }
    Analysis analysis = analyser.analyse(new Document("pasted", "-", text,
        new Metadata(title.isBlank() ? null : title, null, null, null)));
    List<Claim> claims = analysis.claims();
    StringBuilder body = new StringBuilder(formHtml(title, text));
    body.append("<h2>").append(claims.size()).append(claims.size() == 1 ? " claim" : " claims").append("</h2>");
    body.append(MarkedText.legend());
    body.append(MarkedText.render(text, analysis.layout(), analysis.facts(), claims, ActorMarks.of(actors, text)));
    body.append("<table class=\"claims\" id=\"try-claims\"><thead><tr><th>harm</th><th>victims</th><th>count</th>"
        + "<th>perpetrator</th><th>claimant</th><th>quote</th></tr></thead><tbody>");
    for (Claim c : claims) {
      body.append("<tr><td>").append(c.harm().jsonName()).append("</td><td>").append(c.victims().jsonName())
          .append("</td><td>").append(Html.text(Figures.range(c.count().min(), c.count().max()))).append("</td><td>")
          .append(Html.text(Figures.orDash(c.perpetrator()))).append("</td><td>")
          .append(Html.text(Figures.orDash(c.claimant()))).append("</td><td>")
          .append(Quote.marked(c, c.evidence().text(text))).append("</td></tr>");
    }
    body.append("</tbody></table>");
    return Response.html(Shell.page("Try an article", body.toString()));
  }

  private static String formHtml(String title, String text) {
    return "<form class=\"try\" method=\"post\" action=\"/try\" enctype=\"multipart/form-data\"><label>Title <input"
        + " type=\"text\" name=\"title\""
        + " id=\"try-title\" value=\"" + Html.attr(title) + "\"></label><label>Text<textarea name=\"text\" id=\"try-text\""
        + " rows=\"12\">" + Html.text(text) + "</textarea></label><label>or a file (UTF-8 text) <input type=\"file\""
        + " name=\"file\" id=\"try-file\" accept=\".txt,.md,text/plain\"></label>"
        + "<button type=\"submit\" id=\"try-submit\">Show its claims</button><p class=\"note\">Nothing you paste is stored.</p></form>";
  }
}
