package org.tally.event;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tally.model.Claim;
import org.tally.model.Victims;

/**
 * The lead of a roundup release: "Afghan and coalition forces conducted operations in four provinces in the past 24
 * hours, detaining several suspected insurgents and killing two", then a paragraph per operation. The lead sums up the
 * operations the body then tells one by one, so it is no count beside theirs: the release's total is the larger of the
 * lead's figure and the sum of the operations it covers ("several", 3, against the body's 6; an exact 8 against the
 * two of "one of these operations"). Issue 11, wars24 (twentieth-release-02, -23).
 */
final class RoundupLeads {
  // a sentence that tells of several operations at once ("conducted operations in four provinces", "during clearing
  // operations"), not a force's name ("special operations forces", "the Joint Operations Command"), nor operations
  // told apart ("in separate operations")
  private static final Pattern OPERATIONS = Pattern.compile(
      "(?<!separate )\\b(operations|raids)\\b(?!\\s+(forces?|command|centre|center|units?|troops|team|room)\\b)");
  // "In Kandahar province, ...", "In the North East, ...": a paragraph of one operation or theatre, no lead
  private static final Pattern OPENS_WITH_PLACE = Pattern.compile("^\\W*In\\s+(the\\s+)?\\p{Lu}");
  // "In a separate operation, ...", "Separately, ...": one the lead did not sum up
  private static final Pattern SEPARATE = Pattern.compile("^\\W*((in|during)\\s+(a|another)\\s+separate|separately)\\b",
      Pattern.CASE_INSENSITIVE);

  private RoundupLeads() {}

  /**
   * The claims of the release's first sentence that tells of several operations, where later sentences tell claims of
   * the same harm; empty when there is none.
   */
  static List<Claim> of(String text, List<Claim> claims) {
    for (Claim c : claims.stream().sorted(java.util.Comparator.comparingInt(o -> o.evidence().start())).toList()) {
      int sentence = c.evidence().start();
      String words = text.substring(sentence, c.evidence().end());
      if (!OPERATIONS.matcher(words).find() || OPENS_WITH_PLACE.matcher(words).find()) {
        continue;
      }
      List<Claim> lead = claims.stream().filter(o -> o.evidence().start() == sentence).toList();
      if (claims.stream().anyMatch(o -> o.evidence().start() > sentence)) {
        return lead;
      }
      return List.of();
    }
    return List.of();
  }

  /** Whether the lead sums up the claim: a later one of its kind of victims, not told as a separate operation. */
  static boolean covers(String text, List<Claim> lead, Claim c) {
    return !lead.isEmpty() && c.evidence().start() > lead.get(0).evidence().start()
        && !SEPARATE.matcher(text.substring(c.evidence().start(), c.evidence().end())).find()
        && lead.stream().anyMatch(l -> l.victims() == Victims.PEOPLE || l.victims() == c.victims());
  }

  /** The lead's figure: its claims at their lower bounds. */
  static int figure(List<Claim> lead) {
    int sum = 0;
    for (Claim c : lead) {
      sum += c.count().min() != null ? c.count().min() : c.count().max() != null ? c.count().max() : 0;
    }
    return sum;
  }

  /** The claims less the lead's. */
  static List<Claim> without(List<Claim> claims, List<Claim> lead) {
    List<Claim> rest = new ArrayList<>(claims);
    rest.removeAll(lead);
    return rest;
  }
}
