package org.tally.app.web.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tally.app.web.Filters;
import org.tally.app.web.Html;
import org.tally.app.web.Ledger;
import org.tally.app.web.Request;
import org.tally.app.web.Response;
import org.tally.app.web.chart.StackedWeeks;
import org.tally.app.web.map.MapSvg;
import org.tally.link.ClaimRef;
import org.tally.link.Consensus;
import org.tally.link.Incident;
import org.tally.link.IncidentKind;
import org.tally.model.Harm;
import org.tally.model.Scope;

/**
 * {@code /}: totals, deaths claimed per week stacked by perpetrator or by claimant ({@code stack=}), the incident map
 * and the latest contradictions, all under the filters of the query string.
 */
public final class OverviewPage {
  private static final int LATEST = 10;
  /** The most circles the map draws: beyond this a page grows past what a browser draws quickly. */
  static final int MAX_MARKS = 1500;

  private OverviewPage() {}

  public static Response render(Ledger ledger, Request request) {
    Filters filters = Filters.of(request);
    boolean byClaimant = request.param("stack").filter("claimant"::equals).isPresent();
    List<Incident> incidents = ledger.incidents().stream()
        .filter(i -> i.kind() == IncidentKind.INCIDENT && filters.matches(i)).toList();
    StringBuilder body = new StringBuilder();
    body.append(FilterForm.render("/", filters,
        byClaimant ? "<input type=\"hidden\" name=\"stack\" value=\"claimant\">" : ""));
    long contradictions = incidents.stream().filter(i -> i.consensus().contradiction()).count();
    long deaths = incidents.stream().filter(OverviewPage::oneEventDeaths)
        .mapToLong(i -> i.consensus().best()).sum();
    body.append("<section class=\"totals\" id=\"totals\">")
        .append(total("documents", ledger.documents().size()))
        .append(total("claims", ledger.claims().size()))
        .append(total("incidents", incidents.size()))
        .append(total("contradictions", contradictions))
        .append(total("deaths claimed in single incidents (consensus best)", deaths))
        .append("</section>");
    String filterQuery = filters.query();
    body.append("<section><h2>Deaths claimed per week, by ").append(byClaimant ? "claimant" : "perpetrator")
        .append("</h2><p class=\"switch\">Stack by: <a href=\"/?").append(Html.attr(join(filterQuery, "")))
        .append("\"").append(byClaimant ? "" : " class=\"on\"").append(">perpetrator</a> · <a href=\"/?")
        .append(Html.attr(join(filterQuery, "stack=claimant"))).append("\"").append(byClaimant ? " class=\"on\"" : "")
        .append(">claimant</a></p>");
    body.append(StackedWeeks.render(timeline(incidents, byClaimant), 900, 220, "timeline"));
    body.append(byClaimant ? "<p class=\"note\">Each claimant's own highest figure for each incident.</p>"
        : "<p class=\"note\">Each incident's consensus best, under the perpetrator most of its claims name.</p>");
    body.append("</section>");
    var markers = Figures.markers(incidents, ledger.verification());
    body.append("<section><h2>Map of incidents</h2><p class=\"note\">Circle area: consensus best; colour: the"
        + " incident's grade against casualty records and other outlets, red where its claims contradict each other."
        + " Click a circle for the incident.")
        .append(markers.size() > MAX_MARKS ? " The " + MAX_MARKS + " largest of " + markers.size()
            + " placed incidents are drawn; filter to see the others." : "")
        .append("</p>").append(MapSvg.render(markers.subList(0, Math.min(MAX_MARKS, markers.size())), 900, 560,
            "overview-map")).append(gradeLegend(ledger, incidents)).append("</section>");
    body.append("<section><h2>Latest contradictions</h2>").append(contradictionList(incidents)).append("</section>");
    return Response.html(Shell.page("Overview", body.toString()));
  }

  static List<StackedWeeks.Entry> timeline(List<Incident> incidents, boolean byClaimant) {
    List<StackedWeeks.Entry> out = new ArrayList<>();
    for (Incident incident : incidents) {
      if (!oneEventDeaths(incident) || incident.when() == null) {
        continue;
      }
      if (!byClaimant) {
        out.add(new StackedWeeks.Entry(incident.when().start(),
            incident.perpetrator() == null ? "unknown" : incident.perpetrator(), incident.consensus().best()));
        continue;
      }
      Map<String, Integer> highest = new HashMap<>();
      for (ClaimRef ref : incident.claims()) {
        String claimant = ref.claim().claimant() == null ? "unknown" : ref.claim().claimant();
        highest.merge(claimant, Consensus.bestPoint(ref.claim().count()), Math::max);
      }
      highest.forEach((claimant, value) -> out.add(new StackedWeeks.Entry(incident.when().start(), claimant, value)));
    }
    return out;
  }

  /**
   * A death toll of one event: campaign and period totals ("1,319 since 2014") would swamp the weeks they are
   * reported in, and count the same deaths again.
   */
  private static boolean oneEventDeaths(Incident incident) {
    return incident.harm() == Harm.KILLED && incident.scope() == Scope.INCIDENT && incident.consensus().best() != null;
  }

  private static String contradictionList(List<Incident> incidents) {
    List<Incident> latest = incidents.stream().filter(i -> i.consensus().contradiction() && i.when() != null)
        .sorted(Comparator.comparing((Incident i) -> i.when().end()).reversed()).limit(LATEST).toList();
    if (latest.isEmpty()) {
      return "<p class=\"empty\">No contradictions under these filters.</p>";
    }
    StringBuilder out = new StringBuilder("<ul class=\"contradictions\" id=\"contradictions\">");
    for (Incident i : latest) {
      out.append("<li><a href=\"").append(Html.attr(Figures.href(i))).append("\">")
          .append(Html.text(Figures.when(i) + ", " + Figures.place(i))).append("</a>: ")
          .append(Html.text(i.harm().jsonName() + " " + i.victims().jsonName())).append(", claims from ")
          .append(Html.text(Figures.range(i.consensus().low(), i.consensus().high()))).append(" (gap ")
          .append(i.consensus().contradictionSize()).append(")</li>");
    }
    return out.append("</ul>").toString();
  }

  /** Which colour is which grade, with how many incidents under the filters have it. */
  private static String gradeLegend(Ledger ledger, List<Incident> incidents) {
    StringBuilder out = new StringBuilder("<p class=\"legend\" id=\"map-legend\">");
    out.append("<span class=\"key\">").append(MapSvg.swatch("contradiction")).append("contradiction (")
        .append(incidents.stream().filter(i -> i.consensus().contradiction()).count()).append(")</span> ");
    ledger.verification().gradeCounts(incidents).forEach((grade, n) -> out.append("<span class=\"key\">")
        .append(MapSvg.swatch("grade-" + grade)).append(grade).append(" (").append(n).append(")</span> "));
    return out.append("</p>").toString();
  }

  private static String total(String label, long value) {
    return "<div class=\"total\"><span class=\"value\">" + value + "</span><span class=\"label\">" + label
        + "</span></div>";
  }

  private static String join(String a, String b) {
    return a.isEmpty() ? b : b.isEmpty() ? a : a + "&" + b;
  }
}
