package org.tally.extract;

import static org.tally.extract.PersonNames.MAX_NAME_WORDS;
import static org.tally.extract.PersonNames.commaBeforeAge;
import static org.tally.extract.PersonNames.isNameWord;
import static org.tally.extract.PersonNames.nameStart;
import static org.tally.extract.TokenSpans.words;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tally.extract.count.CountForm;
import org.tally.extract.count.CountMention;
import org.tally.extract.harm.HarmCues;
import org.tally.extract.token.Token;
import org.tally.extract.token.WordSet;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;
import org.tally.model.Count;
import org.tally.model.Span;
import org.tally.model.Victims;

/**
 * People told by name rather than by a number, as monitors and army releases write them: a name with its age between
 * commas ("Khaled al-Ahmad, 34, was killed") or in brackets ("Shiyar Ali (27) was killed"), a roll of names after its
 * harm ("Killed were: Ahmad (40); his wife, Rima (35)") and a nom de guerre ("alias 'El Paisa' died in combat"). The
 * words these rules ask about (the alias word, the verbs that open a roll, the words before an age, the words a named
 * subject may follow) are named-people.tsv's.
 */
final class NamedPeople {
  // how far the bracket that closes an age may lie after it: "(age 22 years, resident of District Bannu)"
  private static final int MAX_BRACKETED_AGE = 12;
  // how many words may open a roll before its harm: "Those killed were:", "The people killed are:"
  private static final int ROLL_OPENING = 3;
  private static final WordSet QUOTES = WordSet.of("'", "\"", "\u2018", "\u2019", "\u201c", "\u201d");
  // the most words a nom de guerre between quotes holds: "alias 'El Paisa'", "alias 'Mono Jojoy'"
  private static final int MAX_ALIAS_WORDS = 4;
  // how far a description after a name and age may run to its closing comma: "from the town of Nawa in the
  // countryside of Daraa,"
  private static final int MAX_APPOSITION = 15;
  private static final int MAX_DESCRIPTIONS = 2;
  private static final WordSet PLACE_OF_ORIGIN = WordSet.of("from", "of", "in", "at", "near");

  private final HarmCues harms;
  private final WordSet aliasWords;
  private final WordSet rollVerbs;
  private final WordSet ageWords;
  private final WordSet nameOpeners;

  private NamedPeople(HarmCues harms, WordSet aliasWords, WordSet rollVerbs, WordSet ageWords, WordSet nameOpeners) {
    this.harms = harms;
    this.aliasWords = aliasWords;
    this.rollVerbs = rollVerbs;
    this.ageWords = ageWords;
    this.nameOpeners = nameOpeners;
  }

  static NamedPeople from(Lexicons rules) {
    return rules.built(NamedPeople.class, NamedPeople::read);
  }

  private static NamedPeople read(Lexicons rules) {
    java.util.Map<String, List<String>> byRole = new java.util.HashMap<>();
    for (RuleRow row : rules.file(RuleFiles.NAMED_PEOPLE).rows()) {
      byRole.computeIfAbsent(row.get("role"), r -> new ArrayList<>()).add(row.get("word").toLowerCase(Locale.ROOT));
    }
    return new NamedPeople(HarmCues.from(rules), role(byRole, "alias"), role(byRole, "roll-verb"),
        role(byRole, "age-word"), role(byRole, "name-opener"));
  }

  private static WordSet role(java.util.Map<String, List<String>> byRole, String role) {
    return WordSet.copyOf(byRole.getOrDefault(role, List.of()));
  }

  /**
   * Where the count is an age between commas after a person's name ("Ahmad K., 34,", "Khaled al-Ahmad, 34,"), the
   * token the name starts at; else -1.
   */
  int nameBeforeAge(List<Token> tokens, CountMention mention, int from, int to) {
    Integer age = mention.count().min();
    boolean ageLike = mention.form() == CountForm.DIGITS && age != null && age.equals(mention.count().max())
        && age > 0 && age < 110;
    int nameEnd = commaBeforeAge(tokens, from);
    if (!ageLike || nameEnd < 1 || to + 1 >= tokens.size() || !tokens.get(to).is(",")) {
      return -1;
    }
    int nameStart = nameStart(tokens, nameEnd, Integer.MAX_VALUE);
    if (nameStart == nameEnd || nameStart > 0 && tokens.get(nameStart - 1).isWord()
        && !nameOpeners.contains(tokens.get(nameStart - 1).lower())) {
      return -1;
    }
    return nameStart;
  }

  /** "Ahmad K., 34, was killed": one person, harmed as the verb right after the age says. */
  Optional<Casualty> withAge(List<Token> tokens, int from, int to, int nameStart) {
    int nameEnd = commaBeforeAge(tokens, from);
    Optional<HarmCues.Cue> cue = harms.after(tokens, to + 1)
        .or(() -> pastAppositionAfterAge(tokens, to + 1)).filter(c -> !c.hedged());
    if (cue.isEmpty()) {
      return Optional.empty();
    }
    int start = tokens.get(nameStart).start();
    int end = tokens.get(nameEnd - 1).end();
    Count one = new Count(1, 1, false, new Span(start, end));
    return Optional.of(new Casualty(cue.get().harm(), Victims.PEOPLE, one, words(tokens, nameStart, nameEnd),
        nameStart, nameEnd, to + 1));
  }

  /**
   * "Shiyar Ali (27) was killed", "Sepoy Wali Muhammad (age 22 years, resident of District Bannu), having fought
   * gallantly, embraced shahadat": a name with its age in brackets, as monitors and army releases write it, is one
   * person, harmed as the verb after the bracket (past a description between commas) says. Where "and" and another
   * such name follow the bracket ("Naik Imran Khan (age 31 years) and Sepoy Wali Muhammad (age 22 years) embraced
   * shahadat"), the verb is the one after the last name's bracket. Empty when the count is no age in brackets right
   * after a name, or no verb of harm follows.
   */
  Optional<Casualty> withBracketedAge(List<Token> tokens, CountMention mention, int from, int to,
      Set<Integer> joinedAges) {
    Integer age = mention.count().min();
    if (mention.form() != CountForm.DIGITS || age == null || !age.equals(mention.count().max()) || age <= 0
        || age >= 110) {
      return Optional.empty();
    }
    int open = from >= 1 && tokens.get(from - 1).is("(") ? from - 1
        : from >= 2 && tokens.get(from - 2).is("(") && ageWords.contains(tokens.get(from - 1).lower()) ? from - 2 : -1;
    int close = closingBracket(tokens, to);
    if (open < 1 || close < 0) {
      return Optional.empty();
    }
    int nameStart = nameStart(tokens, open, Integer.MAX_VALUE);
    if (nameStart == open || nameStart > 0 && tokens.get(nameStart - 1).isWord()
        && !nameOpeners.contains(tokens.get(nameStart - 1).lower())) {
      return Optional.empty();
    }
    int after = close + 1;
    int names = 1;
    int lastNameEnd = open;
    Set<Integer> joined = new HashSet<>(0);
    // "... (age 31 years) and Sepoy Wali Muhammad (age 22 years) embraced shahadat": past the names joined to this one
    while (after + 1 < tokens.size() && tokens.get(after).is("and") && isNameWord(tokens.get(after + 1))) {
      int next = after + 1;
      while (next < tokens.size() && next <= after + MAX_NAME_WORDS + 1 && !tokens.get(next).is("(")) {
        next++;
      }
      int nextClose = next < tokens.size() && tokens.get(next).is("(") ? closingBracket(tokens, next + 1) : -1;
      if (nextClose < 0) {
        return Optional.empty();
      }
      // the joined name's age starts after its bracket, or after "age" in it
      joined.add(next + 1);
      joined.add(next + 2);
      names++;
      lastNameEnd = next;
      after = nextClose + 1;
    }
    if (after >= tokens.size()) {
      return Optional.empty();
    }
    boolean aside = tokens.get(after).is(",");
    int verb = aside ? after + 1 : after;
    if (verb >= tokens.size()) {
      return Optional.empty();
    }
    Optional<HarmCues.Cue> cue = harms.after(tokens, verb).filter(c -> c.from() - verb <= 1)
        .or(() -> aside ? pastAppositionAfterAge(tokens, verb) : Optional.empty()).filter(c -> !c.hedged());
    if (cue.isEmpty()) {
      return Optional.empty();
    }
    joinedAges.addAll(joined);
    Count count = new Count(names, names, false, new Span(tokens.get(nameStart).start(),
        tokens.get(lastNameEnd - 1).end()));
    return Optional.of(new Casualty(cue.get().harm(), Victims.PEOPLE, count, words(tokens, nameStart, lastNameEnd),
        nameStart, lastNameEnd, verb));
  }

  /**
   * "Killed were: Ahmad Hassan al-Ali (40); his wife, Rima (35); their sons Omar (12) and Khaled (8)": a sentence that
   * opens with a harm, "were" and a colon lists the people harmed by name, each with an age in brackets, as monitors
   * write their rolls of the dead; the roll counts one person a bracketed age. Each age goes into {@code ages}, no
   * count of its own. Empty where the sentence opens otherwise or the list gives no such age.
   */
  Optional<Casualty> roll(List<Token> tokens, Set<Integer> ages) {
    for (int i = 0; i <= ROLL_OPENING && i < tokens.size(); i++) {
      Optional<HarmCues.Cue> cue = harms.afterAt(tokens, i);
      if (cue.isPresent()) {
        int colon = cue.get().to() + 1;
        if (colon >= tokens.size() || !rollVerbs.contains(tokens.get(cue.get().to()).lower())
            || !tokens.get(colon).is(":")) {
          return Optional.empty();
        }
        Set<Integer> found = new HashSet<>(0);
        int last = -1;
        for (int j = colon + 2; j + 1 < tokens.size(); j++) {
          int age = tokens.get(j - 1).is("(") ? j
              : ageWords.contains(tokens.get(j - 1).lower()) && tokens.get(j - 2).is("(") ? j : -1;
          if (age >= 0 && bracketedAge(tokens.get(age)) && (tokens.get(age + 1).is(")")
              || closingBracket(tokens, age + 1) >= 0)) {
            found.add(age);
            last = closingBracket(tokens, age + 1);
          }
        }
        if (found.isEmpty()) {
          return Optional.empty();
        }
        ages.addAll(found);
        int n = found.size();
        Count count = new Count(n, n, false, new Span(tokens.get(colon + 1).start(), tokens.get(last).end()));
        return Optional.of(new Casualty(cue.get().harm(), Victims.PEOPLE, count, words(tokens, colon + 1, last + 1),
            colon + 1, last + 1, last + 1));
      }
      if (!tokens.get(i).isWord()) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * "alias 'El Paisa', ringleader of a structure of the FARC dissidents, died in combat": Colombia's army and police
   * name the people they kill or capture by "alias" and a nickname between quotes; each is one person, harmed as the
   * verb right after the closing quote says, or the verb after a description between commas. No count counts them.
   */
  List<Casualty> aliased(List<Token> tokens) {
    List<Casualty> found = new ArrayList<>(0);
    for (int i = 0; i + 2 < tokens.size(); i++) {
      if (!aliasWords.contains(tokens.get(i).lower()) || !QUOTES.contains(tokens.get(i + 1).lower())) {
        continue;
      }
      int close = i + 2;
      while (close < tokens.size() && close <= i + 2 + MAX_ALIAS_WORDS && tokens.get(close).isWord()) {
        close++;
      }
      if (close == i + 2 || close + 1 >= tokens.size() || !QUOTES.contains(tokens.get(close).lower())) {
        continue;
      }
      int after = close + 1;
      boolean aside = tokens.get(after).is(",");
      int verb = aside ? after + 1 : after;
      if (verb >= tokens.size()) {
        continue;
      }
      Optional<HarmCues.Cue> cue = harms.after(tokens, verb).filter(c -> c.from() - verb <= 1)
          .or(() -> aside ? pastAppositionAfterAge(tokens, verb) : Optional.empty()).filter(c -> !c.hedged());
      if (cue.isPresent()) {
        Count one = new Count(1, 1, false, new Span(tokens.get(i).start(), tokens.get(close).end()));
        found.add(new Casualty(cue.get().harm(), Victims.PEOPLE, one, words(tokens, i, close + 1), i, close + 1,
            verb));
      }
    }
    return found;
  }

  /** A number a bracket may hold as a person's age. */
  private static boolean bracketedAge(Token token) {
    String t = token.text();
    if (!t.matches("\\d{1,3}")) {
      return false;
    }
    int age = Integer.parseInt(t);
    return age > 0 && age < 110;
  }

  /** The ")" that closes a bracket opened before {@code from}, within {@value #MAX_BRACKETED_AGE} tokens; else -1. */
  private static int closingBracket(List<Token> tokens, int from) {
    for (int i = from; i < tokens.size() && i <= from + MAX_BRACKETED_AGE; i++) {
      if (tokens.get(i).is(")")) {
        return i;
      }
      if (tokens.get(i).is("(") || tokens.get(i).is(".")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "Mohammad al-Masri, 27, from the town of Nawa in the countryside of Daraa, died of his wounds": the after-cue past
   * a description of words that a comma closes, starting right after the age.
   */
  private Optional<HarmCues.Cue> pastAppositionAfterAge(List<Token> tokens, int from) {
    // "Mariam Y., 52, a teacher, was wounded": a description that is a person is the apposition's, counted from its noun
    if (from >= tokens.size() || !PLACE_OF_ORIGIN.contains(tokens.get(from).lower()) && !description(tokens, from)) {
      return Optional.empty();
    }
    // "Sepoy Ahmed Khan, aged 24, resident of Karak, having fought gallantly, embraced shahadat": an army's release
    // may give two descriptions, each closed by a comma
    int start = from;
    for (int part = 0; part < MAX_DESCRIPTIONS; part++) {
      int comma = -1;
      for (int i = start; i < tokens.size() && i <= start + MAX_APPOSITION; i++) {
        if (tokens.get(i).is(",")) {
          comma = i;
          break;
        }
        if (!tokens.get(i).isWord()) {
          return Optional.empty();
        }
      }
      if (comma <= start || comma + 1 >= tokens.size()) {
        return Optional.empty();
      }
      int verb = comma + 1;
      Optional<HarmCues.Cue> cue = harms.after(tokens, verb).filter(c -> c.from() - verb <= 3);
      if (cue.isPresent() || !description(tokens, verb)) {
        return cue;
      }
      start = verb;
    }
    return Optional.empty();
  }

  /**
   * A description after a name and age that counts no one of its own: a lower-case word that is no article or
   * determiner ("resident of Karak", "having fought gallantly"); "a teacher" is counted from its own noun.
   */
  private static boolean description(List<Token> tokens, int at) {
    Token word = tokens.get(at);
    return word.isWord() && !word.isCapitalised() && !FunctionWords.ARTICLES.contains(word.lower())
        && !FunctionWords.DETERMINERS.contains(word.lower());
  }
}
