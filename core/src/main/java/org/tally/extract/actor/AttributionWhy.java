package org.tally.extract.actor;

import java.util.List;

/**
 * Why a claim has its perpetrator and claimant, for {@code tally extract --explain}: the rule rows that decided each
 * (file:line and the words they matched) and each candidate passed over, with the reason.
 */
public record AttributionWhy(String perpetrator, List<String> perpetratorRules, List<String> perpetratorDropped,
    String claimant, List<String> claimantRules, List<String> claimantDropped) {
  public AttributionWhy {
    perpetratorRules = List.copyOf(perpetratorRules);
    perpetratorDropped = List.copyOf(perpetratorDropped);
    claimantRules = List.copyOf(claimantRules);
    claimantDropped = List.copyOf(claimantDropped);
  }

  /** The same reasons for a claim whose perpetrator a later sentence named. */
  public AttributionWhy withPerpetrator(String named, String why) {
    List<String> rules = new java.util.ArrayList<>(perpetratorRules);
    rules.add(why);
    return new AttributionWhy(named, rules, perpetratorDropped, claimant, claimantRules, claimantDropped);
  }

  /** The same reasons with one more candidate attacker passed over by a later step, and why. */
  public AttributionWhy withDropped(String why) {
    List<String> dropped = new java.util.ArrayList<>(perpetratorDropped);
    dropped.add(why);
    return new AttributionWhy(perpetrator, perpetratorRules, dropped, claimant, claimantRules, claimantDropped);
  }

  /** The same reasons for a claim whose claimant a later step changed (the one source a document cites). */
  public AttributionWhy withClaimant(String changed, String why) {
    if (changed == null || changed.equals(claimant)) {
      return this;
    }
    List<String> rules = new java.util.ArrayList<>(claimantRules);
    rules.add(why);
    return new AttributionWhy(perpetrator, perpetratorRules, perpetratorDropped, changed, rules, claimantDropped);
  }
}
