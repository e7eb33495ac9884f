package org.tally.app.web.page;

import java.util.Comparator;
import java.util.List;
import org.tally.app.web.Filters;
import org.tally.app.web.Html;
import org.tally.app.web.Ledger;
import org.tally.app.web.Request;
import org.tally.app.web.Response;
import org.tally.link.Incident;

/** {@code /incidents}: incidents and series under the filters, sorted by {@code sort=} (date, best, gap, claims). */
public final class IncidentListPage {
  static final int PAGE = 200;

  private IncidentListPage() {}

  public static Response render(Ledger ledger, Request request) {
    Filters filters = Filters.of(request);
    String sort = request.param("sort").orElse("date");
    List<Incident> incidents = ledger.incidents().stream().filter(filters::matches).sorted(order(sort)).toList();
    StringBuilder body = new StringBuilder(FilterForm.render("/incidents", filters,
        "<input type=\"hidden\" name=\"sort\" value=\"" + Html.attr(sort) + "\">"));
    body.append("<p>").append(incidents.size()).append(" incidents and series").append(incidents.size() > PAGE
        ? ", the first " + PAGE + " shown" : "").append(". Sort by: ");
    for (String key : new String[] {"date", "best", "gap", "claims"}) {
      String query = filters.query();
      body.append("<a href=\"/incidents?").append(Html.attr((query.isEmpty() ? "" : query + "&") + "sort=" + key))
          .append("\"").append(key.equals(sort) ? " class=\"on\"" : "").append(">").append(key).append("</a> ");
    }
    body.append("</p><table class=\"incidents\" id=\"incident-list\"><thead><tr><th>when</th><th>where</th>"
        + "<th>what</th><th>perpetrator</th><th>low</th><th>best</th><th>high</th><th>conservative</th>"
        + "<th>contradiction</th><th>claims</th></tr></thead><tbody>");
    for (Incident i : incidents.subList(0, Math.min(PAGE, incidents.size()))) {
      body.append("<tr").append(i.consensus().contradiction() ? " class=\"contradiction\"" : "").append("><td>")
          .append(Html.text(Figures.when(i))).append("</td><td>").append(Html.text(Figures.place(i)))
          .append("</td><td><a href=\"").append(Html.attr(Figures.href(i))).append("\">")
          .append(Html.text(i.kind().jsonName() + ": " + i.harm().jsonName() + " " + i.victims().jsonName()))
          .append("</a></td><td>").append(Html.text(Figures.orDash(i.perpetrator()))).append("</td><td>")
          .append(Figures.orDash(i.consensus().low())).append("</td><td>").append(Figures.orDash(i.consensus().best()))
          .append("</td><td>").append(Figures.orDash(i.consensus().high())).append("</td><td>")
          .append(Figures.orDash(i.consensus().conservative())).append("</td><td>")
          .append(i.consensus().contradiction() ? "yes, gap " + i.consensus().contradictionSize() : "no")
          .append("</td><td>").append(i.claims().size()).append("</td></tr>");
    }
    body.append("</tbody></table>");
    return Response.html(Shell.page("Incidents", body.toString()));
  }

  private static Comparator<Incident> order(String sort) {
    Comparator<Incident> byDate = Comparator.comparing((Incident i) -> i.when() == null ? null : i.when().start(),
        Comparator.nullsLast(Comparator.reverseOrder()));
    return switch (sort) {
      case "best" -> Comparator.comparing((Incident i) -> i.consensus().best(),
          Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(byDate);
      case "gap" -> Comparator.comparing((Incident i) -> -i.consensus().contradictionSize()).thenComparing(byDate);
      case "claims" -> Comparator.comparing((Incident i) -> -i.claims().size()).thenComparing(byDate);
      case "date" -> byDate;
      default -> throw new org.tally.app.web.WebException(400,
          "sort: \"" + sort + "\" is not one of date, best, gap, claims");
    };
  }
}
