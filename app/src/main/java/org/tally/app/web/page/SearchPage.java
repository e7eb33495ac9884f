package org.tally.app.web.page;

import java.util.List;
import java.util.Locale;
import org.tally.app.web.Filters;
import org.tally.app.web.Html;
import org.tally.app.web.Ledger;
import org.tally.app.web.Request;
import org.tally.app.web.Response;
import org.tally.store.SearchHit;
import org.tally.store.SnippetPart;
import org.tally.store.Store;
import org.tally.store.StoredDocument;

/**
 * {@code /search?q=}: documents whose title or text holds the words, best first, each with a passage where the words
 * are marked (SQLite's FTS5 index gives it; on PostgreSQL the passages are found here in the text), under the same
 * filters as the overview: outlet and dates on the document, the others on any one of its claims.
 */
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
    body.append(FilterForm.render("/search", filters,
        q.isEmpty() ? "" : "<input type=\"hidden\" name=\"q\" value=\"" + Html.attr(q) + "\">"));
    if (q.isEmpty()) {
      return Response.html(Shell.page("Search", body.toString()));
    }
    // more than are shown, so that the filters leave enough
    List<SearchHit> hits = store.search(q, filters.any() ? LIMIT * 20 : LIMIT);
    body.append("<ol class=\"hits\" id=\"hits\">");
    int shown = 0;
    for (SearchHit hit : hits) {
      Ledger.DocumentHead head = ledger.documents().get(hit.doc());
      if (head == null || !keeps(filters, head, ledger) || shown >= LIMIT) {
        continue;
      }
      String passages;
      if (!hit.snippet().isEmpty()) {
        passages = passage(hit.snippet());
      } else {
        StoredDocument doc = store.document(hit.doc()).orElse(null);
        if (doc == null) {
          continue;
        }
        passages = snippets(doc.document().text(), q);
      }
      shown++;
      body.append("<li><a href=\"/documents/").append(Html.attr(Html.url(hit.doc()))).append("\">")
          .append(Html.text(head.title() != null ? head.title() : hit.doc())).append("</a> <span class=\"meta\">")
          .append(Html.text(Figures.orDash(head.outlet()) + ", " + Figures.orDash(head.date())))
          .append("</span>").append(passages).append("</li>");
    }
    body.append("</ol>");
    if (shown == 0) {
      body.append("<p class=\"empty\">No document holds these words").append(filters.any() ? " under these filters"
          : "").append(".</p>");
    }
    return Response.html(Shell.page("Search: " + q, body.toString()));
  }

  /** Outlet and dates are the document's; harm, victims, perpetrator and place need one claim of it to match. */
  private static boolean keeps(Filters f, Ledger.DocumentHead head, Ledger ledger) {
    boolean ofDocument = (f.outlet() == null || f.outlet().equalsIgnoreCase(String.valueOf(head.outlet())))
        && (f.from() == null || head.date() != null && !head.date().isBefore(f.from()))
        && (f.to() == null || head.date() != null && !head.date().isAfter(f.to()));
    if (!ofDocument) {
      return false;
    }
    if (f.harm() == null && f.victims() == null && f.perpetrator() == null && f.country() == null
        && f.admin1() == null) {
      return true;
    }
    Filters ofClaims = new Filters(null, null, f.country(), f.admin1(), f.perpetrator(), f.harm(), f.victims(), null);
    return ledger.claimsOf(head.id()).stream().anyMatch(c -> ofClaims.matches(c, head.outlet(), head.date()));
  }

  /** The store's passage: every part escaped, the found words in a mark. */
  static String passage(List<SnippetPart> parts) {
    StringBuilder out = new StringBuilder("<p class=\"snippet\">");
    for (SnippetPart part : parts) {
      out.append(part.match() ? "<mark class=\"hit\">" + Html.text(part.text()) + "</mark>" : Html.text(part.text()));
    }
    return out.append("</p>").toString();
  }

  /** Up to three passages around the words as typed, each with the words marked: where the store gives none. */
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
