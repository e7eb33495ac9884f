package org.tally.app.web.page;

import org.tally.app.web.Html;
import org.tally.app.web.Ledger;
import org.tally.app.web.Response;
import org.tally.link.OutletProfile;
import org.tally.link.Placement;

/** {@code /outlets}: every outlet's profile in one table. */
public final class OutletListPage {
  private OutletListPage() {}

  public static Response render(Ledger ledger) {
    StringBuilder body = new StringBuilder("<table class=\"outlets\" id=\"outlet-list\"><thead><tr><th>outlet</th>"
        + "<th>claims</th><th>attributed</th><th>shared</th><th>above</th><th>within</th><th>below</th></tr></thead>"
        + "<tbody>");
    for (OutletProfile p : ledger.outlets()) {
      body.append("<tr><td><a href=\"/outlets/").append(Html.attr(Html.url(p.outlet()))).append("\">")
          .append(Html.text(p.outlet())).append("</a></td><td>").append(p.claims()).append("</td><td>")
          .append(Math.round(p.attributedShare() * 100)).append("%</td><td>").append(p.shared()).append("</td><td>")
          .append(p.placed(Placement.ABOVE)).append("</td><td>").append(p.placed(Placement.WITHIN))
          .append("</td><td>").append(p.placed(Placement.BELOW)).append("</td></tr>");
    }
    body.append("</tbody></table><p class=\"note\">Above, within, below: how an outlet's figures sit against the"
        + " consensus of incidents that other outlets report too.</p>");
    return Response.html(Shell.page("Outlets", body.toString()));
  }
}
