package org.tally.app.web.page;

import org.tally.app.web.Html;
import org.tally.model.Claim;

/** A claim's evidence sentence with its count words marked. */
public final class Quote {
  private Quote() {}

  /** The quote, escaped, with the count in {@code <mark class="count">}; the quote alone when the span does not fit. */
  public static String marked(Claim claim, String quote) {
    if (quote == null) {
      return "";
    }
    int from = claim.count().span().start() - claim.evidence().start();
    int to = claim.count().span().end() - claim.evidence().start();
    if (from < 0 || to > quote.length() || from >= to) {
      return Html.text(quote);
    }
    return Html.text(quote.substring(0, from)) + "<mark class=\"count\">" + Html.text(quote.substring(from, to))
        + "</mark>" + Html.text(quote.substring(to));
  }
}
