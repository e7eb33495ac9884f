package org.tally.verify;

import java.time.LocalDate;
import java.util.Objects;
import org.tally.link.ClaimRef;
import org.tally.link.DaySpan;
import org.tally.model.ClaimPlace;
import org.tally.model.Count;

/**
 * A death toll to check against the records: the words that gave it, its bounds, where and when, and whom it blames.
 *
 * @param doc the document it comes from
 * @param claim the claim's ordinal in its document, or -1 for the main incident's toll (all victims together)
 * @param words the count as written ("over 80")
 * @param min the lowest figure it allows, or null when it gives only an upper bound
 * @param max the highest, or null when unbounded
 * @param place where it says the deaths were, or null when it names no place
 * @param days the days it covers, or null when neither it nor its document is dated
 * @param dayStated false when the days were taken from the report's date, not from the text
 * @param perpetrator canonical actor id, or null
 * @param attack the attack noun by which its sentence tells one attack ("car bomb"), or null when its sentence tells
 *     none, or many ({@link OneAttackWords}): one attack's toll is borne out only by one record of one event's days
 */
public record Toll(String doc, int claim, String words, Integer min, Integer max, boolean approx, ClaimPlace place,
    DaySpan days, boolean dayStated, String perpetrator, String attack) {
  public Toll {
    Objects.requireNonNull(doc, "doc");
    words = words == null ? null : words.replace('\u00a0', ' ');
    if (min == null && max == null) {
      throw new IllegalArgumentException("a toll needs a bound: " + doc + "#" + claim);
    }
  }

  /** A toll whose sentence is not read for its attacks. */
  public Toll(String doc, int claim, String words, Integer min, Integer max, boolean approx, ClaimPlace place,
      DaySpan days, boolean dayStated, String perpetrator) {
    this(doc, claim, words, min, max, approx, place, days, dayStated, perpetrator, null);
  }

  /** The same toll, its sentence telling one attack by these words (null: not one attack). */
  public Toll withAttack(String words) {
    return new Toll(doc, claim, this.words, min, max, approx, place, days, dayStated, perpetrator, words);
  }

  /** A claim's toll, dated as linking dates it: its own time, else its document's day. */
  public static Toll of(ClaimRef ref) {
    Count count = ref.claim().count();
    boolean stated = ref.claim().when() != null && ref.claim().when().text() != null;
    return new Toll(ref.doc(), ref.ordinal(), ref.claim().countText(), count.min(), count.max(), count.approx(),
        ref.claim().location(), DaySpan.of(ref).orElse(null), stated, ref.claim().perpetrator());
  }

  /**
   * The count's words as a sentence quotes them after its start: "At least 15" and "Eight" as "at least 15" and
   * "eight" (a count's words are never a name); "the toll" when there are none.
   */
  /** Count words that are an article: a singular noun phrase's one person ("a child", "another man"). */
  private static final java.util.Set<String> SINGLE = java.util.Set.of("a", "an", "another");

  public String quoted() {
    if (words == null || words.isBlank()) {
      return "the toll";
    }
    if (SINGLE.contains(words.toLowerCase(java.util.Locale.ROOT))) {
      return "one"; // "a child was killed" counts one: "a killed" would read as a slip
    }
    boolean capital = words.length() > 1 && Character.isUpperCase(words.charAt(0))
        && Character.isLowerCase(words.charAt(1));
    return capital ? Character.toLowerCase(words.charAt(0)) + words.substring(1) : words;
  }

  /** "over 80 killed near the Deir ez-Zor airport on 2016-09-17", as a reason quotes it. */
  public String describe() {
    StringBuilder s = new StringBuilder().append(quoted()).append(" killed");
    if (place != null && (place.text() != null || place.name() != null)) {
      s.append(place.text() != null && !place.text().isBlank()
          ? prefixed(place.text().replace('\u00a0', ' ').replaceAll("\\s+", " ")) : " in " + place.name());
    }
    if (days != null) {
      s.append(days.start().equals(days.end()) ? " on " + days.start() : " from " + days.start() + " to " + days.end());
    }
    return s.toString();
  }

  private static String prefixed(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    for (String p : new String[] {"in ", "near ", "at ", "on ", "outside ", "around ", "inside ", "close to ",
        "north of ", "south of ", "east of ", "west of "}) {
      if (lower.startsWith(p)) {
        return " " + text;
      }
    }
    return " in " + text;
  }

  /**
   * True when the text itself gives the toll's day or its place. A toll dated only by its report and placed only by
   * the article's focus may be matched with records, but is never taken to contradict them: a report may come days
   * after the event, and its place was guessed.
   */
  public boolean firm() {
    return dayStated || place != null && place.span() != null;
  }

  /** The first day of its span, or null. */
  public LocalDate start() {
    return days == null ? null : days.start();
  }
}
