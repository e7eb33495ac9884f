package org.tally.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.tally.extract.token.Token;
import org.tally.extract.token.WordSet;
import org.tally.extract.victim.VictimWords;
import org.tally.model.Count;
import org.tally.model.Span;
import org.tally.model.Victims;

/**
 * A list of kin whose members open with a possessive ("his two sons, his brother and his brother's wife") is one
 * count, the sum of its members, as "a father and his two sons" is (claims.md). {@link CasualtyFinder} sums only pairs
 * of one person and kin, so such a list came out as its first part ("his two sons": 2). A list with women or children
 * told apart ("her husband, her mother and her three children") stays as the finder gives it: people and children
 * apart, which the event tolls add up. Texts without commas (FA-KES) run the members together ("his two sons his brother
 * and his brothers wife"): a possessive opens the next member there.
 */
final class KinLists {
  private static final WordSet OPENERS = WordSet.of("a", "an", "his", "her", "their");
  private static final WordSet POSSESSIVES = WordSet.of("his", "her", "their");
  // the most members a list of kin is read as
  private static final int MAX_MEMBERS = 8;

  private KinLists() {}

  /** A member: tokens {@code [from, end)}, counting {@code n} people; {@code found} when a found count made it. */
  private record Member(int from, int end, int n, Casualty found) {}

  /** {@code found} with each list of kin summed: the list's sum stands for its parts. */
  static List<Casualty> summed(List<Token> tokens, List<Casualty> found, IntFunction<VictimWords.Head> heads) {
    List<Casualty> out = new ArrayList<>(found);
    for (Casualty c : found) {
      if (!out.contains(c) || !c.count().isExact()) {
        continue;
      }
      int start = c.from() > 0 && OPENERS.contains(tokens.get(c.from() - 1).lower()) ? c.from() - 1 : c.from();
      List<Member> members = members(tokens, start, found, heads);
      // a list of single persons only is SingleLists' ("a woman and her child": its sum, none inside a breakdown)
      if (members.size() < 2 || !kin(tokens, members) || members.stream().allMatch(m -> m.n() == 1)) {
        continue;
      }
      int sum = 0;
      for (Member m : members) {
        sum += m.n();
      }
      Member last = members.get(members.size() - 1);
      int from = start;
      int end = last.end();
      List<Casualty> parts = new ArrayList<>();
      int before = 0;
      for (Casualty other : out) {
        if (other.from() >= from && other.from() < end) {
          if (other.harm() != c.harm()) {
            parts = null;
            break;
          }
          parts.add(other);
          before = Math.max(before, other.count().min() == null ? 0 : other.count().min());
        }
      }
      if (parts == null || sum <= before) {
        continue;
      }
      // a list with women or children told apart stays as the finder gives it: "a man, his wife and their three
      // children" is people 2 and children 3, which the event tolls add up (constructions.tsv, TollOfOneTownTest)
      if (parts.isEmpty()) {
        continue;
      }
      int at = out.indexOf(parts.get(0));
      List<Casualty> told = parts.stream().filter(p -> p.victims() == Victims.CHILDREN
          || p.victims() == Victims.WOMEN).toList();
      // a list of women and children beside a member of another kind ("a nurse and her two children": civilians 1,
      // children 2) keeps its parts too: only a member counted as bare people is no one's count
      if (told.size() == parts.size()
          || !told.isEmpty() && parts.stream().noneMatch(p -> p.victims() == Victims.PEOPLE)) {
        continue;
      }
      if (!told.isEmpty()) {
        // ... unless a member is counted only as people ("A man, his wife, their three children and his mother": people
        // 3 is no one's count): the list's sum replaces that part, and the children and women stay beside it as its
        // parts (count-written-9's a06 and a03, count-written-8's a05). A list of women and children only keeps its
        // parts, which are whole kinds ("a woman and her three children": women 1, children 3, as fakes-dev-20e reads it)
        // (only the part that opens the list goes: a count of kin inside it, "her two sons", stays, as later rules may
        // read its kind: count-written-5's p19)
        int opening = from;
        parts = parts.stream().filter(p -> !told.contains(p) && p.from() <= opening + 1).toList();
      }
      out.removeAll(parts);
      Span span = new Span(tokens.get(from).start(), tokens.get(end - 1).end());
      Casualty list = new Casualty(c.harm(), Victims.PEOPLE, new Count(sum, sum, false, span),
          TokenSpans.words(tokens, from, end), from, c.to(), end);
      out.add(Math.min(at < 0 ? out.size() : at, out.size()), list);
    }
    return out;
  }

  /** Whether a possessive opens a member after the first: "a man and his wife", not "a man and a woman". */
  private static boolean kin(List<Token> tokens, List<Member> members) {
    for (int k = 1; k < members.size(); k++) {
      if (POSSESSIVES.contains(tokens.get(members.get(k).from()).lower())) {
        return true;
      }
    }
    return false;
  }

  /** The members of a list starting at token {@code start}, joined by commas, "and", or a possessive alone. */
  private static List<Member> members(List<Token> tokens, int start, List<Casualty> found,
      IntFunction<VictimWords.Head> heads) {
    List<Member> members = new ArrayList<>();
    int j = start;
    while (j < tokens.size() && members.size() < MAX_MEMBERS) {
      Member m = member(tokens, j, found, heads, !members.isEmpty());
      if (m == null) {
        break;
      }
      members.add(m);
      j = m.end();
      if (j < tokens.size() && tokens.get(j).is(",")) {
        j++;
      }
      if (j < tokens.size() && tokens.get(j).is("and")) {
        j++;
      } else if (j >= tokens.size() || !POSSESSIVES.contains(tokens.get(j).lower())) {
        break;
      }
    }
    return members;
  }

  /**
   * One member at token {@code j}: a determiner of one or a possessive and one person ("a man", "his wife", "his
   * brother's wife", "his brothers wife"), a possessive and a found count ("her three children"), or after an "and" a
   * kin noun alone ("a husband and wife").
   */
  private static Member member(List<Token> tokens, int j, List<Casualty> found, IntFunction<VictimWords.Head> heads,
      boolean inside) {
    String word = tokens.get(j).lower();
    if (POSSESSIVES.contains(word)) {
      for (Casualty c : found) {
        if (c.from() == j + 1 && c.count().isExact() && c.count().min() != null && c.count().min() > 1) {
          return new Member(j, c.headEnd(), c.count().min(), c);
        }
      }
    }
    int noun = OPENERS.contains(word) ? j + 1 : inside ? j : -1;
    if (noun < 0 || noun >= tokens.size() || !(heads.apply(noun) instanceof VictimWords.People people)
        || people.victims() == null) {
      return null;
    }
    int end = people.end();
    // "his brother's wife", "his brothers wife" (the apostrophe lost): one person, the kin of a kin
    int next = end < tokens.size() && tokens.get(end).lower().equals("'s") ? end + 1 : end;
    if (next < tokens.size() && heads.apply(next) instanceof VictimWords.People more && more.one()
        && more.victims() != null) {
      end = more.end();
    } else if (!people.one()) {
      return null;
    }
    return new Member(j, end, 1, null);
  }
}
