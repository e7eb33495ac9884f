package org.tally.event;

import java.util.List;
import org.tally.model.Claim;

/**
 * "killing four members of one family: a woman, her two daughters and her nephew": the people a colon lists after a
 * count of more than one are that count's, whatever each names, so neither a main incident's toll nor a release's total
 * adds them to it.
 */
final class ColonLists {
  private ColonLists() {}

  /**
   * Whether {@code part} is counted after the first colon that follows an earlier count of its harm in its sentence,
   * of more than one, with no other count of that harm between the count and the colon.
   */
  static boolean listedAfterColon(String text, Claim part, List<Claim> claims) {
    return text != null && claims.stream().anyMatch(whole -> whole != part && whole.harm() == part.harm()
        && whole.evidence().equals(part.evidence()) && whole.count().span().end() <= part.count().span().start()
        && whole.count().min() != null && whole.count().min() > 1 && colonBetween(text, whole, part, claims));
  }

  private static boolean colonBetween(String text, Claim whole, Claim part, List<Claim> claims) {
    int colon = text.indexOf(':', whole.count().span().end());
    return colon >= 0 && colon < part.count().span().start() && colon < whole.evidence().end()
        && claims.stream().noneMatch(o -> o != whole && o.harm() == whole.harm()
            && o.evidence().equals(whole.evidence()) && o.count().span().start() > whole.count().span().end()
            && o.count().span().start() < colon);
  }
}
