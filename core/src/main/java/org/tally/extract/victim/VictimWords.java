package org.tally.extract.victim;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.tally.extract.harm.HarmCues;
import org.tally.extract.token.PhraseTrie;
import org.tally.extract.token.Token;
import org.tally.extract.token.WordSet;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;
import org.tally.model.Harm;
import org.tally.model.Victims;

/** The people nouns of victim-words.tsv, the other nouns of not-people.tsv, and the words between. */
public final class VictimWords {
  /** What the words after a count say it counts. */
  public sealed interface Head permits People, NotPeople, NoNoun {}

  /**
   * People: {@code victims} is null where the noun takes the victims of the claim before it
   * ("others", "of them"); {@code harm} is the harm the noun implies ("bodies"), or null; {@code one} when the
   * noun is singular ("fighter"), so that "the" or "his" before it counts one person.
   */
  public record People(Victims victims, Harm harm, boolean one, int end) implements Head {}

  /** Something other than people ("159 reports", "130 km"): no claim, and why. */
  public record NotPeople(String what, int end) implements Head {}

  /** No noun at all ("dozens injured", "killing 18 in Hasaka"). */
  public record NoNoun() implements Head {}

  private record Entry(Victims victims, Harm harm, boolean one) {}

  private static final WordSet INHERIT = WordSet.of("others", "other", "more");
  private static final WordSet COPULAS = WordSet.of("were", "was", "are", "is");
  private static final WordSet SINGULAR_VERBS = WordSet.of("was", "is", "has");
  private static final int MAX_MODIFIERS = 4;

  private final PhraseTrie<Entry> people = new PhraseTrie<>();
  private final PhraseTrie<String> notPeople = new PhraseTrie<>();
  private final Set<String> modifiers = new HashSet<>();
  // the last words of the nouns of one person ("leader", "chief" of "police chief"): a cheap test before a head is read
  // the last words of nouns of one person, asked at nearly every capitalised word: a word set, whose bits say no fast
  private WordSet oneFinals = WordSet.of();
  // nouns of kin or company (relations.tsv): "a father of three" counts one
  private WordSet relations = WordSet.of();
  // kin nouns a word of youth makes children (young-kin.tsv): "his young daughter"
  private WordSet youngKin = WordSet.of();
  private WordSet ranks = WordSet.of();
  /** The harm cues: a one-word after-cue ("killed", "wounded") is never a name, however capitalised. */
  private final HarmCues harms;
  private final PhraseTrie<Victims> groups = new PhraseTrie<>();

  private VictimWords(HarmCues harms) {
    this.harms = harms;
  }

  public static VictimWords from(Lexicons rules) {
    return rules.built(VictimWords.class, VictimWords::read);
  }

  private static VictimWords read(Lexicons rules) {
    VictimWords words = new VictimWords(HarmCues.from(rules));
    Set<String> oneFinals = new HashSet<>();
    for (RuleRow row : rules.file(RuleFiles.VICTIM_WORDS).rows()) {
      Victims victims = enumValue(Victims.class, row, "victims");
      Harm harm = row.optional("harm").map(h -> enumValue(Harm.class, row, "harm")).orElse(null);
      words.people.add(row.get("word"), new Entry(victims, harm, row.optional("number").isPresent()));
      if (row.optional("number").isPresent()) {
        String[] parts = row.get("word").toLowerCase(Locale.ROOT).split(" ");
        oneFinals.add(parts[parts.length - 1]);
      }
    }
    words.oneFinals = WordSet.copyOf(oneFinals);
    for (RuleRow row : rules.file(RuleFiles.NOT_PEOPLE).rows()) {
      words.notPeople.add(row.get("word"), row.get("what"));
    }
    for (RuleRow row : rules.file(RuleFiles.GROUPS).rows()) {
      words.groups.add(row.get("word"), enumValue(Victims.class, row, "victims"));
    }
    for (RuleRow row : rules.file(RuleFiles.MODIFIERS).rows()) {
      words.modifiers.add(row.get("word").toLowerCase(Locale.ROOT));
    }
    words.relations = WordSet.copyOf(rules.file(RuleFiles.RELATIONS).rows().stream()
        .map(row -> row.get("word").toLowerCase(Locale.ROOT)).toList());
    words.youngKin = WordSet.copyOf(rules.file(RuleFiles.YOUNG_KIN).rows().stream()
        .map(row -> row.get("word").toLowerCase(Locale.ROOT)).toList());
    words.ranks = WordSet.copyOf(rules.file(RuleFiles.RANKS).rows().stream()
        .map(row -> row.get("word").toLowerCase(Locale.ROOT)).toList());
    return words;
  }

  static <E extends Enum<E>> E enumValue(Class<E> type, RuleRow row, String column) {
    try {
      return Enum.valueOf(type, row.get(column).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw row.error(column, "\"" + row.get(column) + "\" is not one of " + List.of(type.getEnumConstants()));
    }
  }

  /**
   * Whether the lower-cased word is a kin noun that a word of youth before it makes a child ("his young daughter",
   * young-kin.tsv); "a young man" is no child.
   */
  public boolean youngKin(String lower) {
    return youngKin.contains(lower);
  }

  /** Whether a lower-case noun is a rank both sides' forces have ("commander", "officer"; ranks.tsv). */
  public boolean rank(String lower) {
    return ranks.contains(lower);
  }

  /** Whether the lower-cased word ends a noun of one person ("leader", "chief"); a test far cheaper than {@link #head}. */
  public boolean endsOnePerson(String lower) {
    return oneFinals.contains(lower);
  }

  /**
   * True when the count at token {@code from} follows "<kin or company noun> of" (relations.tsv): "a father of three",
   * "two sons of the commander" say whose kin they are, not who else was harmed.
   */
  public boolean possessorAt(List<Token> tokens, int from) {
    return from >= 2 && tokens.get(from - 1).is("of") && relations.contains(tokens.get(from - 2).lower());
  }

  /**
   * The people a plural noun at {@code from} names when a thing follows it with no apostrophe between: "the
   * terrorists positions" (FA-KES prints no apostrophes) are the terrorists' positions, and a later "killing scores of
   * them" points back to the terrorists. Empty for a singular modifier ("militant positions"), which names no people.
   */
  public Optional<Victims> ownerOfThing(List<Token> tokens, int from) {
    Optional<PhraseTrie.Match<Entry>> person = people.longestAt(tokens, from);
    if (person.isEmpty() || person.get().value().harm() != null || person.get().value().one()
        || person.get().to() != from + 1 || !tokens.get(from).lower().endsWith("s")
        || notPeople.longestAt(tokens, person.get().to()).isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(person.get().value().victims());
  }

  /** What the tokens from {@code from} on say the count before them counts. */
  public Head head(List<Token> tokens, int from) {
    // "raised to 45 the death toll of regime forces", a monitor's "raise to 45, the death toll of ...": the toll named
    // after its figure says the people counted were killed
    int past = tollOf(tokens, from);
    if (past > from) {
      Head counted = peopleAt(tokens, past);
      return counted instanceof People p && p.victims() != null && p.harm() == null
          ? new People(p.victims(), Harm.KILLED, p.one(), p.end()) : counted;
    }
    return peopleAt(tokens, from);
  }

  private static final List<String> TOLL_OF = List.of("the", "death", "toll", "of");

  /**
   * The token after "the death toll of" (and its "the"; a comma may stand before it) at {@code from}; {@code from}
   * when none.
   */
  private static int tollOf(List<Token> tokens, int from) {
    int i = from < tokens.size() && tokens.get(from).is(",") ? from + 1 : from;
    if (i + TOLL_OF.size() > tokens.size()) {
      return from;
    }
    for (int k = 0; k < TOLL_OF.size(); k++) {
      if (!tokens.get(i + k).is(TOLL_OF.get(k))) {
        return from;
      }
    }
    int after = i + TOLL_OF.size();
    return after < tokens.size() && tokens.get(after).is("the") ? after + 1 : after;
  }

  /**
   * Whether a capitalised singular noun right after a numeral above one names a unit ("40 Commando", "3 Para"): a
   * count of many people never takes a singular noun.
   */
  private static final Pattern UNIT_NUMBER = Pattern.compile("\\d{1,3}");

  private static boolean unitNumber(List<Token> tokens, int at, Entry entry) {
    if (!entry.one() || at == 0 || !tokens.get(at).isCapitalised()) {
      return false;
    }
    String number = tokens.get(at - 1).text();
    return UNIT_NUMBER.matcher(number).matches() && Integer.parseInt(number) > 1;
  }

  private Head peopleAt(List<Token> tokens, int from) {
    // "killing a number of the terrorists", "scores of the militants": a vague quantifier that ends in "of" leaves
    // "the" before its noun, a people noun of no harm ("scores of the dead and wounded" stays a harm) (issue 11,
    // count24: read as people in count-written-2's check and count-written-4)
    if (from > 0 && from + 1 < tokens.size() && tokens.get(from).is("the") && tokens.get(from - 1).is("of")
        && peopleAt(tokens, from + 1) instanceof People past && past.victims() != null && past.harm() == null) {
      return past;
    }
    int i = skipNumberOf(tokens, from);
    // "of those killed, four were women": the noun stands after the verb; never "IS" written in capitals, the
    // group's name ("killed 10 IS members", issue 11, count14: 2 in the dev CSV read as people before)
    if (i + 1 < tokens.size() && COPULAS.contains(tokens.get(i).lower()) && !tokens.get(i).text().equals("IS")) {
      Optional<PhraseTrie.Match<Entry>> predicate = people.longestAt(tokens, i + 1);
      if (predicate.isPresent() && predicate.get().value().harm() == null) {
        Entry entry = predicate.get().value();
        return new People(entry.victims(), entry.harm(), entry.one(), predicate.get().to());
      }
    }
    // "12 ISIS members", "three SDF members": a group named before a noun of no side says whose members they are
    Victims groupBefore = null;
    for (int skipped = 0; i < tokens.size() && skipped <= MAX_MODIFIERS; skipped++) {
      Optional<PhraseTrie.Match<Entry>> person = people.longestAt(tokens, i);
      // "rebel fighters", "militia members": the last noun of a compound is its head
      Victims modifierKind = null;
      while (person.isPresent() && person.get().value().harm() == null && person.get().to() < tokens.size()) {
        Optional<PhraseTrie.Match<Entry>> head = people.longestAt(tokens, person.get().to());
        // "took 900 civilians hostage": a noun that is also a one-word harm word after the people is that harm, not
        // the compound's head
        if (head.isEmpty() || head.get().value().harm() != null || listOfPersons(tokens, person.get(), head.get())
            || head.get().to() == person.get().to() + 1 && harms.isAfterWord(tokens.get(person.get().to()).lower())) {
          break;
        }
        modifierKind = person.get().value().victims();
        person = head;
      }
      Optional<People> described = person.flatMap(p -> harmedPeople(tokens, p));
      if (described.isPresent()) {
        return described.get();
      }
      if (person.isPresent() && unitNumber(tokens, i, person.get().value())) {
        // "a Royal Marine from 40 Commando": a unit's number and name, no count of people (genres28)
        return new NotPeople("unit", person.get().to());
      }
      if (person.isPresent()) {
        Entry entry = person.get().value();
        // "23 terrorist targets", "12 militant positions", "12 police vehicles": a people noun before a thing is its
        // modifier (a singular one, or "police", which is both)
        Optional<PhraseTrie.Match<String>> thingAfter = entry.harm() == null
            ? notPeople.longestAt(tokens, person.get().to()) : Optional.empty();
        if (thingAfter.isPresent() && !beforePeopleNoun(tokens, thingAfter.get().to())) {
          return new NotPeople(thingAfter.get().value(), thingAfter.get().to());
        }
        // "12 ISIS members", "three security forces members": what comes before a noun of no side says whose they are
        Victims before = groupBefore != null ? groupBefore : modifierKind;
        Victims victims = entry.victims() == Victims.PEOPLE && entry.harm() == null && before != null
            ? before : entry.victims();
        return ofGroup(tokens, joined(tokens, new People(victims, entry.harm(), entry.one(), person.get().to())));
      }
      Optional<PhraseTrie.Match<String>> thing = notPeople.longestAt(tokens, i);
      // "seized 56 weapons" counts arms, but "two weapons facilitators" counts people: a thing right before a people
      // noun is its modifier (issue 11, releases27)
      if (thing.isPresent() && !beforePeopleNoun(tokens, thing.get().to())) {
        return new NotPeople(thing.get().value(), thing.get().to());
      }
      Token token = tokens.get(i);
      if (INHERIT.contains(token.lower()) && !modifierFollows(tokens, i + 1)) {
        // "killed in two more incidents", "two more attacks": more things, not more people (issue 11, count14)
        Optional<PhraseTrie.Match<String>> moreThings = notPeople.longestAt(tokens, i + 1);
        if (moreThings.isPresent()) {
          return new NotPeople(moreThings.get().value(), moreThings.get().to());
        }
        return new People(null, null, false, i + 1);
      }
      // groups are looked up only where a name may start (capitalised) or where the noun phrase would end: head is
      // read for most tokens of a text, and most of them are neither
      // "18 army and paramilitary troops", "70 regime and rebel fighters": modifiers joined by a conjunction still
      // lead to one noun; the head is found only where a people noun ends them
      // (the noun decides the victims: "Al-Nusra Front and rebel fighters" are fighters)
      boolean modifier = isModifier(token, tokens, i) || skipped > 0 && (token.is("and") || token.is("or"));
      Optional<PhraseTrie.Match<Victims>> group = modifier && !token.isCapitalised() ? Optional.empty()
          : groups.longestAt(tokens, i);
      if (group.isPresent() && group.get().to() < tokens.size()) {
        groupBefore = group.get().value();
        i = group.get().to();
        continue;
      }
      // "six Islamic State West Africa Province (ISWAP) terrorists": a group's acronym in brackets after its name
      if (skipped > 0 && bracketedAcronym(tokens, i)) {
        // (the brackets are no modifier of their own)
        i += 3;
        skipped--;
        continue;
      }
      // "more than twenty Islamic State (ISIL or Daesh) operatives": the group's other names in brackets (issue 11,
      // dev29: fakes-dev-20m's lead read as people)
      if (skipped > 0 && bracketedOtherNames(tokens, i)) {
        i += 5;
        skipped--;
        continue;
      }
      // "seven (female) civilians": an adjective in brackets before the noun is read as if unbracketed
      Optional<People> bracketed = skipped == 0 ? bracketedAdjective(tokens, i) : Optional.empty();
      if (bracketed.isPresent()) {
        return bracketed.get();
      }
      if (!modifier) {
        break;
      }
      i++;
    }
    return new NoNoun();
  }

  /**
   * "seven (female) civilians": one word in brackets that, with the noun after the brackets, makes a people phrase
   * ("female civilians") gives that phrase's people (issue 11, count25: fakes-dev-20k's blind run missed it).
   */
  private Optional<People> bracketedAdjective(List<Token> tokens, int i) {
    if (i + 3 >= tokens.size() || !tokens.get(i).is("(") || !tokens.get(i + 1).isWord() || !tokens.get(i + 2).is(")")) {
      return Optional.empty();
    }
    List<Token> unbracketed = new java.util.ArrayList<>(MAX_MODIFIERS + 2);
    unbracketed.add(tokens.get(i + 1));
    unbracketed.addAll(tokens.subList(i + 3, Math.min(tokens.size(), i + 3 + MAX_MODIFIERS)));
    Optional<PhraseTrie.Match<Entry>> phrase = people.longestAt(unbracketed, 0);
    if (phrase.isEmpty() || phrase.get().to() < 2 || phrase.get().value().harm() != null
        || phrase.get().value().victims() == null) {
      return Optional.empty();
    }
    Entry entry = phrase.get().value();
    return Optional.of(new People(entry.victims(), null, entry.one(), i + 2 + phrase.get().to()));
  }

  /**
   * "members of the Kurdish Internal Security Forces (Asayish)": a group's other name in brackets after it belongs to
   * the group, so the harm after the brackets stands right after the people (issue 11, count25: verify22's written-3).
   */
  private static int pastBracketedName(List<Token> tokens, int at) {
    if (at >= tokens.size() || !tokens.get(at).is("(") || at + 1 >= tokens.size()
        || !tokens.get(at + 1).isCapitalised()) {
      return at;
    }
    for (int k = at + 1; k < tokens.size() && k <= at + 5; k++) {
      if (tokens.get(k).is(")")) {
        // "a commander of the SDF (Asayish) and his bodyguard": a list after the brackets stays two people, as before
        // (joined with his kin, the commander would lose his side: attribution-written's w19)
        boolean listFollows = k + 1 < tokens.size() && (tokens.get(k + 1).is("and") || tokens.get(k + 1).is("or")
            || tokens.get(k + 1).is(","));
        return k > at + 1 && !listFollows ? k + 1 : at;
      }
      if (!tokens.get(k).isWord()) {
        return at;
      }
    }
    return at;
  }

  /** "(ISIL or Daesh)": two capitalised names joined by "or" in brackets, as a group's other names are given. */
  private static boolean bracketedOtherNames(List<Token> tokens, int i) {
    return i + 5 < tokens.size() && tokens.get(i).is("(") && tokens.get(i + 1).isWord()
        && tokens.get(i + 1).isCapitalised() && tokens.get(i + 2).is("or") && tokens.get(i + 3).isWord()
        && tokens.get(i + 3).isCapitalised() && tokens.get(i + 4).is(")");
  }

  private static boolean bracketedAcronym(List<Token> tokens, int i) {
    return i + 3 < tokens.size() && tokens.get(i).is("(") && tokens.get(i + 1).isWord()
        && tokens.get(i + 1).text().equals(tokens.get(i + 1).text().toUpperCase(java.util.Locale.ROOT))
        && tokens.get(i + 2).is(")");
  }

  /**
   * "an injured child", "six wounded civilians", "two dead soldiers": a harm word that is a harm cue of its own
   * ("wounded", harm-cues.tsv) used as an adjective before a people noun of no harm gives the harm, the noun the victims.
   */
  private Optional<People> harmedPeople(List<Token> tokens, PhraseTrie.Match<Entry> adjective) {
    Entry entry = adjective.value();
    int at = adjective.to();
    if (entry.harm() == null || at - 1 < 0 || at >= tokens.size() || !harms.isAfterWord(tokens.get(at - 1).lower())) {
      return Optional.empty();
    }
    Optional<PhraseTrie.Match<Entry>> noun = people.longestAt(tokens, at);
    if (noun.isEmpty() || noun.get().value().harm() != null || noun.get().value().victims() == null) {
      return Optional.empty();
    }
    Entry person = noun.get().value();
    return Optional.of(new People(person.victims(), entry.harm(), person.one(), noun.get().to()));
  }

  /**
   * "a man woman and child" (a list that lost its commas), not the compound "a rebel fighter": two singular nouns, the
   * second followed by "and" and a third.
   */
  private boolean listOfPersons(List<Token> tokens, PhraseTrie.Match<Entry> first, PhraseTrie.Match<Entry> second) {
    int and = second.to();
    if (!first.value().one() || !second.value().one() || and + 1 >= tokens.size() || !tokens.get(and).is("and")) {
      return false;
    }
    Optional<PhraseTrie.Match<Entry>> third = people.longestAt(tokens, and + 1);
    return third.isPresent() && third.get().value().one() && third.get().value().harm() == null;
  }

  /**
   * "30 soldiers and militiamen were killed": one count of two kinds of people is a count of people, both together.
   */
  private People joined(List<Token> tokens, People first) {
    int i = first.end();
    if (first.harm() != null || first.victims() == null || i + 1 >= tokens.size()
        || !(tokens.get(i).is("and") || tokens.get(i).is("or"))) {
      return first;
    }
    for (int j = i + 1, skipped = 0; j < tokens.size() && skipped <= MAX_MODIFIERS; j++, skipped++) {
      Optional<PhraseTrie.Match<Entry>> second = people.longestAt(tokens, j);
      if (second.isPresent()) {
        Entry entry = second.get().value();
        if (entry.harm() != null || entry.victims() == null) {
          return first;
        }
        if (first.one() && entry.one()) {
          // "the father and husband was killed" is one person; "a man and child were killed" a list of persons, each
          // counted by the finder
          boolean singular = second.get().to() < tokens.size() && SINGULAR_VERBS.contains(tokens.get(second.get().to()).lower());
          return singular ? new People(first.victims(), null, true, second.get().to()) : first;
        }
        Victims both = entry.victims() == first.victims() ? first.victims() : Victims.PEOPLE;
        return new People(both, null, false, second.get().to());
      }
      if (!isModifier(tokens.get(j), tokens, j) || tokens.get(j).is("and")) {
        return first;
      }
    }
    return first;
  }

  /**
   * "a member of the Autonomous Defence forces": the people noun reaches past its group, which names the victims where
   * the noun does not.
   */
  private People ofGroup(List<Token> tokens, People noun) {
    int i = noun.end();
    if (i >= tokens.size() || !tokens.get(i).is("of") || noun.harm() != null) {
      return noun;
    }
    i++;
    if (i < tokens.size() && (tokens.get(i).is("the") || tokens.get(i).is("a"))) {
      i++;
    }
    // "160 members of the \"Islamic State\" organization": a group's name in quotation marks (count20)
    if (i + 1 < tokens.size() && (tokens.get(i).is("\"") || tokens.get(i).is("\u201c"))) {
      i++;
    }
    for (int skipped = 0; i < tokens.size() && skipped <= MAX_MODIFIERS; skipped++, i++) {
      Optional<PhraseTrie.Match<Victims>> group = groups.longestAt(tokens, i);
      if (group.isPresent()) {
        Victims victims = noun.victims() == Victims.PEOPLE ? group.get().value() : noun.victims();
        return andGroup(tokens, new People(victims, null, noun.one(), pastBracketedName(tokens, group.get().to())));
      }
      if (!isModifier(tokens.get(i), tokens, i)) {
        break;
      }
    }
    return noun;
  }

  /**
   * "members of regime forces and affiliated militias", "members of the SDF and allied groups": a second body joined
   * by "and" belongs to the same people counted; of two kinds they are {@code people}, as "soldiers and militiamen" are.
   */
  private People andGroup(List<Token> tokens, People first) {
    int i = first.end();
    if (first.one() || i + 1 >= tokens.size() || !tokens.get(i).is("and")) {
      return first;
    }
    i++;
    if (tokens.get(i).is("the") || tokens.get(i).is("their") || tokens.get(i).is("its")) {
      i++;
    }
    for (int skipped = 0; i < tokens.size() && skipped <= MAX_MODIFIERS; skipped++, i++) {
      Optional<PhraseTrie.Match<Victims>> group = groups.longestAt(tokens, i);
      Optional<PhraseTrie.Match<Entry>> noun = group.isPresent() ? Optional.empty() : people.longestAt(tokens, i);
      if (noun.isPresent() && noun.get().value().harm() != null) {
        // "killed four fighters of the Free Syrian Army and wounded a commander": a harm word is the next verb, no body
        break;
      }
      if (group.isPresent() || noun.isPresent()) {
        Victims second = group.isPresent() ? group.get().value() : noun.get().value().victims();
        int end = group.isPresent() ? group.get().to() : noun.get().to();
        return new People(second == first.victims() ? second : Victims.PEOPLE, null, false, end);
      }
      if (!isModifier(tokens.get(i), tokens, i) || tokens.get(i).is("and")) {
        break;
      }
    }
    return first;
  }

  private boolean modifierFollows(List<Token> tokens, int i) {
    if (i >= tokens.size()) {
      return false;
    }
    if (people.longestAt(tokens, i).isPresent() || modifiers.contains(tokens.get(i).lower())) {
      return true;
    }
    // "two more Turkish soldiers", "five other pro-regime fighters", "three more SDF members": names and sides lead
    // to a people noun of their own, so the people are not those counted before
    for (int skipped = 0; i < tokens.size() && skipped <= MAX_MODIFIERS; skipped++) {
      Token token = tokens.get(i);
      Optional<PhraseTrie.Match<Victims>> group = groups.longestAt(tokens, i);
      if (group.isPresent()) {
        i = group.get().to();
      } else if (!token.is(",") && !token.is("and") && isModifier(token, tokens, i)) {
        i++;
      } else {
        return false;
      }
      if (i < tokens.size() && people.longestAt(tokens, i).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private boolean isModifier(Token token, List<Token> tokens, int i) {
    // "a 10-year-old boy", "a two-day-old baby": an age is no count of its own; "pro-regime", "Turkish-backed": a side,
    // not a noun
    String word = token.lower();
    if (modifiers.contains(word) || isAge(word) || word.startsWith("pro-") || word.startsWith("anti-")
        || word.endsWith("-backed") || word.endsWith("-led") || word.endsWith("-allied") || word.endsWith("-aligned")) {
      return true;
    }
    // "11 PKK/YPG terrorists": names joined by a slash, as by "and"
    boolean commaOrAnd = token.is(",") || token.is("and") || token.is("/");
    if (commaOrAnd) {
      return i + 1 < tokens.size() && tokens.get(i + 1).isCapitalised();
    }
    // nationalities and places: "54 Iraqi, Syrian civilians", "12 Kurdish fighters"; a headline capitalises its
    // verbs too ("Two Killed, Five Injured in Shelling"), and a harm word is no name
    return token.isWord() && token.isCapitalised() && !Character.isDigit(token.text().charAt(0))
        && i > 0 && !tokens.get(i - 1).is(".") && !harms.isAfterWord(word);
  }

  // the units an age is told in: "a 10-year-old boy", "a two-day-old baby", "a six-month-old girl", "a
  // month-and-a-half-old baby" (issue 11, count16: 20i's "killed a two-day-old baby" was missed; the dev CSV has 22 ages
  // glued by hyphens, 4 of them in days, weeks or months)
  private static final WordSet AGE_UNITS = WordSet.of("day", "days", "week", "weeks", "month", "months", "year", "years");

  /** An age glued into one word by hyphens, ending in "-old": "10-year-old", "two-day-old", "9-years-old". */
  public static boolean isAge(String word) {
    if (!word.endsWith("-old")) {
      return false;
    }
    String[] parts = word.split("-");
    for (int i = 0; i < parts.length - 1; i++) {
      if (AGE_UNITS.contains(parts[i])) {
        return true;
      }
    }
    return false;
  }

  private static int skipNumberOf(List<Token> tokens, int from) {
    // "brings to 173 the number of civilians"
    if (from + 2 < tokens.size() && tokens.get(from).is("the") && tokens.get(from + 1).is("number")
        && tokens.get(from + 2).is("of")) {
      return from + 3;
    }
    if (from < tokens.size() && tokens.get(from).is("of")) {
      return from + 1;
    }
    return from;
  }

  private boolean beforePeopleNoun(List<Token> tokens, int at) {
    return at < tokens.size() && people.longestAt(tokens, at).filter(p -> p.value().harm() == null).isPresent();
  }
}
