package org.tally.event;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tally.model.Claim;

/**
 * "detained eleven men ... After questioning, eight of the men were released to the village elders": people a release
 * says its force let go after detaining them are no detainees of its total (the ISAF coders count those held; issue 11,
 * releases27). Only a part of a detention the release told before it is taken off, and never hostages or kidnapped
 * people, whom freeing-verbs.tsv and captive-words.tsv already keep out.
 */
final class ReleasedDetainees {
  private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
      Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12));
  // "eight of the men were released", "Two of them were later released", "three were released after questioning"
  private static final Pattern RELEASED = Pattern.compile("\\b(\\d{1,3}|" + String.join("|", WORDS.keySet())
      + ")\\s+(of\\s+(the|them|those)\\b([\\w' -]{0,30}?)\\s+)?(were|was|have\\s+been|had\\s+been)\\s+"
      + "(later\\s+|then\\s+|subsequently\\s+)?released\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern CAPTIVES = Pattern.compile("hostage|kidnap|abduct|captive", Pattern.CASE_INSENSITIVE);

  // "Four other men were detained for questioning and later released", "were held overnight and then freed": the
  // people the claim counts were let go in its own clause (twenty-sixth pass)
  private static final Pattern LET_GO = Pattern.compile("^[\\w' -]{0,40}?\\b(were|was)\\s+(detained|held|arrested"
      + "|questioned|taken\\s+into\\s+custody)\\b(\\s+[\\w'-]+){0,4}?\\s+and\\s+((were|was)\\s+)?"
      + "(later\\s+|then\\s+|subsequently\\s+|afterwards\\s+|all\\s+)?(released|freed|let\\s+go)\\b",
      Pattern.CASE_INSENSITIVE);

  private ReleasedDetainees() {}

  /** Whether the claim's own clause, after its count, says its people were held and then let go. */
  static boolean letGo(String text, Claim claim) {
    int from = claim.count().span().end();
    String after = text.substring(from, Math.min(claim.evidence().end(), from + 120));
    return LET_GO.matcher(after).find();
  }

  /** How many of the {@code detained} claims' people the text says were released after them. */
  static int of(String text, List<Claim> detained) {
    int released = 0;
    Matcher m = RELEASED.matcher(text);
    while (m.find()) {
      if (m.group(4) != null && CAPTIVES.matcher(m.group(4)).find()) {
        continue;
      }
      String word = m.group(1).toLowerCase(Locale.ROOT);
      int n = WORDS.containsKey(word) ? WORDS.get(word) : Integer.parseInt(word);
      int at = m.start();
      // a part of a detention told before it, the release's own
      if (detained.stream().anyMatch(c -> c.evidence().end() <= at && c.count().min() != null
          && c.count().min() > n)) {
        released += n;
      }
    }
    return released;
  }
}
