package org.tally.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.tally.extract.token.Token;
import org.tally.model.Count;
import org.tally.model.Span;
import org.tally.model.Victims;

/**
 * A leader and a count of his followers joined by "and" ("A rebel commander and five of his men were killed", "killed
 * an IS emir and seven of his men") are one count, the leader and the followers summed (6, 8), and the followers a
 * claim of their own of the leader's kind: a commander's men are fighters as he is. The finder read the leader as one
 * fighter and the men as five people; {@link KinLists} sums only kin (issue 11, count31: count-written-10's a02, a18).
 * The follower nouns are data (followers.tsv).
 */
final class LeaderLists {
  private LeaderLists() {}

  /** {@code found} with each leader and his counted followers summed; the sum takes the leader's place. */
  static List<Casualty> summed(List<Token> tokens, List<Casualty> found, Predicate<String> follower) {
    List<Casualty> out = new ArrayList<>(found);
    for (int i = 0; i + 1 < out.size(); i++) {
      Casualty leader = out.get(i);
      Casualty men = out.get(i + 1);
      if (!leads(leader) || men.harm() != leader.harm() || !men.count().isExact() || men.count().min() == null
          || !joined(tokens, leader, men) || !followers(tokens, men, follower)) {
        continue;
      }
      Victims victims = leader.victims() != Victims.PEOPLE ? leader.victims() : men.victims();
      int sum = 1 + men.count().min();
      Span span = new Span(tokens.get(leader.from()).start(), tokens.get(men.headEnd() - 1).end());
      out.set(i, new Casualty(leader.harm(), victims, new Count(sum, sum, false, span),
          TokenSpans.words(tokens, leader.from(), men.headEnd()), leader.from(), leader.to(), men.headEnd()));
      if (men.victims() == Victims.PEOPLE) {
        out.set(i + 1, new Casualty(men.harm(), victims, men.count(), men.countText(), men.from(), men.to(),
            men.headEnd()));
      }
    }
    return out;
  }

  /** One person who may lead men: not a woman or a child. */
  private static boolean leads(Casualty c) {
    return c.count().isExactly(1) && c.harm() != null && c.victims() != Victims.WOMEN
        && c.victims() != Victims.CHILDREN;
  }

  /** Only "and" (a comma before it allowed) between the leader's noun and the followers' count or possessive. */
  private static boolean joined(List<Token> tokens, Casualty leader, Casualty men) {
    int j = leader.headEnd();
    if (j < tokens.size() && tokens.get(j).is(",")) {
      j++;
    }
    if (j >= tokens.size() || !tokens.get(j).is("and")) {
      return false;
    }
    j++;
    if (j < men.from() && FunctionWords.POSSESSIVES.contains(tokens.get(j).lower())) {
      j++;
    }
    return j == men.from();
  }

  /** "five of his men", "his two bodyguards": a possessive inside, and a follower noun ending the count's head. */
  private static boolean followers(List<Token> tokens, Casualty men, Predicate<String> follower) {
    int last = men.headEnd() - 1;
    if (last <= men.from() || !follower.test(tokens.get(last).lower())) {
      return false;
    }
    for (int k = Math.max(0, men.from() - 1); k < last; k++) {
      if (FunctionWords.POSSESSIVES.contains(tokens.get(k).lower()) && !tokens.get(k).lower().equals("its")) {
        return true;
      }
    }
    return false;
  }
}
