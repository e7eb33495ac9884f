package org.tally.app.web.page;

import org.tally.app.web.Html;

/** The frame every page sits in: head, navigation and the one stylesheet; no script at all. */
public final class Shell {
  private Shell() {}

  public static String page(String title, String body) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\""
        + " content=\"width=device-width, initial-scale=1\"><title>" + Html.text(title) + " · Tally</title>"
        + "<link rel=\"stylesheet\" href=\"/static/tally.css\"></head><body><header><a class=\"brand\" href=\"/\">Tally</a>"
        + "<nav><a href=\"/\">Overview</a><a href=\"/incidents\">Incidents</a><a href=\"/outlets\">Outlets</a>"
        + "<a href=\"/search\">Search</a><a href=\"/try\">Try an article</a><a href=\"/api/openapi.json\">API</a></nav>"
        + "</header><main><h1>" + Html.text(title) + "</h1>" + body + "</main><footer>Base map: Natural Earth (public"
        + " domain). Figures are what the articles claim, not verified tolls.</footer></body></html>";
  }

  /** A plain error page: the status and a sentence, never a stack trace. */
  public static String error(int status, String message) {
    return page(status == 404 ? "Not found" : "Error " + status, "<p class=\"error\">" + Html.text(message) + "</p>");
  }
}
