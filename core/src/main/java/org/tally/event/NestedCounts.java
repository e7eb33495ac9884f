package org.tally.event;

import java.util.List;
import org.tally.model.Claim;

/**
 * "A man, his wife, their three children and his mother": the list's sum (people 6) is told over the words of its parts
 * (children 3), so a sentence whose dead add up counts the sum once, not its parts again (issue 11, count30: KinLists
 * gives the sum beside the children and women it holds).
 */
final class NestedCounts {
  private NestedCounts() {}

  /** The claims whose count's words lie inside no other claim's count of the same harm. */
  static List<Claim> outermost(List<Claim> sentence) {
    return sentence.stream().filter(c -> sentence.stream().noneMatch(o -> o != c && o.harm() == c.harm()
        && o.count().span() != null && c.count().span() != null && !o.count().span().equals(c.count().span())
        && o.count().span().contains(c.count().span()))).toList();
  }
}
