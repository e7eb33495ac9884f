package org.tally.extract;

import java.util.List;
import org.tally.model.Claim;
import org.tally.model.ClaimSection;
import org.tally.model.Count;
import org.tally.model.Scope;
import org.tally.model.Victims;

/**
 * Headlines that restate a body claim more loosely than the body does (issue 11, count26): "forces thousands to flee"
 * over "At least 25,000 civilians have fled", "says 1,200 civilians killed" over "More than 1,200 civilians have been
 * killed". The headline rounds or words the body's figure; it adds no claim of its own (claims.md: one claim per
 * assertion, with its most precise count).
 */
final class TitleRestatements {
  private static final long ORDERS_APART = 100;

  private TitleRestatements() {}

  /** Whether {@code title} restates, loosely, a body claim among {@code claims}. */
  static boolean restatesBody(List<Claim> claims, Claim title) {
    if (title.section() != ClaimSection.TITLE) {
      return false;
    }
    return claims.stream().anyMatch(body -> body.section() == ClaimSection.BODY && body.harm() == title.harm()
        && sameScope(title, body) && sameVictims(title, body)
        && (wordedScale(title, body) || boundOfSameFigure(title, body)));
  }

  /** A war's or campaign's running total restates no headline of one attack or one week. */
  private static boolean sameScope(Claim title, Claim body) {
    return body.scope() != Scope.CUMULATIVE || title.scope() == Scope.CUMULATIVE;
  }

  private static boolean sameVictims(Claim title, Claim body) {
    return title.victims() == body.victims() || title.victims() == Victims.PEOPLE;
  }

  /**
   * "thousands", "hundreds", "dozens" written as words, open above: the body's figure lies inside and above the word's
   * floor (25,000 in "thousands"), so the headline summarises it; the body's own "dozens" of named victims stays apart
   * (a vague headline of people may sum several tellings, Issue11TwentyCSampleConstructionsTest). A body figure a
   * hundred times the floor is of another order ("Dozens killed" over the war's "more than 280000").
   */
  private static boolean wordedScale(Claim title, Claim body) {
    Count t = title.count();
    Count b = body.count();
    return t.min() != null && t.max() == null && !hasDigit(title.countText()) && b.min() != null && b.min() > t.min()
        && b.min() < t.min() * ORDERS_APART;
  }

  /** "1,200" in the headline, "More than 1,200" or "at least 1,200" in the body: the same figure, bounded below. */
  private static boolean boundOfSameFigure(Claim title, Claim body) {
    Count t = title.count();
    Count b = body.count();
    return t.isExact() && t.min() != null && b.max() == null && b.min() != null
        && (b.min().equals(t.min()) || b.min() == t.min() + 1) && digits(body.countText()).equals(digits(title.countText()))
        && hasDigit(title.countText());
  }

  private static boolean hasDigit(String text) {
    return text != null && text.chars().anyMatch(Character::isDigit);
  }

  private static String digits(String text) {
    return text == null ? "" : text.replaceAll("[^0-9]", "");
  }
}
