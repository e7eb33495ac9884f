package org.tally.app.web.page;

import java.util.List;
import java.util.Locale;
import org.tally.app.web.Filters;
import org.tally.app.web.Html;
import org.tally.app.web.Ledger;
import org.tally.app.web.Request;
import org.tally.app.web.Response;
import org.tally.store.Store;
import org.tally.store.StoredDocument;

/** {@code /search?q=}: documents whose title or text holds the words, with the places they occur marked. */
public final class SearchPage {
  private static final int LIMIT = 100;
  private static final int SNIPPETS = 3;
  private static final int CONTEXT = 90;

  private SearchPage() {}

  public static Response render(Store store, Ledger ledger, Request request) {
    Filters filters = Filters.of(request);
    String q = request.param("q").orElse("");
    StringBuilder body = new StringBuilder("<form class=\"search\" method=\"get\" action=\"/search\"><input type=\"search\""
        + " name=\"q\" id=\"q\" value=\"").append(Html.attr(q)).append("\" placeholder=\"words to find\">");
    filters.asParams().forEach((k, v) -> body.append("<input type=\"hidden\" name=\"").append(Html.attr(k))
        .append("\" value=\"").append(Html.attr(v)).append("\">"));
    body.append("<button type=\"submit\">Search</button></form>");
    if (q.isEmpty()) {
      return Response.html(Shell.page("Search", body.toString()));
    }
    List<String> ids = store.searchDocuments(q, LIMIT * 4);
    body.append("<ol class=\"hits\" id=\"hits\">");
    int shown = 0;
    for (String id : ids) {
      Ledger.DocumentHead head = ledger.documents().get(id);
      if (head == null || !keeps(filters, head) || shown >= LIMIT) {
        continue;
      }
      StoredDocument doc = store.document(id).orElse(null);
      if (doc == null) {
        continue;
      }
      shown++;
      body.append("<li><a href=\"/documents/").append(Html.attr(Html.url(id))).append("\">")
          .append(Html.text(head.title() != null ? head.title() : id)).append("</a> <span class=\"meta\">")
          .append(Html.text(Figures.orDash(head.outlet()) + ", " + Figures.orDash(head.date())))
          .append("</span>").append(snippets(doc.document().text(), q)).append("</li>");
    }
    body.append("</ol>");
    if (shown == 0) {
      body.append("<p class=\"empty\">No document holds these words.</p>");
    }
    return Response.html(Shell.page("Search: " + q, body.toString()));
  }

  private static boolean keeps(Filters f, Ledger.DocumentHead head) {
    return (f.outlet() == null || f.outlet().equalsIgnoreCase(String.valueOf(head.outlet())))
        && (f.from() == null || head.date() != null && !head.date().isBefore(f.from()))
        && (f.to() == null || head.date() != null && !head.date().isAfter(f.to()));
  }

  /** Up to three passages around the words, each with the words marked. */
  static String snippets(String text, String q) {
    String lower = text.toLowerCase(Locale.ROOT);
    String needle = q.toLowerCase(Locale.ROOT);
    // lower-casing keeps lengths for the scripts Tally reads; where it does not, the passage is shown unmarked
    boolean aligned = lower.length() == text.length();
    StringBuilder out = new StringBuilder();
    int from = 0;
    for (int n = 0; n < SNIPPETS; n++) {
      int at = lower.indexOf(needle, from);
      if (at < 0 || !aligned) {
        break;
      }
      int start = Math.max(0, at - CONTEXT);
      int end = Math.min(text.length(), at + needle.length() + CONTEXT);
      out.append("<p class=\"snippet\">…").append(Html.text(text.substring(start, at))).append("<mark class=\"hit\">")
          .append(Html.text(text.substring(at, at + needle.length()))).append("</mark>")
          .append(Html.text(text.substring(at + needle.length(), end))).append("…</p>");
      from = at + needle.length();
    }
    return out.toString();
  }
}
