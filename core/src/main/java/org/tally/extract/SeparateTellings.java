package org.tally.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tally.model.Claim;

/**
 * Two body claims of different sentences that their own words tell apart, so that neither restates the other however
 * equal their figures (ClaimMerger):
 * <ul>
 *   <li>two operations of a roundup, each sentence opening with its own province or district: "In Kandahar province,
 *   ... detained the commander and two of his associates." and "In Paktika province, ... detained a suspected insurgent
 *   and his associate";</li>
 *   <li>two people each introduced by "a" with different nouns: "captured a senior Taliban leader" and, two sentences
 *   later, "detained ... a courier" are two men; a restatement refers back ("the leader") or repeats the noun ("a
 *   Taliban leader" and "a senior Taliban leader").</li>
 * </ul>
 * Issue 11, wars22 (seventeenth-release-01, -03: a roundup's two detainees and a courier were lost to an earlier
 * operation's).
 */
public final class SeparateTellings {
  // "In Kandahar province,", "In the Nad-e Ali district of Helmand,": the place an operation's paragraph opens with
  private static final Pattern OPENING_PLACE = Pattern.compile(
      "^(?:In|in)\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}'-]*\\s+){1,3})(?:province|district|governorate|region)\\b");
  // "* Kandahar – An Afghan and coalition force ...", "- Zabul province: ...": a roundup's bullet that opens with its
  // province (wars25: twenty-second-release-02)
  private static final Pattern BULLET_PLACE = Pattern.compile(
      "^[*\u2022\u2013-]\\s+((?:\\p{Lu}[\\p{L}'-]*\\s+){0,2}\\p{Lu}[\\p{L}'-]*)\\s*(?:province\\s*)?[\u2013\u2014:-]\\s");
  // "In Daraa 4 people were killed", "In Deir ez-Zor the Islamic State executed 2 men": a sentence of a round-up that
  // opens with a bare town or governorate, its name's particles ("ez-Zor", "al-Shughour") allowed (issue 11, count31:
  // count-written-10's a07, whose "killed a woman and her son" in Idlib took "executed 2 men" in Deir ez-Zor)
  private static final Pattern OPENING_TOWN = Pattern.compile(
      "^In\\s+(\\p{Lu}[\\p{L}'-]*(?:\\s+(?:(?:al|el|ez|ad|as|ash|ar|an|az)-)?\\p{Lu}[\\p{L}'-]*|\\s+(?:al|el|ez|ad|as|ash|ar|an|az)-\\p{L}[\\p{L}'-]*){0,2})[\\s,]");
  // what a capitalised word after "In" names besides a place: a time
  private static final Set<String> NOT_PLACES = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "total", "addition", "all", "the", "a", "an", "this", "that", "response", "brief");
  // the words after "a" read as the person's noun phrase
  private static final int HEAD_WORDS = 4;
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}'-]");
  private static final Pattern ENDS_WORD = Pattern.compile(".*[\\p{L}\\d]$");
  private static final Set<String> FUNCTION = Set.of("a", "an", "the", "of", "and", "or", "who", "that", "which",
      "was", "were", "in", "on", "at", "to", "for", "with", "by", "from", "his", "her", "their", "its");

  // words that end the noun phrase: a relative clause or the verb
  private static final Set<String> CLAUSE = Set.of("who", "that", "which", "was", "were", "is", "had", "has");

  private SeparateTellings() {}

  /** The test over {@code text}: whether two claims of different sentences are told apart. */
  static BiPredicate<Claim, Claim> in(String text) {
    return (a, b) -> text != null && (differentPlaces(text, a, b) || differentTowns(text, a, b)
        || differentPeople(text, a, b));
  }

  /** Both claims' own sentences open with "In" and a town or governorate, not the same one. */
  private static boolean differentTowns(String text, Claim a, Claim b) {
    String one = townAt(text, a.evidence().start());
    String two = townAt(text, b.evidence().start());
    return one != null && two != null && !one.equals(two);
  }

  private static String townAt(String text, int from) {
    Matcher m = OPENING_TOWN.matcher(text.substring(from, Math.min(text.length(), from + 60)));
    if (!m.find()) {
      return null;
    }
    String town = m.group(1).strip().toLowerCase(Locale.ROOT);
    return NOT_PLACES.contains(SPACES.split(town)[0]) ? null : town;
  }

  private static boolean differentPlaces(String text, Claim a, Claim b) {
    String one = openingPlace(text, a);
    String two = openingPlace(text, b);
    return one != null && two != null && !one.equals(two);
  }

  /**
   * The province or district the claim's sentence opens with, else the one its paragraph opens with ("In Kandahar
   * province, a force searched a compound. The force detained the commander ..."), lower-cased, or null.
   */
  public static String openingPlace(String text, Claim claim) {
    int start = claim.evidence().start();
    String own = placeAt(text, start);
    return own != null ? own : placeAt(text, text.lastIndexOf('\n', Math.max(0, start - 1)) + 1);
  }

  private static String placeAt(String text, int from) {
    String start = text.substring(from, Math.min(text.length(), from + 120));
    Matcher m = OPENING_PLACE.matcher(start);
    if (m.find()) {
      return m.group(1).strip().toLowerCase(Locale.ROOT);
    }
    Matcher bullet = BULLET_PLACE.matcher(start);
    return bullet.find() ? bullet.group(1).strip().toLowerCase(Locale.ROOT) : null;
  }

  private static boolean differentPeople(String text, Claim a, Claim b) {
    if (!indefinite(a) || !indefinite(b)) {
      return false;
    }
    Set<String> one = headWords(text, a);
    Set<String> two = headWords(text, b);
    if (one.isEmpty() || two.isEmpty()) {
      return false;
    }
    one.retainAll(two);
    return one.isEmpty();
  }

  private static boolean indefinite(Claim claim) {
    String words = claim.countText() == null ? "" : claim.countText().strip().toLowerCase(Locale.ROOT);
    return words.equals("a") || words.equals("an");
  }

  /** The content words of the few after the claim's "a", up to the first mark, lower-cased. */
  private static Set<String> headWords(String text, Claim claim) {
    int from = claim.count().span().end();
    int to = Math.min(text.length(), Math.min(claim.evidence().end(), from + 80));
    Set<String> out = new HashSet<>();
    int taken = 0;
    for (String word : SPACES.split(text.substring(from, to))) {
      if (word.isEmpty()) {
        continue;
      }
      String bare = NOT_WORD.matcher(word).replaceAll("").toLowerCase(Locale.ROOT);
      if (CLAUSE.contains(bare)) {
        break;
      }
      if (!bare.isEmpty() && !FUNCTION.contains(bare)) {
        out.add(bare);
      }
      if (++taken >= HEAD_WORDS || !ENDS_WORD.matcher(word).matches()) {
        break;
      }
    }
    return out;
  }
}
