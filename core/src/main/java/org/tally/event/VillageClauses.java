package org.tally.event;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.tally.model.Claim;
import org.tally.model.Harm;

/**
 * "In al-Dhabab, three civilians were killed ...; in Hadhran, two children died ...; and in al-Kadaha, a woman was
 * killed": counts of the dead in clauses split by semicolons, each opening with its own place, are the dead of
 * different places, so none is inside another (children and women beside civilians elsewhere are). Issue 11, genres29.
 */
final class VillageClauses {
  // a clause that opens with where: "in Hadhran,", "and in the village of al-Kadaha,", "while near Bouban,"
  private static final Pattern OPENING = Pattern.compile("^\\s*(and\\s+|while\\s+)?(in|at|near)\\s+(the\\s+)?"
      + "((village|town|hamlet|district|neighbourhood|neighborhood)\\s+of\\s+)?[\\p{L}][\\p{L}'\\u2019 -]{0,40},",
      Pattern.CASE_INSENSITIVE);

  private VillageClauses() {}

  /** Whether the sentence's killed counts, two or more, each stand in a clause of its own that opens with a place. */
  static boolean apart(String text, List<Claim> sentence) {
    if (text == null) {
      return false;
    }
    List<Claim> killed = sentence.stream().filter(c -> c.harm() == Harm.KILLED)
        .sorted(Comparator.comparingInt(c -> c.count().span().start())).toList();
    if (killed.size() < 2) {
      return false;
    }
    Set<Integer> clauses = new HashSet<>();
    for (Claim c : killed) {
      int from = SemicolonClauses.start(text, c);
      if (!clauses.add(from) || !OPENING.matcher(text.substring(from, c.count().span().start())).find()) {
        return false;
      }
    }
    return clauses.size() > 1;
  }
}
