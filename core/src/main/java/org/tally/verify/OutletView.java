package org.tally.verify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tally.link.ClaimRef;
import org.tally.link.Consensus;
import org.tally.link.Incident;
import org.tally.model.Count;
import org.tally.model.Harm;

/**
 * What other outlets say of a document's main incident: how many agree with its toll, and whether a clear
 * consensus of them (two or more outlets, agreeing among themselves) puts it clearly lower.
 *
 * @param agreeing distinct other outlets whose death toll for the incident overlaps the document's
 * @param contradicting true when two or more other outlets agree among themselves and the document's toll is clearly
 *     above them all
 */
record OutletView(int agreeing, boolean contradicting, List<String> reasons) {
  static final OutletView NONE = new OutletView(0, false, List.of());

  static OutletView of(String doc, Incident incident, Toll toll, VerdictRule rule) {
    if (incident.harm() != Harm.KILLED) {
      return NONE;
    }
    String own = incident.claims().stream().filter(c -> c.doc().equals(doc)).map(ClaimRef::outlet)
        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    List<Count> counts = new ArrayList<>();
    Set<String> outlets = new LinkedHashSet<>();
    Set<String> agreeing = new LinkedHashSet<>();
    long high = 0;
    for (ClaimRef c : incident.claims()) {
      if (c.doc().equals(doc) || c.outlet() == null || c.outlet().equals(own)) {
        continue;  // an outlet does not corroborate itself
      }
      Count count = c.claim().count();
      counts.add(count);
      outlets.add(c.outlet());
      high = Math.max(high, count.max() != null ? count.max() : count.min());
      double min = toll.min() == null ? 1 : toll.min();
      double max = toll.max() == null ? Double.POSITIVE_INFINITY : toll.max();
      if (ClaimGrader.overlaps(min, max, count.min() == null ? 1 : count.min(),
          count.max() == null ? Integer.MAX_VALUE : count.max(), rule.agreeMargin())) {
        agreeing.add(c.outlet());
      }
    }
    if (outlets.isEmpty()) {
      return NONE;
    }
    List<String> reasons = new ArrayList<>();
    Consensus consensus = Consensus.of(counts, rule.approxMarginPercent());
    boolean clear = outlets.size() >= 2 && !consensus.contradiction();
    boolean contradicting = clear && toll.min() != null && rule.exceeds(toll.min(), high) && agreeing.isEmpty();
    String others = String.join(", ", outlets);
    if (contradicting) {
      reasons.add("Says " + toll.quoted() + " killed; " + outlets.size() + " other outlets (" + others
          + ") agree on " + range(consensus) + " for the same incident: it exceeds their consensus.");
    } else if (!agreeing.isEmpty()) {
      reasons.add("Says " + toll.quoted() + " killed; " + String.join(", ", agreeing)
          + (agreeing.size() == 1 ? " reports" : " report") + " a figure that agrees (" + range(consensus)
          + " among other outlets).");
    } else {
      reasons.add("Says " + toll.quoted() + " killed; other outlets (" + others + ") report " + range(consensus)
          + " for the same incident.");
    }
    return new OutletView(agreeing.size(), contradicting, reasons);
  }

  private static String range(Consensus c) {
    return c.low().equals(c.high()) ? c.low().toString() : c.low() + "-" + c.high();
  }
}
