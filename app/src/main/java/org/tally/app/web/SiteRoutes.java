package org.tally.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.tally.app.web.api.ApiRoutes;
import org.tally.app.web.page.DocumentPage;
import org.tally.app.web.page.IncidentListPage;
import org.tally.app.web.page.IncidentPage;
import org.tally.app.web.page.OutletListPage;
import org.tally.app.web.page.OutletPage;
import org.tally.app.web.page.OverviewPage;
import org.tally.app.web.page.SearchPage;
import org.tally.app.web.page.SeriesPage;
import org.tally.app.web.page.TryPage;

/** Every route of {@code tally serve}, pages and API: the contract of design.md, in one list. */
public final class SiteRoutes {
  private SiteRoutes() {}

  public static List<Route> of(Site site, Access access) {
    List<Route> routes = new ArrayList<>(List.of(
        new Route("GET", "/", r -> OverviewPage.render(site.ledger(), r)),
        new Route("GET", "/incidents", r -> IncidentListPage.render(site.ledger(), r)),
        new Route("GET", "/incidents/{id}", r -> IncidentPage.render(site.ledger(), r)),
        new Route("GET", "/documents/{doc}", r -> DocumentPage.render(site.reader(), site.ledger(), site.actors(), r)),
        new Route("GET", "/outlets", r -> OutletListPage.render(site.ledger())),
        new Route("GET", "/outlets/{outlet}", r -> OutletPage.render(site.ledger(), r)),
        new Route("GET", "/series/{id}", r -> SeriesPage.render(site.ledger(), r)),
        new Route("GET", "/search", r -> SearchPage.render(site.reader(), site.ledger(), r)),
        new Route("GET", "/try", r -> TryPage.form()),
        new Route("POST", "/try", r -> TryPage.analyse(site.analyser(), site.actors(), access, r)),
        new Route("GET", "/static/tally.css", r -> asset("tally.css", "text/css; charset=utf-8"))));
    routes.addAll(new ApiRoutes(site, access).routes());
    return routes;
  }

  private static Response asset(String name, String type) {
    try (InputStream in = SiteRoutes.class.getResourceAsStream("static/" + name)) {
      if (in == null) {
        throw new IllegalStateException("static/" + name + " is missing from the build");
      }
      return Response.bytes(type, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
