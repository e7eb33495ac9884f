package org.tally.resolve;

import java.util.List;
import java.util.regex.Pattern;
import org.tally.model.ClaimPlace;
import org.tally.model.Span;
import org.tally.resolve.place.PlaceMention;

/**
 * A claim's place named in a list of governorates ("in Damascus, Aleppo and Idleb", "in Deir Ezzor Aleppo" with its
 * comma lost): the count covers attacks in each of them, not one incident.
 */
final class GovernorateLists {
  private GovernorateLists() {}

  // a clause of its own between the figure and the list: "killed in Idlib and Aleppo while five others were killed"
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[;.]|\\b(?:while|whereas|after|before|when|as)\\b",
      Pattern.CASE_INSENSITIVE);

  /**
   * @param count the claim's figure, which the list must follow in the same clause ("more than 100 were killed in Idlib
   *     and Aleppo while five others were killed near the capital": the five are not the list's)
   */
  static boolean holds(String text, Span sentence, Span count, ClaimPlace where, InTextOrder<PlaceMention> mentions) {
    if (where == null || where.span() == null || where.admin1() == null || count == null
        || where.span().start() < count.end()
        || CLAUSE_BREAK.matcher(text).region(count.end(), where.span().start()).find()) {
      return false;
    }
    List<PlaceMention> inSentence = mentions.startingWithin(sentence.start(), sentence.end());
    for (int i = 0; i < inSentence.size(); i++) {
      if (!inSentence.get(i).span().equals(where.span())) {
        continue;
      }
      return i > 0 && listed(text, inSentence.get(i - 1), inSentence.get(i))
          || i + 1 < inSentence.size() && listed(text, inSentence.get(i), inSentence.get(i + 1));
    }
    return false;
  }

  /** Two places of two governorates of one country, with nothing but a comma or "and" between them. */
  private static boolean listed(String text, PlaceMention first, PlaceMention second) {
    String a = first.place().admin1();
    String b = second.place().admin1();
    if (a == null || b == null || a.equals(b) || first.place().country() == null
        || !first.place().country().equals(second.place().country()) || first.span().end() > second.span().start()) {
      return false;
    }
    String between = text.substring(first.span().end(), second.span().start()).strip();
    return between.isEmpty() || between.equals(",") || between.equals("and") || between.equals(", and");
  }
}
