package org.tally.app.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tally.extract.actor.AttributionWhy;
import org.tally.model.Claim;

/**
 * Why a claim has its perpetrator and claimant ({@code tally extract --explain}): for each, the rule rows that decided
 * it (file:line and the words matched) and the candidates passed over, with the reason.
 */
public final class ExplainRecord {
  private ExplainRecord() {}

  /** The explanation of {@code claim}, from what attribution recorded for its count ({@code why}, null if nothing). */
  public static Map<String, Object> of(Claim claim, AttributionWhy why) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (why == null) {
      out.put("note", "no attribution recorded for this count");
      return out;
    }
    // merging the same figure stated twice keeps the claimant the body names
    AttributionWhy decided = why.withClaimant(claim.claimant(),
        "the same claim stated elsewhere in the document names this claimant: the two were merged");
    out.put("perpetrator", part(claim.perpetrator(), decided.perpetratorRules(), decided.perpetratorDropped()));
    out.put("claimant", part(claim.claimant(), decided.claimantRules(), decided.claimantDropped()));
    return out;
  }

  private static Map<String, Object> part(String actor, List<String> rules, List<String> dropped) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("actor", actor);
    out.put("rules", rules.isEmpty() ? List.of(actor == null ? "no rule named one" : "no rule named one: the outlet's own") : rules);
    out.put("dropped", dropped);
    return out;
  }
}
