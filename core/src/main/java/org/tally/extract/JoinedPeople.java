package org.tally.extract;

import static org.tally.extract.PersonNames.MAX_NAME_WORDS;
import static org.tally.extract.PersonNames.isNameWord;
import static org.tally.extract.TokenSpans.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tally.extract.harm.HarmCues;
import org.tally.extract.token.Token;
import org.tally.model.Count;
import org.tally.model.Harm;
import org.tally.model.Span;
import org.tally.model.Victims;

/**
 * The people of one list told together, as one claim or as members that add up: kin joined to one person ("a father and
 * his two sons"), a list with one person in it ("killed an officer and two policemen"), and the members told before
 * the harm their last member finds ("30 regime soldiers and 39 rebel fighters had been killed"). Which victims the
 * members make together follows claims.md: women and children are told apart.
 */
final class JoinedPeople {
  private JoinedPeople() {}

  static boolean isOne(Casualty c) {
    return c.count().isExactly(1);
  }

  /**
   * The people listed before {@code found} that waited for its harm ("30 regime soldiers and 39 rebel fighters had been
   * killed"), each with that harm; those of a list with one person in it ("a father and his son", "a man, his wife and
   * their daughter") are counted together where they are of one kind.
   */
  static List<Casualty> withWaiting(List<Token> tokens, List<Casualty> waiting, Casualty found) {
    List<Casualty> chain = new ArrayList<>();
    int next = found.from();
    for (int i = waiting.size() - 1; i >= 0; i--) {
      Casualty first = waiting.get(i);
      // "a woman and her three children were killed": a possessive may stand between the members
      boolean possessive = first.headEnd() + 2 == next && FunctionWords.POSSESSIVES.contains(tokens.get(first.headEnd() + 1).lower());
      // "23 civilians - including nine children - and 16 combatants dead": an aside's dash between them
      int end = first.headEnd() < tokens.size() && HarmCues.isAsideMark(tokens.get(first.headEnd()))
          ? first.headEnd() + 1 : first.headEnd();
      if (end + 1 != next && end != next && !possessive) {
        break;
      }
      chain.add(0, first);
      next = first.from();
    }
    List<Casualty> out = new ArrayList<>();
    List<Casualty> together = new ArrayList<>();
    boolean anyOne = isOne(found);
    for (Casualty first : chain) {
      anyOne |= isOne(first);
    }
    for (Casualty first : chain) {
      if (anyOne && first.victims() == found.victims() && isExact(first)) {
        together.add(first);
      } else {
        out.add(new Casualty(found.harm(), first.victims(), first.count(), first.countText(), first.from(), first.to(),
            first.headEnd()));
      }
    }
    if (together.isEmpty() || !isExact(found)) {
      out.add(found);
      return out;
    }
    out.add(sum(tokens, together, found));
    return out;
  }

  /**
   * Whether {@code found} counts the kin of the one person before it, of the same kind and harm: "a father and his two
   * sons", "a woman and her daughter" (not "a woman and her three children": women and children are told apart).
   */
  static boolean withKin(List<Token> tokens, Casualty previous, Casualty found) {
    // "and his two sons": the count follows the possessive; "and his son": the possessive is the count
    int and = FunctionWords.POSSESSIVES.contains(tokens.get(found.from()).lower()) ? found.from() - 1 : found.from() - 2;
    // "a man was killed along with his two sons": the kin may follow the verb
    boolean alongWith = and > 0 && tokens.get(and).is("with")
        && (tokens.get(and - 1).is("along") || tokens.get(and - 1).is("together") || verbJustBefore(tokens, previous, and))
        && previous.headEnd() < and;
    // "the driver, Shiyar Ali (27), and his cousin": the first person's name, and age, may stand before the "and"
    boolean joined = and >= 0 && tokens.get(and).is("and")
        && (previous.headEnd() == and || nameAside(tokens, previous.headEnd(), and));
    return and >= 0 && (joined || alongWith)
        && FunctionWords.POSSESSIVES.contains(tokens.get(and + 1).lower()) && isOne(previous) && isExact(found)
        && kinVictims(previous, found) != null && previous.harm() == found.harm();
  }

  // "A woman was also detained with her son": the words between one person and a bare "with" of kin, at most
  private static final int MAX_VERB_WORDS = 4;

  /**
   * "A woman was also detained with her son", "a man was killed with his two sons" (issue 11, count24: count-written's
   * check and count-written-4): a bare "with" of kin right after the person's own verb of harm, words only between,
   * the harm already told ({@code previous.harm()}), as "along with" is.
   */
  private static boolean verbJustBefore(List<Token> tokens, Casualty previous, int with) {
    if (previous.harm() == null || with - previous.headEnd() > MAX_VERB_WORDS) {
      return false;
    }
    for (int i = previous.headEnd(); i < with; i++) {
      if (!tokens.get(i).isWord()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tokens {@code [from, to)} are one person's name, with their age in brackets or between commas, set off by commas
   * or not: "activist Marcel Shehwaro", "the driver, Shiyar Ali (27),", "a commander, Abu Khaled, 41,".
   */
  private static boolean nameAside(List<Token> tokens, int from, int to) {
    int i = from;
    if (i < to && tokens.get(i).is(",")) {
      i++;
    }
    int names = 0;
    while (i < to && names < MAX_NAME_WORDS && isNameWord(tokens.get(i))) {
      i++;
      names++;
    }
    if (names == 0) {
      return false;
    }
    if (i + 2 < to && tokens.get(i).is("(") && isNumber(tokens.get(i + 1)) && tokens.get(i + 2).is(")")) {
      i += 3;
    } else if (i + 1 < to && tokens.get(i).is(",") && isNumber(tokens.get(i + 1))) {
      i += 2;
    }
    if (i < to && tokens.get(i).is(",")) {
      i++;
    }
    return i == to;
  }

  private static boolean isNumber(Token token) {
    return Character.isDigit(token.text().charAt(0));
  }

  /** A member of a list told before its harm ("a father and ..."), given the harm the list's last member found. */
  static Casualty harmed(Casualty waiting, Harm harm) {
    return new Casualty(harm, waiting.victims(), waiting.count(), waiting.countText(), waiting.from(), waiting.to(),
        waiting.headEnd());
  }

  /** One person and the people joined to them, as one claim of the victims they make together. */
  static Casualty together(List<Token> tokens, Casualty previous, Casualty found) {
    Casualty sum = sum(tokens, List.of(previous), found);
    return new Casualty(sum.harm(), listVictims(previous, found), sum.count(), sum.countText(), sum.from(), sum.to(),
        sum.headEnd());
  }

  // how long the "of" phrase after a listed person may run: "an official of a party affiliated with the PKK"
  private static final int MAX_OF_PHRASE = 8;

  /**
   * "killing a local commander, Hevi Amed, 34, and two fighters": the person's name, and their age, set off by commas
   * between the first person and the list's "and" still list them.
   */
  private static boolean nameBetweenCommas(List<Token> tokens, int from, int to) {
    if (from >= to || !tokens.get(from).is(",")) {
      return false;
    }
    int i = from + 1;
    int names = 0;
    while (i < to && names < MAX_NAME_WORDS && tokens.get(i).isWord() && tokens.get(i).isCapitalised()) {
      i++;
      names++;
    }
    if (names > 0 && i + 1 < to && tokens.get(i).is(",") && Character.isDigit(tokens.get(i + 1).text().charAt(0))) {
      i += 2;
    }
    return names > 0 && i == to;
  }

  /**
   * "killing an official of a party affiliated with the PKK and his driver": an "of" phrase of words alone (no number,
   * no comma) between the first person and the list's "and" still lists them.
   */
  private static boolean ofPhrase(List<Token> tokens, int from, int to) {
    if (from >= to || to - from > MAX_OF_PHRASE || !tokens.get(from).is("of")) {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      Token token = tokens.get(i);
      if (!token.isWord() || Character.isDigit(token.text().charAt(0)) || token.is("and") || token.is("or")) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code found} is the next member of a list of people that began with {@code previous}, of one kind and harm,
   * with one person among them: "killed an officer and two policemen", "detained a cell leader, his deputy and a
   * courier". The members are told apart, so each adds to the others. A member joined by a comma must be followed by
   * the list's next "and" or comma: in "killed a soldier, a police officer said" the second is the source.
   */
  static boolean coordinated(List<Token> tokens, Casualty previous, Casualty found) {
    int join = found.from() - 1;
    // "killing the leader and the two associates": a determiner before the member's number
    if (join > 0 && (FunctionWords.ANAPHORIC.contains(tokens.get(join).lower())
        || FunctionWords.POSSESSIVES.contains(tokens.get(join).lower()))) {
      join--;
    }
    // "killing the leader and the two associates" names people told of before, and "two of his associates" are taken
    // from a group: both are counted as restatements and parts already (ClaimMerger, partOf)
    boolean told = FunctionWords.ANAPHORIC.contains(tokens.get(previous.from()).lower());
    boolean partitive = found.to() < tokens.size() && tokens.get(found.to()).is("of");
    if (join <= 0 || told || partitive || previous.harm() != found.harm() || !isExact(previous) || !isExact(found)
        || previous.count().approx() || found.count().approx()
        || !isOne(previous) && !isOne(found) || listVictims(previous, found) == null) {
      return false;
    }
    // "injuring a woman and a young man" tells the woman apart, as "a man and a woman" does; only kin joined by a
    // possessive ("a woman and her daughter") make two people together
    if (!FunctionWords.POSSESSIVES.contains(tokens.get(found.from() - 1).lower()) && previous.victims() != found.victims()
        && (INSIDE_OTHERS.contains(previous.victims()) || INSIDE_OTHERS.contains(found.victims()))) {
      return false;
    }
    // "an officer, and two policemen": a comma before the list's last "and"
    boolean and = tokens.get(join).is("and");
    int end = and && tokens.get(join - 1).is(",") ? join - 1 : join;
    if (previous.headEnd() != end && !(and && (ofPhrase(tokens, previous.headEnd(), end)
        || nameBetweenCommas(tokens, previous.headEnd(), end)))
        || !and && !tokens.get(join).is(",")) {
      return false;
    }
    int after = found.headEnd();
    if (and || after < tokens.size() && (tokens.get(after).is("and") || tokens.get(after).is(","))) {
      return true;
    }
    // "a man, his wife and their daughter": the rest of the list already counted as one
    for (int i = found.from(); i < after; i++) {
      if (tokens.get(i).is("and")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The victims of a list's members together: those of kin ({@link #kinVictims}), and people of mixed kinds where a
   * soldier, a fighter or a civilian joins people of any kind ("a cell leader, his deputy and a courier"); null where
   * women or children are told apart.
   */
  private static Victims listVictims(Casualty previous, Casualty found) {
    Victims kin = kinVictims(previous, found);
    if (kin != null) {
      return kin;
    }
    // "a staff member and around 20 civilians" are told apart: only one more person joins people of mixed kinds
    boolean mixable = previous.victims() == Victims.PEOPLE && !INSIDE_OTHERS.contains(found.victims()) && isOne(found);
    return mixable ? Victims.PEOPLE : null;
  }

  private static final Set<Victims> INSIDE_OTHERS = java.util.EnumSet.of(Victims.CHILDREN, Victims.WOMEN);

  /**
   * The victims of one person and kin counted together: of one kind, or a civilian's kin ("a village chief and his two
   * sons"), who are civilians too; a soldier's or a fighter's kin are no soldiers, so "a soldier and his two sons" are
   * three people of mixed kinds, which claims.md counts as people; null where they are told apart ("a woman and her
   * three children": women and children are counted each).
   */
  private static Victims kinVictims(Casualty previous, Casualty found) {
    if (previous.victims() == found.victims()) {
      return found.victims();
    }
    if (found.victims() != Victims.PEOPLE) {
      return null;
    }
    return switch (previous.victims()) {
      case CIVILIANS -> Victims.CIVILIANS;
      case SOLDIERS, FIGHTERS -> Victims.PEOPLE;
      // "a woman and her daughter", "a boy and his father": one more person of no stated kind makes two people; "a
      // woman and her two sons" stay told apart
      case WOMEN, CHILDREN -> isOne(previous) && isOne(found) ? Victims.PEOPLE : null;
      default -> null;
    };
  }

  /** The people of {@code together} and {@code found}, all exact counts of one kind, as one count. */
  private static Casualty sum(List<Token> tokens, List<Casualty> together, Casualty found) {
    int sum = found.count().min();
    for (Casualty c : together) {
      sum += c.count().min();
    }
    Casualty start = together.get(0);
    Span span = new Span(start.count().span().start(), tokens.get(found.headEnd() - 1).end());
    return new Casualty(found.harm(), found.victims(), new Count(sum, sum, false, span),
        words(tokens, start.from(), found.headEnd()), start.from(), found.to(), found.headEnd());
  }

  static boolean isExact(Casualty c) {
    return c.count().isExact();
  }
}
