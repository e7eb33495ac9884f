package org.tally.event;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tally.model.Claim;
import org.tally.model.Harm;

/**
 * "Four of the workers die at the scene and a fifth dies on the way to the hospital", "Twelve soldiers were killed ... A
 * thirteenth soldier died of his wounds": a person counted by the ordinal that follows the toll told so far is one more
 * dead of the same incident. Only the next ordinal counts: "a fifth" after four makes five, and a "fifth" the toll
 * already holds adds nothing. Issue 11, monitor26.
 */
final class OrdinalDead {
  private static final List<String> ORDINALS = List.of("second", "third", "fourth", "fifth", "sixth", "seventh",
      "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
      "seventeenth", "eighteenth", "nineteenth", "twentieth");
  private static final Pattern ORDINAL = Pattern.compile("^\\s+(" + String.join("|", ORDINALS) + ")\\b",
      Pattern.CASE_INSENSITIVE);

  private OrdinalDead() {}

  /**
   * The claims less the counts of one told by an ordinal ("and a fifth dies"), which are one more beside the others,
   * never their whole; all of them where no other count of the dead would be left.
   */
  static List<Claim> without(String text, List<Claim> claims) {
    if (text == null) {
      return claims;
    }
    List<Claim> rest = claims.stream().filter(c -> !ordinal(text, c)).toList();
    return rest.stream().anyMatch(c -> c.harm() == Harm.KILLED) ? rest : claims;
  }

  private static boolean ordinal(String text, Claim c) {
    return c.harm() == Harm.KILLED && c.count().isExactly(1) && ordinalAfter(text, c) >= 0;
  }

  /** The value of the ordinal right after the claim's count ("a fifth": 5), or -1. */
  private static int ordinalAfter(String text, Claim c) {
    int end = c.count().span().end();
    Matcher m = ORDINAL.matcher(text.substring(end, Math.min(text.length(), end + 16)));
    return m.find() ? ORDINALS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 2 : -1;
  }

  /**
   * The toll with one more for each count of one dead, in the lead's sentence or within {@code reach} characters after
   * it at the lead's place (or dead of wounds), whose ordinal is the next after the toll so far ("A fourth man was
   * killed in Tafas" after three in Jasim is another town's).
   */
  // "A thirteenth soldier died of his wounds in a military hospital in Homs": a death from wounds is placed where the
  // person was treated, not where the incident was
  private static final Pattern OF_WOUNDS = Pattern.compile("\\b(of|from)\\s+(his|her|their)\\s+(wounds|injuries)\\b",
      Pattern.CASE_INSENSITIVE);

  static Integer[] added(String text, List<Claim> own, Claim lead, Integer[] toll, int reach,
      java.util.function.Predicate<Claim> atTheLead) {
    if (text == null || toll == null || toll[0] == null) {
      return toll;
    }
    Integer[] out = toll;
    for (Claim c : own) {
      if (c.harm() != Harm.KILLED || !c.count().isExactly(1) || c.evidence().start() < lead.evidence().start()
          || c.evidence().start() > lead.evidence().end() + reach
          || !(c.evidence().equals(lead.evidence()) || atTheLead.test(c)
              || OF_WOUNDS.matcher(c.evidence().text(text)).find())) {
        continue;
      }
      if (ordinalAfter(text, c) == out[0] + 1) {
        out = new Integer[] {out[0] + 1, out[1] == null ? null : out[1] + 1};
      }
    }
    return out;
  }
}
