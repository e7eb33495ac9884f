package org.tally.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tally.extract.token.Token;
import org.tally.extract.token.WordSet;
import org.tally.extract.victim.VictimWords;
import org.tally.model.Count;
import org.tally.model.Span;
import org.tally.model.Victims;

/**
 * Lists of single persons harmed together ("A woman and a child died", "killing a man and his son"): a recorder counts
 * the list's sum and each woman or child in it (gold README, 40b, 20f, 20g, 20i). {@link CasualtyFinder} either sums a
 * list (kin, or people of one kind) or tells its members apart (a woman and a child); this adds the sum of members told
 * apart, and the child of a summed list where a word of youth says so ("his young daughter"). A list inside a
 * breakdown ("seven civilians including a child and a woman") is parts of its toll only.
 */
final class SingleLists {
  // words before a list that make it a breakdown of a toll told before, or a list of people counted as possessors
  private static final WordSet BREAKDOWN = WordSet.of("including", "among", "included", "include", "includes", "them",
      "of", "and", "also", "plus");
  // a single person's determiner inside a summed list: "a man and his son", "a father a mother and a son"
  private static final WordSet SINGLE = WordSet.of("a", "an", "his", "her", "their");
  private static final WordSet POSSESSIVES = WordSet.of("his", "her", "their");
  // the most people a list of single persons is read as
  private static final int MAX_MEMBERS = 6;

  private SingleLists() {}

  /** {@code found} with the sums of lists told apart and the young kin of lists summed, in text order. */
  static List<Casualty> completed(List<Token> tokens, List<Casualty> found, IntFunction<VictimWords.Head> heads,
      Predicate<String> kin, IntPredicate harmOf) {
    List<Casualty> out = new ArrayList<>(found.size() + 2);
    for (int i = 0; i < found.size(); i++) {
      Casualty c = found.get(i);
      out.add(c);
      out.addAll(membersOfSum(tokens, c, heads, kin));
      int end = runEnd(tokens, found, i, harmOf);
      if (end > i) {
        out.add(sumOf(tokens, found.subList(i, end + 1)));
      }
    }
    return out;
  }

  /**
   * The last index of a run of single persons starting at {@code i}, of one harm, joined by "and" (or a comma, or
   * "and her"), none before it in a breakdown; {@code i} where there is no such run.
   */
  private static int runEnd(List<Token> tokens, List<Casualty> found, int i, IntPredicate harmOf) {
    Casualty first = found.get(i);
    // "leading to the death of a woman and her child": the "of" of a harm noun opens the list, it breaks down nothing
    boolean ofHarm = harmOf.test(first.from());
    if (!first.count().isExactly(1) || !single(tokens, first)
        || !ofHarm && first.from() > 0 && BREAKDOWN.contains(tokens.get(first.from() - 1).lower())
        || first.from() > 1 && BREAKDOWN.contains(tokens.get(first.from() - 2).lower())) {
      return i;
    }
    int end = i;
    boolean and = false;
    while (end + 1 < found.size() && end - i + 1 < MAX_MEMBERS) {
      Casualty previous = found.get(end);
      Casualty next = found.get(end + 1);
      if (!next.count().isExactly(1) || next.harm() != first.harm() || !single(tokens, next)) {
        break;
      }
      int gap = next.from() - previous.headEnd();
      Token join = previous.headEnd() < tokens.size() ? tokens.get(previous.headEnd()) : null;
      boolean joined = join != null && (join.is("and") || join.is(","))
          && (gap == 1 || gap == 2 && POSSESSIVES.contains(tokens.get(next.from() - 1).lower()));
      if (!joined) {
        break;
      }
      and |= join.is("and");
      end++;
    }
    if (!and) {
      return i;
    }
    // the list's last member ends it: "killing a man and a woman and wounding five" lists two; "a man and a woman and
    // 12 others" is no list of single persons
    int after = found.get(end).headEnd();
    for (int k = end + 1; k < found.size(); k++) {
      if (found.get(k).from() == after + 1 || found.get(k).from() == after + 2) {
        return i;
      }
    }
    return end;
  }

  /**
   * Whether the person is counted by a determiner of one ("a woman", "her son"), not by the noun itself: in "a man,
   * woman and child" the finder lists the members already.
   */
  private static boolean single(List<Token> tokens, Casualty c) {
    return c.headEnd() > c.from() + 1 && SINGLE.contains(tokens.get(c.from()).lower());
  }

  private static Casualty sumOf(List<Token> tokens, List<Casualty> run) {
    Victims victims = run.get(0).victims();
    for (Casualty c : run) {
      if (c.victims() != victims) {
        victims = Victims.PEOPLE;
      }
    }
    Casualty first = run.get(0);
    Casualty last = run.get(run.size() - 1);
    int n = run.size();
    Span span = new Span(tokens.get(first.from()).start(), tokens.get(last.headEnd() - 1).end());
    return new Casualty(first.harm(), victims, new Count(n, n, false, span),
        TokenSpans.words(tokens, first.from(), last.headEnd()),
        first.from(), last.to(), last.headEnd());
  }

  /**
   * The young kin of a summed list of single persons ("a man and his young daughter" summed as two people gives the
   * daughter as a child): every member of the sum must be one person with a determiner of one, so that "a man and 12
   * others" and "two women and a man" are no such list.
   */
  private static List<Casualty> membersOfSum(List<Token> tokens, Casualty sum, IntFunction<VictimWords.Head> heads,
      Predicate<String> kin) {
    Integer n = sum.count().min();
    if (!sum.count().isExact() || n == null || n < 2 || n > MAX_MEMBERS) {
      return List.of();
    }
    List<Casualty> members = new ArrayList<>();
    int count = 0;
    int j = sum.from();
    while (j < sum.headEnd()) {
      Token token = tokens.get(j);
      if (SINGLE.contains(token.lower()) && j + 1 < sum.headEnd()
          && heads.apply(j + 1) instanceof VictimWords.People people && people.one() && people.end() <= sum.headEnd()) {
        count++;
        // only a child the finder reads as a person of the sum: a woman of a summed list ("a woman and her son", "a
        // soldier and his wife") stays inside it, as the constructions and the event tolls count it
        if (young(tokens, j + 1, people.end(), kin)) {
          Span span = new Span(token.start(), tokens.get(people.end() - 1).end());
          members.add(new Casualty(sum.harm(), Victims.CHILDREN, new Count(1, 1, false, span),
              TokenSpans.words(tokens, j, people.end()), j, j + 1, people.end()));
        }
        j = people.end();
      } else if (token.is("and") || token.is(",")) {
        j++;
      } else {
        return List.of();
      }
    }
    return count == n ? members : List.of();
  }

  // kin (young-kin.tsv) are children when a word of youth or an age under 18 comes before them: "his young daughter",
  // "her 10-year-old son" (not "a young man")
  private static final Pattern YOUTH = Pattern.compile(
      "(?i)\\b(young|younger|youngest|little|baby|infant)\\b|\\b(\\d{1,2})-(year|month|week|day)s?-old\\b");
  private static final int ADULT = 18;

  /** Whether the person of tokens {@code [from, end)} is a child by a word before their kin noun. */
  private static boolean young(List<Token> tokens, int from, int end, Predicate<String> kin) {
    if (end <= from || !kin.test(tokens.get(end - 1).lower())) {
      return false;
    }
    Matcher m = YOUTH.matcher(TokenSpans.words(tokens, from, end - 1));
    while (m.find()) {
      if (m.group(1) != null || Integer.parseInt(m.group(2)) < ADULT || !m.group(3).equalsIgnoreCase("year")) {
        return true;
      }
    }
    return false;
  }
}
