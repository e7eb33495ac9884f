package org.tally.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tally.model.Claim;
import org.tally.model.ClaimTime;
import org.tally.model.Document;
import org.tally.model.Scope;
import org.tally.resolve.time.TimeMention;
import org.tally.resolve.time.TimeResolver;

/** Gives each claim the time its sentence states, resolved against the document's date. Thread-safe. */
public final class ClaimResolver {
  private final TimeResolver times;

  public ClaimResolver(TimeResolver times) {
    this.times = times;
  }

  public static ClaimResolver standard() {
    return new ClaimResolver(TimeResolver.standard());
  }

  public List<Claim> resolve(Document doc, LocalDate documentDate, List<Claim> claims) {
    String text = doc.text();
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim claim : claims) {
      ClaimTime when = times.forClaim(text, claim.evidence(), claim.count().span(), documentDate)
          .map(t -> time(text, t)).orElse(inferred(claim, documentDate));
      out.add(new Claim(claim.doc(), claim.harm(), claim.victims(), claim.count(), claim.countText(), claim.perpetrator(),
          claim.claimant(), claim.location(), when, claim.scope(), claim.stance(), claim.attacks(), claim.section(),
          claim.evidence()));
    }
    return out;
  }

  /**
   * An incident reported without a time happened by the report's day: the day before or the day itself.
   * Marked as inferred by having no words (text and span null). Totals and aggregates get no guess.
   */
  private static ClaimTime inferred(Claim claim, LocalDate documentDate) {
    if (documentDate == null || claim.scope() != Scope.INCIDENT) {
      return null;
    }
    return new ClaimTime(documentDate.minusDays(1), documentDate, null, null);
  }

  private static ClaimTime time(String text, TimeMention mention) {
    return new ClaimTime(mention.start(), mention.end(), mention.span().text(text), mention.span());
  }
}
