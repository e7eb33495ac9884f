package org.tally.event;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.tally.model.Claim;
import org.tally.model.Harm;
import org.tally.model.Victims;

/**
 * "killing three fighters of the Syrian Democratic Forces and the civilian driver of the car": counts of the dead that
 * one "and" joins, with no comma, bracket or dash between them, are different people, so the toll is their sum, even
 * where the first reads as "people" (which elsewhere is a whole the others are inside: "20 people, including three
 * children"). Issue 11, wars20.
 */
final class CoordinatedDead {
  // the words from one count's end to the next count's start: an "and" with nothing that sets off an aside or a part
  private static final Pattern JOINED = Pattern.compile("^[^,;:()\\u2013\\u2014]*\\band\\s[^,;:()\\u2013\\u2014]*$");
  private static final Pattern NESTED = Pattern.compile("\\b(including|among|of whom|of them|most of|all of)\\b",
      Pattern.CASE_INSENSITIVE);

  private static final Set<Victims> PARTS = EnumSet.of(Victims.CHILDREN, Victims.WOMEN);

  private CoordinatedDead() {}

  /** Whether the sentence's killed counts, two or more, stand joined one after another by "and". */
  static boolean joined(String text, List<Claim> sentence) {
    if (text == null) {
      return false;
    }
    List<Claim> killed = sentence.stream().filter(c -> c.harm() == Harm.KILLED)
        .sorted(Comparator.comparingInt(c -> c.count().span().start())).toList();
    // only where one would be read as a whole ("people": "a commander ... and two of his companions") and the later
    // ones are no part a whole holds ("12 people and three children" is read either way, and stays as toll() reads it)
    if (killed.size() < 2 || killed.stream().noneMatch(c -> c.victims() == Victims.PEOPLE)
        || killed.stream().skip(1).anyMatch(c -> PARTS.contains(c.victims()))) {
      return false;
    }
    for (int i = 1; i < killed.size(); i++) {
      int from = killed.get(i - 1).count().span().end();
      int to = killed.get(i).count().span().start();
      if (to <= from || killed.get(i).victims() == killed.get(i - 1).victims()) {
        return false;
      }
      String gap = text.substring(from, to);
      if (!JOINED.matcher(gap).find() || NESTED.matcher(gap).find()) {
        return false;
      }
    }
    return true;
  }
}
