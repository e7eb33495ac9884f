package org.tally.event;

import java.util.List;
import java.util.regex.Pattern;
import org.tally.model.Claim;

/**
 * "Warplanes struck a bakery in Darat Izza on Saturday killing seven civilians three days after rocket shelling killed
 * three people in the town": a count that a sentence gives after another count and "days after" (or "a day after",
 * "two weeks after", "hours after") is of an earlier attack the report names as background, not its news. The lead
 * and the main incident's toll keep to the counts before it. Issue 13, link29 (link/written-9 check).
 */
final class EarlierAttackCounts {
  private static final Pattern AFTER = Pattern.compile("\\b(day|days|week|weeks|hours)\\s+after\\b",
      Pattern.CASE_INSENSITIVE);

  private EarlierAttackCounts() {}

  /**
   * True when another claim of the same sentence counts before "days after" and this claim's count comes after it:
   * "killing seven ... three days after rocket shelling killed three" makes the three an earlier attack's.
   */
  static boolean told(String text, Claim claim, List<Claim> claims) {
    if (text == null || claim.count().span() == null) {
      return false;
    }
    int countStart = claim.count().span().start();
    for (Claim other : claims) {
      if (other == claim || !other.evidence().equals(claim.evidence()) || other.count().span() == null) {
        continue;
      }
      int otherEnd = other.count().span().end();
      if (otherEnd <= countStart && AFTER.matcher(text.substring(otherEnd, countStart)).find()) {
        return true;
      }
    }
    return false;
  }

  /** The claims but those {@link #told} of an earlier attack; all of them where that would leave none. */
  static List<Claim> without(String text, List<Claim> claims) {
    List<Claim> news = claims.stream().filter(c -> !told(text, c, claims)).toList();
    return news.isEmpty() ? claims : news;
  }
}
