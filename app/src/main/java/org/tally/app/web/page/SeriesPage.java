package org.tally.app.web.page;

import java.util.ArrayList;
import java.util.List;
import org.tally.app.web.Html;
import org.tally.app.web.Ledger;
import org.tally.app.web.Request;
import org.tally.app.web.Response;
import org.tally.app.web.WebException;
import org.tally.app.web.chart.RunningCount;
import org.tally.link.ClaimRef;
import org.tally.link.Consensus;
import org.tally.link.DaySpan;
import org.tally.link.Incident;
import org.tally.link.IncidentKind;

/** {@code /series/{id}}: one claimant's running count over time as a chart, then its readings side by side. */
public final class SeriesPage {
  private SeriesPage() {}

  public static Response render(Ledger ledger, Request request) {
    Incident s = ledger.incident(request.var("id")).filter(i -> i.kind() == IncidentKind.SERIES)
        .orElseThrow(() -> new WebException(404, "no series with id " + request.var("id")));
    List<RunningCount.Reading> readings = new ArrayList<>();
    for (ClaimRef ref : s.claims()) {
      DaySpan.of(ref).ifPresent(day -> {
        var count = ref.claim().count();
        int best = Consensus.bestPoint(count);
        int low = count.min() != null ? count.min() : best;
        int high = count.max() != null ? count.max() : best;
        readings.add(new RunningCount.Reading(day.end(), low, best, high,
            Figures.range(count.min(), count.max()) + " (" + Figures.orDash(ref.outlet()) + ")"));
      });
    }
    StringBuilder body = new StringBuilder("<p>").append(Html.text(Figures.orDash(s.claimant()))).append("'s count of ")
        .append(Html.text(s.victims().jsonName() + " " + s.harm().jsonName())).append(", ").append(s.scope().jsonName())
        .append(", ").append(Html.text(Figures.when(s))).append(".</p>");
    if (s.consensus().contradiction()) {
      body.append("<p class=\"contradiction\">A later reading falls below an earlier one by ")
          .append(s.consensus().contradictionSize()).append(".</p>");
    }
    body.append(RunningCount.render(readings, 760, 260, "series-chart"));
    body.append("<h2>Readings</h2><div class=\"side-by-side\" id=\"claims\">");
    for (ClaimRef ref : s.claims()) {
      body.append(ClaimCard.render(ref));
    }
    body.append("</div>");
    return Response.html(Shell.page("Series: " + Figures.headline(s), body.toString()));
  }
}
