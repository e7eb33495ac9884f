package org.tally.app.web.page;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tally.app.web.Html;
import org.tally.app.web.Ledger;
import org.tally.app.web.Request;
import org.tally.app.web.Response;
import org.tally.app.web.WebException;
import org.tally.app.web.chart.Bars;
import org.tally.link.ClaimRef;
import org.tally.link.Incident;
import org.tally.link.OutletProfile;
import org.tally.link.Placement;
import org.tally.model.Victims;

/** {@code /outlets/{outlet}}: the profile as charts, then the outlet's claims with their incidents. */
public final class OutletPage {
  private static final int CLAIMS_SHOWN = 300;

  private OutletPage() {}

  public static Response render(Ledger ledger, Request request) {
    String name = request.var("outlet");
    OutletProfile p = ledger.outlet(name).orElseThrow(() -> new WebException(404, "no outlet named " + name));
    StringBuilder body = new StringBuilder("<p>").append(p.claims()).append(" claims in incidents; ")
        .append(Math.round(p.attributedShare() * 100)).append("% attributed to a named claimant; ").append(p.shared())
        .append(" in incidents other outlets report too.</p><div class=\"charts\">");
    body.append(Bars.render("Claims by perpetrator blamed", sorted(p.byPerpetrator()), "by-perpetrator"));
    Map<String, Integer> victims = new LinkedHashMap<>();
    for (Map.Entry<Victims, Integer> e : p.byVictims().entrySet()) {
      victims.put(e.getKey().jsonName(), e.getValue());
    }
    body.append(Bars.render("Claims by victim category", sorted(victims), "by-victims"));
    Map<String, Integer> placed = new LinkedHashMap<>();
    for (Placement placement : Placement.values()) {
      placed.put(placement.jsonName() + " consensus", p.placed(placement));
    }
    body.append(Bars.render("Figures against the incident consensus", placed, "by-placement")).append("</div>");
    body.append("<h2>Its claims</h2><table class=\"claims\" id=\"outlet-claims\"><thead><tr><th>incident</th>"
        + "<th>count</th><th>claimant</th><th>quote</th></tr></thead><tbody>");
    int shown = 0;
    for (Incident i : ledger.incidents()) {
      for (ClaimRef ref : i.claims()) {
        if (!name.equals(ref.outlet()) || shown++ >= CLAIMS_SHOWN) {
          continue;
        }
        body.append("<tr><td><a href=\"").append(Html.attr(Figures.href(i))).append("\">")
            .append(Html.text(Figures.headline(i) + ", " + Figures.when(i))).append("</a></td><td>")
            .append(Html.text(Figures.range(ref.claim().count().min(), ref.claim().count().max()))).append("</td><td>")
            .append(Html.text(Figures.orDash(ref.claim().claimant()))).append("</td><td>")
            .append(Quote.marked(ref.claim(), ref.quote())).append("</td></tr>");
      }
    }
    body.append("</tbody></table>");
    return Response.html(Shell.page(name, body.toString()));
  }

  private static Map<String, Integer> sorted(Map<String, Integer> values) {
    Map<String, Integer> out = new LinkedHashMap<>();
    values.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
