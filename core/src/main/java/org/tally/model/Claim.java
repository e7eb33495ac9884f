package org.tally.model;

import java.util.Objects;

/**
 * One assertion, in one document, that some number of people suffered one kind of harm (claims.md).
 *
 * @param perpetrator canonical actor id of who caused the harm, or null
 * @param claimant canonical actor id of who states the number; "outlet" when the article itself does
 * @param attacks strikes or attacks the count covers, or null
 * @param section where the claim was read: the title or body for the document's own text
 * @param evidence the sentence the claim was read from
 */
public record Claim(
    String doc,
    Harm harm,
    Victims victims,
    Count count,
    String countText,
    String perpetrator,
    String claimant,
    ClaimPlace location,
    ClaimTime when,
    Scope scope,
    Stance stance,
    Integer attacks,
    ClaimSection section,
    Span evidence) {
  public Claim {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(harm, "harm");
    Objects.requireNonNull(victims, "victims");
    Objects.requireNonNull(count, "count");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(stance, "stance");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(evidence, "evidence");
  }

  /** The same claim, caused by {@code other}. */
  public Claim withPerpetrator(String other) {
    return new Claim(doc, harm, victims, count, countText, other, claimant, location, when, scope, stance, attacks,
        section, evidence);
  }

  /** The same claim, stated by {@code other}. */
  public Claim withClaimant(String other) {
    return new Claim(doc, harm, victims, count, countText, perpetrator, other, location, when, scope, stance, attacks,
        section, evidence);
  }
}
