package org.tally.event;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.tally.extract.SeparateTellings;
import org.tally.model.Claim;

/**
 * A vague count told again in the same words: "killed three insurgents and detained several suspected insurgents
 * during an operation ... The security force then detained several suspected insurgents, including the targeted
 * leader". Extraction keeps vague counts apart (a report of several clashes gives one per clash), but in a release's
 * telling of one operation the same vague word before the same noun is the same people, counted once. Two operations
 * of a roundup, each under its own province, stay two. Issue 11, wars24 (twentieth-release-12).
 */
final class VagueRetellings {
  // the words after the count compared, up to its clause's punctuation: "several suspected insurgents"
  private static final int NOUN_WORDS = 2;

  private VagueRetellings() {}

  /** Whether an earlier claim of the list tells the claim's vague count in the same words. */
  static boolean retold(String text, List<Claim> claims, Claim c) {
    if (!vague(c)) {
      return false;
    }
    String words = words(text, c);
    String place = SeparateTellings.openingPlace(text, c);
    return claims.stream().anyMatch(o -> o != c && o.harm() == c.harm() && o.victims() == c.victims()
        && o.evidence().start() < c.evidence().start() && vague(o) && words.equals(words(text, o))
        && Objects.equals(place, SeparateTellings.openingPlace(text, o)));
  }

  private static boolean vague(Claim c) {
    return c.countText() != null && c.count().min() != null && !c.count().isExact()
        && c.countText().chars().noneMatch(Character::isDigit);
  }

  // the count's words and the few after it, lower-cased: "several suspected insurgents"
  private static String words(String text, Claim c) {
    String after = text.substring(c.count().span().start(), c.evidence().end()).toLowerCase(Locale.ROOT)
        .split("[,.;:(]", 2)[0];
    String[] w = after.split("[^\\p{L}'-]+");
    int n = c.countText().strip().split("\\s+").length + NOUN_WORDS;
    return String.join(" ", java.util.Arrays.copyOf(w, Math.min(w.length, n)));
  }
}
