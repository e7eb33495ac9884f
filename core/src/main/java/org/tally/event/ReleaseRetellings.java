package org.tally.event;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.tally.extract.SeparateTellings;
import org.tally.model.Claim;
import org.tally.model.Victims;

/**
 * Counts of a press release that tell people it has already counted, by the words around the count (issue 11, wars25,
 * twenty-second-release-03, -19, -25):
 * <ul>
 *   <li>a definite count of as many as one told before: "killing four armed insurgents ... all four individuals killed
 *   were armed";</li>
 *   <li>the rest of a count told before: "detained three suspected insurgents ... The two other suspected insurgents
 *   were detained at the compound";</li>
 *   <li>the same people apposed to their count: "two civilians, a woman and her son, were killed".</li>
 * </ul>
 * And when a count told before is the whole a part belongs to: of the same roundup paragraph and of the same side
 * ("killing three civilians ... killed one of the attackers" counts the attacker apart).
 */
final class ReleaseRetellings {
  // "all four", "the four", "all of the four", "these two": the people are known to the reader
  private static final Pattern DEFINITE = Pattern.compile("\\b(all|all\\s+the|all\\s+of\\s+the|the|these|those)\\s+$");
  // "the two other", "the other two", "the remaining three"
  private static final Pattern OTHER_BEFORE = Pattern.compile("\\bthe\\s+(other|remaining)\\s+$");
  private static final Pattern THE_BEFORE = Pattern.compile("\\bthe\\s+$");
  private static final Pattern OTHER_AFTER = Pattern.compile("^\\s+(other|remaining)\\b");
  // "two civilians, a woman and her son,": the count's noun (at most four words), a comma, then the apposed count
  private static final Pattern APPOSED = Pattern.compile("^\\s*[\\p{L}'-]+(\\s+[\\p{L}'-]+){0,3}\\s*,\\s*$");

  private ReleaseRetellings() {}

  /** "all four individuals killed": a definite count equal to one of its harm and side told before. */
  static boolean definiteRetold(String text, List<Claim> claims, Claim c) {
    if (c.count().min() == null || !(DEFINITE.matcher(before(text, c)).find() || theOne(text, c))
        || OTHER_AFTER.matcher(after(text, c)).find()) {
      return false;
    }
    // (an exact count: "killing several insurgents" in one strike and "All three were killed" in another are apart)
    return claims.stream().anyMatch(o -> o != c && o.harm() == c.harm() && o.evidence().start() < c.evidence().start()
        && Objects.equals(o.count().min(), c.count().min()) && Objects.equals(o.count().max(), c.count().min())
        && sameTelling(text, o, c))
        || sentenceSum(text, claims, c);
  }

  /**
   * "detained an Islamic Movement of Uzbekistan facilitator, a weapons supplier and three associates ... The five men
   * came out": a definite count equal to the exact counts of one earlier sentence of its harm added up (genres29).
   */
  private static boolean sentenceSum(String text, List<Claim> claims, Claim c) {
    return claims.stream().filter(o -> o != c && o.harm() == c.harm() && o.evidence().start() < c.evidence().start()
            && sameTelling(text, o, c))
        .collect(java.util.stream.Collectors.groupingBy(Claim::evidence)).values().stream()
        .anyMatch(told -> told.size() > 1 && told.stream().allMatch(o -> o.count().min() != null
            && Objects.equals(o.count().min(), o.count().max()))
            && told.stream().mapToInt(o -> o.count().min()).sum() == c.count().min());
  }

  // "the security force detained the individual": a singular noun counted by its definite article alone
  private static final Pattern THE_ONE = Pattern.compile("the|this|that");

  // "the leader's bodyguard": the article is the possessor's, the person counted someone else; "the targeted
  // individual" is ReleaseTotal's target, which weighs the roundup's provinces
  private static final Pattern POSSESSOR_AFTER = Pattern.compile("^\\s+([\\p{L}-]+['’]s|targeted)\\b");

  private static boolean theOne(String text, Claim c) {
    return THE_ONE.matcher(text.substring(c.count().span().start(), c.count().span().end()).toLowerCase(Locale.ROOT))
        .matches() && !POSSESSOR_AFTER.matcher(after(text, c)).find();
  }

  /** "the two other suspected insurgents": the rest of a count told before. */
  static boolean rest(String text, Claim c) {
    String before = before(text, c);
    return OTHER_BEFORE.matcher(before).find() || THE_BEFORE.matcher(before).find()
        && OTHER_AFTER.matcher(after(text, c)).find();
  }

  /** "two civilians, a woman and her son,": a count apposed to the count of its harm right before it. */
  static boolean apposed(String text, List<Claim> claims, Claim c) {
    return claims.stream().anyMatch(o -> o != c && o.harm() == c.harm()
        && o.evidence().start() == c.evidence().start() && o.count().span().end() <= c.count().span().start()
        && Objects.equals(o.count().min(), c.count().min()) && Objects.equals(o.count().max(), c.count().max())
        && APPOSED.matcher(text.substring(o.count().span().end(), c.count().span().start())).find());
  }

  /**
   * Whether a count told before may hold the later one: not another province's paragraph of a roundup, not the other
   * side (civilians, state forces, armed men; unspecified people may be any).
   */
  static boolean sameTelling(String text, Claim whole, Claim part) {
    String one = SeparateTellings.openingPlace(text, whole);
    String two = SeparateTellings.openingPlace(text, part);
    int a = side(whole.victims());
    int b = side(part.victims());
    return (one == null || two == null || one.equals(two)) && (a == 0 || b == 0 || a == b);
  }

  // 0 for people unspecified, else one number per side
  private static int side(Victims v) {
    return v == null ? 0 : switch (v) {
      case PEOPLE -> 0;
      case CIVILIANS, CHILDREN, WOMEN -> 1;
      case SOLDIERS -> 2;
      case FIGHTERS -> 3;
    };
  }

  private static String before(String text, Claim c) {
    int at = c.count().span().start();
    return text.substring(Math.max(c.evidence().start(), at - 20), at).toLowerCase(Locale.ROOT);
  }

  private static String after(String text, Claim c) {
    int to = c.count().span().end();
    return text.substring(to, Math.min(c.evidence().end(), to + 20)).toLowerCase(Locale.ROOT);
  }
}
