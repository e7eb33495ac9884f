package org.tally.app.web.page;

import org.tally.app.web.Html;
import org.tally.link.ClaimRef;
import org.tally.model.Claim;

/** One claim as a card: outlet, claimant, count, stance, report date, the quote with its count marked, the document. */
final class ClaimCard {
  private ClaimCard() {}

  static String render(ClaimRef ref) {
    Claim c = ref.claim();
    return "<article class=\"claim\"><h3>" + Html.text(ref.outlet() == null ? "outlet unknown" : ref.outlet())
        + "</h3><dl><dt>claimant</dt><dd>" + Html.text(Figures.orDash(c.claimant())) + "</dd><dt>count</dt><dd class=\"range\">"
        + Html.text(Figures.range(c.count().min(), c.count().max())) + (c.count().approx() ? " (approx.)" : "")
        + "</dd><dt>victims</dt><dd>" + c.victims().jsonName() + "</dd><dt>stance</dt><dd>" + c.stance().jsonName()
        + "</dd><dt>reported</dt><dd>" + Html.text(Figures.orDash(ref.docDate())) + "</dd></dl><blockquote>"
        + Quote.marked(c, ref.quote()) + "</blockquote><a class=\"doc\" href=\"/documents/" + Html.attr(Html.url(ref.doc()))
        + "#claim-" + ref.ordinal() + "\">" + Html.text(ref.doc()) + "</a></article>";
  }
}
