package org.tally.app.web.page;

import java.util.List;
import org.tally.app.web.Html;
import org.tally.app.web.Ledger;
import org.tally.app.web.Request;
import org.tally.app.web.Response;
import org.tally.app.web.WebException;
import org.tally.extract.actor.ActorDictionary;
import org.tally.link.Incident;
import org.tally.model.Claim;
import org.tally.store.Store;
import org.tally.store.StoredDocument;

/**
 * {@code /documents/{doc}}: the article text with its claims' words marked and a legend, then its claims and its
 * verdict.
 */
public final class DocumentPage {
  private DocumentPage() {}

  public static Response render(Store store, Ledger ledger, ActorDictionary actors, Request request) {
    String id = request.var("doc");
    StoredDocument doc = store.document(id).orElseThrow(() -> new WebException(404, "no document with id " + id));
    List<Claim> claims = store.claims(id);
    StringBuilder body = new StringBuilder();
    body.append("<dl class=\"facts\"><dt>id</dt><dd>").append(Html.text(id)).append("</dd><dt>outlet</dt><dd>")
        .append(Html.text(Figures.orDash(doc.facts().outlet()))).append("</dd><dt>date</dt><dd>")
        .append(Html.text(Figures.orDash(doc.facts().date()))).append("</dd><dt>source</dt><dd>")
        .append(Html.text(doc.source())).append("</dd>");
    if (doc.document().metadata().url() != null) {
      // shown as text, never as a link: a stored URL may be anything, javascript: included
      body.append("<dt>url</dt><dd>").append(Html.text(doc.document().metadata().url())).append("</dd>");
    }
    body.append("</dl>");
    List<Incident> incidents = ledger.incidentsOf(id);
    if (!incidents.isEmpty()) {
      body.append("<p>In: ");
      for (Incident i : incidents) {
        body.append("<a href=\"").append(Html.attr(Figures.href(i))).append("\">")
            .append(Html.text(Figures.headline(i) + ", " + Figures.when(i))).append("</a>")
            .append(i.consensus().contradiction() ? " (contradiction)" : "").append("; ");
      }
      body.append("</p>");
    }
    body.append(MarkedText.legend());
    body.append(MarkedText.render(doc.document().text(), doc.layout(), doc.facts(), claims,
        ActorMarks.of(actors, doc.document().text())));
    body.append("<h2>Its claims</h2><table class=\"claims\" id=\"doc-claims\"><thead><tr><th>#</th><th>harm</th>"
        + "<th>victims</th><th>count</th><th>perpetrator</th><th>claimant</th><th>where</th><th>when</th>"
        + "<th>stance</th><th>section</th></tr></thead><tbody>");
    for (int n = 0; n < claims.size(); n++) {
      Claim c = claims.get(n);
      body.append("<tr><td><a href=\"#claim-").append(n).append("\">").append(n).append("</a></td><td>")
          .append(c.harm().jsonName()).append("</td><td>").append(c.victims().jsonName()).append("</td><td>")
          .append(Html.text(Figures.range(c.count().min(), c.count().max()))).append("</td><td>")
          .append(Html.text(Figures.orDash(c.perpetrator()))).append("</td><td>")
          .append(Html.text(Figures.orDash(c.claimant()))).append("</td><td>")
          .append(Html.text(c.location() == null ? "–" : Figures.orDash(c.location().name()))).append("</td><td>")
          .append(Html.text(c.when() == null ? "–" : Figures.orDash(c.when().start()))).append("</td><td>")
          .append(c.stance().jsonName()).append("</td><td>").append(c.section().jsonName()).append("</td></tr>");
    }
    body.append("</tbody></table>");
    ledger.verdict(id).ifPresent(v -> body.append(VerifyPanel.document(id, v)));
    String title = doc.facts().title() != null ? doc.facts().title() : id;
    return Response.html(Shell.page(title, body.toString()));
  }
}
