package org.tally.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 * @param contradicting true when two or more other outlets give a bounded figure ("8", "8-10", "up to 10"; an open
 *     one, "at least 6", says nothing against a higher toll), agree among themselves, none agrees with the document's
 *     toll, and it is clearly above them all
 */
record OutletView(int agreeing, boolean contradicting, List<String> reasons) {
  static final OutletView NONE = new OutletView(0, false, List.of());

  static OutletView of(String doc, Incident incident, Toll toll, VerdictRule rule) {
    if (incident.harm() != Harm.KILLED) {
      return NONE;
    }
    String own = incident.claims().stream().filter(c -> c.doc().equals(doc)).map(ClaimRef::outlet)
        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    // each other outlet by its own toll of the incident: the highest it gives, since its other figures of the same
    // deaths are parts of it ("52 killed, among them 12 children") or earlier counts
    Map<String, Count> byOutlet = new LinkedHashMap<>();
    for (ClaimRef c : incident.claims()) {
      if (c.doc().equals(doc) || c.outlet() == null || c.outlet().equals(own)) {
        continue;  // an outlet does not corroborate itself
      }
      byOutlet.merge(c.outlet(), c.claim().count(), (a, b) -> floor(b) > floor(a) ? b : a);
    }
    List<Count> counts = new ArrayList<>(byOutlet.values());
    Set<String> outlets = byOutlet.keySet();
    Set<String> agreeing = new LinkedHashSet<>();
    double min = toll.min() == null ? 1 : toll.min();
    double max = toll.max() == null ? Double.POSITIVE_INFINITY : toll.max();
    for (Map.Entry<String, Count> e : byOutlet.entrySet()) {
      Count count = e.getValue();
      // an open figure ("at least 15") bears out a toll no further than a record of 15 would: not one clearly above
      // its bound ("at least 15" is no support for 67)
      boolean agrees = count.max() != null
          ? ClaimGrader.overlaps(min, max, count.min() == null ? 1 : count.min(), count.max(), rule.agreeMargin())
          : max >= count.min() * (1 - rule.agreeMargin()) - 0.5 && !rule.exceeds(min, count.min());
      if (agrees) {
        agreeing.add(e.getKey());
      }
    }
    if (outlets.isEmpty()) {
      return NONE;
    }
    List<String> reasons = new ArrayList<>();
    Consensus consensus = Consensus.of(counts, rule.approxMarginPercent());
    // only a bounded figure says the toll is lower: "at least 6" is no evidence against 24, nor for it
    Map<String, Count> bounded = new LinkedHashMap<>(byOutlet);
    bounded.values().removeIf(c -> c.max() == null);
    Consensus below = Consensus.of(new ArrayList<>(bounded.values()), rule.approxMarginPercent());
    long boundedHigh = bounded.values().stream().mapToLong(Count::max).max().orElse(0);
    boolean clear = bounded.size() >= 2 && !below.contradiction();
    boolean contradicting = clear && toll.min() != null && rule.exceeds(toll.min(), boundedHigh)
        && agreeing.isEmpty();
    String others = String.join(", ", outlets);
    if (contradicting) {
      reasons.add("Says " + toll.quoted() + " killed; " + bounded.size() + " other outlets ("
          + String.join(", ", bounded.keySet()) + ") agree on " + range(below)
          + " for the same incident: it exceeds their consensus.");
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

  private static long floor(Count c) {
    return c.min() != null ? c.min() : c.max();
  }

  private static String range(Consensus c) {
    return c.low().equals(c.high()) ? c.low().toString() : c.low() + "-" + c.high();
  }
}
