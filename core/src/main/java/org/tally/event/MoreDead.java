package org.tally.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.tally.model.Claim;
import org.tally.model.Harm;

/**
 * "Local authorities said 11 people died at the scene and two more in hospital": a count of the dead followed by
 * "more" after another count of the dead in the same sentence adds people to it, never restates or holds them, so the
 * sentence's toll is the rest's toll and these together. Issue 11, genres28 (twenty-seventh pass).
 */
final class MoreDead {
  private static final Pattern MORE_AFTER = Pattern.compile("^\\s+(more|additional|further)\\b",
      Pattern.CASE_INSENSITIVE);

  // joined to the count before by "and" in one clause; "has risen to 21 dead, after six more bodies were recovered"
  // tells a total with the more inside it
  private static final Pattern JOINED = Pattern.compile("^[^,;:()]*\\band\\s+$");

  private MoreDead() {}

  /** The sentence's killed counts told as more than a killed count before them in it; empty when none. */
  static List<Claim> told(String text, List<Claim> sentence) {
    if (text == null) {
      return List.of();
    }
    List<Claim> killed = sentence.stream().filter(c -> c.harm() == Harm.KILLED && c.count().min() != null)
        .sorted(Comparator.comparingInt(c -> c.count().span().start())).toList();
    List<Claim> more = new ArrayList<>();
    for (int i = 1; i < killed.size(); i++) {
      Claim c = killed.get(i);
      int from = killed.get(i - 1).count().span().end();
      if (from < c.count().span().start() && JOINED.matcher(text.substring(from, c.count().span().start())).find()
          && MORE_AFTER.matcher(text.substring(c.count().span().end(), c.evidence().end())).find()) {
        more.add(c);
      }
    }
    return more;
  }
}
