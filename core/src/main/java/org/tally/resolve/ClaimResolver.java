package org.tally.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tally.model.Claim;
import org.tally.model.ClaimTime;
import org.tally.model.Document;
import org.tally.model.Scope;
import org.tally.resolve.time.TimeMention;
import org.tally.resolve.time.TimeResolver;

/** Gives each claim the time its sentence states, resolved against the document's date. Thread-safe. */
public final class ClaimResolver {
  // an attack and its aftermath take a few days at most; a count over more than a year is a campaign's
  private static final long LONGEST_INCIDENT_DAYS = 3;
  private static final long LONGEST_AGGREGATE_DAYS = 366;

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
      Optional<TimeMention> stated = times.forClaim(text, claim.evidence(), claim.count().span(), documentDate);
      ClaimTime when = stated.map(t -> time(text, t)).orElse(inferred(claim, documentDate));
      Scope scope = stated.filter(TimeMention::period).map(t -> scope(claim.scope(), when)).orElse(claim.scope());
      out.add(new Claim(claim.doc(), claim.harm(), claim.victims(), claim.count(), claim.countText(), claim.perpetrator(),
          claim.claimant(), claim.location(), when, scope, claim.stance(), claim.attacks(),
          claim.section(), claim.evidence()));
    }
    return out;
  }

  /**
   * The words' scope, widened by the stretch of time the claim covers: one attack does not last a month. Over a year is a
   * campaign total ("between August 2014 and the end of May 2019"), a few days to a year an aggregate.
   */
  static Scope scope(Scope stated, ClaimTime when) {
    if (when == null || when.text() == null || when.start() == null || when.end() == null) {
      return stated;
    }
    long days = java.time.temporal.ChronoUnit.DAYS.between(when.start(), when.end()) + 1;
    Scope byTime = days > LONGEST_AGGREGATE_DAYS ? Scope.CUMULATIVE : days > LONGEST_INCIDENT_DAYS ? Scope.AGGREGATE : Scope.INCIDENT;
    return byTime.ordinal() > stated.ordinal() ? byTime : stated;
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
