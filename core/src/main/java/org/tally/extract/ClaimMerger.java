package org.tally.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.tally.model.Claim;
import org.tally.model.ClaimSection;
import org.tally.model.Count;

/**
 * One claim per assertion (claims.md section 1): the headline, lead and body restating the same
 * number of the same harm to the same victims from the same claimant become one claim, carrying the
 * most precise count and the claimant a reporting verb names.
 */
final class ClaimMerger {
  private ClaimMerger() {}

  static List<Claim> merge(List<Claim> claims) {
    List<List<Claim>> groups = new ArrayList<>();
    for (Claim claim : claims) {
      List<Claim> home = null;
      if (isOwnText(claim)) {
        for (List<Claim> group : groups) {
          if (group.stream().allMatch(other -> sameAssertion(claim, other))) {
            home = group;
            break;
          }
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        groups.add(home);
      }
      home.add(claim);
    }
    List<Claim> out = new ArrayList<>();
    for (List<Claim> group : groups) {
      out.add(group.size() == 1 ? group.get(0) : combine(group));
    }
    out.sort(Comparator.comparingInt((Claim c) -> c.evidence().start()).thenComparingInt(c -> c.count().span().start()));
    return out;
  }

  private static boolean isOwnText(Claim claim) {
    return claim.section().isOwnText();
  }

  private static boolean sameAssertion(Claim a, Claim b) {
    return isOwnText(b) && a.harm() == b.harm() && a.victims() == b.victims()
        && compatible(a, b) && closeCounts(a.count(), b.count());
  }

  /** A headline's attribution summarises the body's, so a title claim fits any claimant. */
  private static boolean compatible(Claim a, Claim b) {
    if (a.section() == ClaimSection.TITLE || b.section() == ClaimSection.TITLE) {
      return true;
    }
    String x = a.claimant();
    String y = b.claimant();
    return x == null || y == null || x.equals(y) || x.equals("outlet") || y.equals("outlet");
  }

  /**
   * Counts that can be the same number said twice: two exact figures are equal; otherwise the bounds overlap and the
   * figures are within a tenth of each other ("more than 50" and "some 54", "over 1,300" and "at least 1,319").
   */
  private static boolean closeCounts(Count a, Count b) {
    boolean exactA = a.min() != null && a.min().equals(a.max());
    boolean exactB = b.min() != null && b.min().equals(b.max());
    if (exactA && exactB) {
      return a.min().equals(b.min());
    }
    long lowA = a.min() == null ? 0 : a.min();
    long lowB = b.min() == null ? 0 : b.min();
    long highA = a.max() == null ? Long.MAX_VALUE : a.max();
    long highB = b.max() == null ? Long.MAX_VALUE : b.max();
    if (lowA > highB || lowB > highA) {
      return false;
    }
    int ra = a.representative();
    int rb = b.representative();
    return Math.abs(ra - rb) <= Math.max(ra, rb) / 10;
  }

  private static Claim combine(List<Claim> group) {
    // headlines drop qualifiers ("20 killed" over "at least 20 were killed"): the body's count is the claim's
    List<Claim> body = group.stream().filter(c -> c.section() == ClaimSection.BODY).toList();
    Claim best = (body.isEmpty() ? group : body).stream().max(Comparator.comparingInt(ClaimMerger::precision)
        .thenComparing(c -> -roundness(c.countText()))).orElseThrow();
    String claimant = group.stream().filter(c -> c.section() == ClaimSection.BODY && named(c.claimant()))
        .map(Claim::claimant).findFirst()
        .orElse(group.stream().map(Claim::claimant).filter(ClaimMerger::named).findFirst().orElse(best.claimant()));
    String perpetrator = best.perpetrator() != null ? best.perpetrator()
        : group.stream().map(Claim::perpetrator).filter(p -> p != null).findFirst().orElse(null);
    Claim attributed = group.stream().filter(c -> claimant != null && claimant.equals(c.claimant())).findFirst().orElse(best);
    Integer attacks = group.stream().map(Claim::attacks).filter(a -> a != null).findFirst().orElse(null);
    return new Claim(best.doc(), best.harm(), best.victims(), best.count(), best.countText(), perpetrator, claimant,
        best.location(), best.when(), best.scope(), attributed.stance(), attacks, best.section(), best.evidence());
  }

  /** Trailing zeros of the figure as written: "1,319" is more precise than "over 1,300". */
  private static int roundness(String countText) {
    String digits = countText == null ? "" : countText.replaceAll("[^0-9]", "");
    int zeros = 0;
    for (int i = digits.length() - 1; i > 0 && digits.charAt(i) == '0'; i--) {
      zeros++;
    }
    return zeros;
  }

  private static boolean named(String claimant) {
    return claimant != null && !claimant.equals("outlet");
  }

  /** Exact beats approximate beats a range beats a lower bound beats an upper bound. */
  private static int precision(Claim claim) {
    Count c = claim.count();
    if (c.min() != null && c.min().equals(c.max())) {
      return c.approx() ? 4 : 5;
    }
    if (c.min() != null && c.max() != null) {
      return 3;
    }
    return c.min() != null ? 2 : 1;
  }
}
