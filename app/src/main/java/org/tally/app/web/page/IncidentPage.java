package org.tally.app.web.page;

import java.util.List;
import org.tally.app.web.Html;
import org.tally.app.web.Ledger;
import org.tally.app.web.Request;
import org.tally.app.web.Response;
import org.tally.app.web.WebException;
import org.tally.app.web.map.MapSvg;
import org.tally.link.ClaimRef;
import org.tally.link.Incident;

/**
 * {@code /incidents/{id}}: when, where (a small map), harm, victims, the consensus and the contradiction, its verify
 * grade with the reasons and the records its claims were matched with, then the claims side by side, each with its
 * outlet, claimant, count, stance, report date and quote with the count marked.
 */
public final class IncidentPage {
  private IncidentPage() {}

  public static Response render(Ledger ledger, Request request) {
    Incident i = ledger.incident(request.var("id"))
        .orElseThrow(() -> new WebException(404, "no incident or series with id " + request.var("id")));
    StringBuilder body = new StringBuilder();
    body.append("<section class=\"incident-head\"><dl class=\"facts\">")
        .append(fact("kind", i.kind().jsonName()))
        .append(fact("when", Figures.when(i)))
        .append(fact("where", Figures.place(i)))
        .append(fact("harm", i.harm().jsonName()))
        .append(fact("victims", i.victims().jsonName()))
        .append(fact("scope", i.scope().jsonName()))
        .append(fact("perpetrator", Figures.orDash(i.perpetrator())))
        .append(fact("low / best / high", Figures.orDash(i.consensus().low()) + " / "
            + Figures.orDash(i.consensus().best()) + " / " + Figures.orDash(i.consensus().high())))
        .append(fact("conservative", Figures.orDash(i.consensus().conservative())))
        .append("</dl>");
    if (i.consensus().contradiction()) {
      body.append("<p class=\"contradiction\" id=\"contradiction\">Contradiction: these claims cannot all be true;"
          + " they lie ").append(i.consensus().contradictionSize()).append(" apart (")
          .append(Html.text(Figures.range(i.consensus().low(), i.consensus().high()))).append(").</p>");
    } else {
      body.append("<p class=\"agreed\">The claims can all be true together.</p>");
    }
    body.append(MapSvg.render(Figures.markers(List.of(i), ledger.verification()), 360, 260, "incident-map"))
        .append("</section>");
    body.append(VerifyPanel.incident(ledger.verification(i)));
    body.append("<h2>Claims side by side</h2><div class=\"side-by-side\" id=\"claims\">");
    for (ClaimRef ref : i.claims()) {
      body.append(ClaimCard.render(ref));
    }
    body.append("</div>");
    return Response.html(Shell.page(Figures.headline(i) + ", " + Figures.place(i), body.toString()));
  }

  private static String fact(String name, String value) {
    return "<dt>" + name + "</dt><dd>" + Html.text(value) + "</dd>";
  }
}
