package org.tally.extract.scope;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tally.extract.token.PhraseTrie;
import org.tally.extract.token.Token;
import org.tally.extract.token.WordSet;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;
import org.tally.model.Scope;

/**
 * Reads a claim's scope from the cue words of scope-cues.tsv in its sentence; the broadest wins. A cue read from its
 * subject ("has killed") is none after a noun of one attack (one-event-subjects.tsv).
 */
public final class ScopeFinder {
  /** A cue's scope, and whether its subject may make it no cue ("a suicide bombing has killed 20"). */
  private record Cue(Scope scope, boolean bySubject) {}

  // how far before a subject-read cue its one-event noun may stand: "bombardment of an opposition-held town has"
  private static final int SUBJECT_REACH = 8;
  // how far before a cue a comparison may stand: "the biggest single loss of life for Russia since"; before "since",
  // further: "the biggest officially acknowledged loss of life experienced by Russian forces since"
  private static final int COMPARISON_REACH = 8;
  private static final int SINCE_COMPARISON_REACH = 12;

  private final PhraseTrie<Cue> cues = new PhraseTrie<>();
  private final PhraseTrie<Boolean> oneEvent = new PhraseTrie<>();
  private final PhraseTrie<Boolean> oneDay = new PhraseTrie<>();
  private final PhraseTrie<Boolean> wars = new PhraseTrie<>();
  private final PhraseTrie<Boolean> warCompounds = new PhraseTrie<>();
  private final Set<String> comparisons = new HashSet<>();
  private final Set<String> months = new HashSet<>();
  private final Set<String> weekdays = new HashSet<>();
  private static final WordSet RELATIVE_TO = WordSet.of("after", "later", "ago", "before", "earlier");
  // words after "between" (and an optional "the") that open a time: "between the start of the year and"
  private static final WordSet TIME_OPENERS = WordSet.of("start", "beginning", "end", "middle", "mid", "early", "late",
      "last", "this", "first", "second", "two", "dates", "years", "months", "weeks", "days", "hours", "morning",
      "evening", "night", "noon", "midnight", "dawn");

  private ScopeFinder() {}

  public static ScopeFinder from(Lexicons rules) {
    return rules.built(ScopeFinder.class, ScopeFinder::read);
  }

  private static ScopeFinder read(Lexicons rules) {
    ScopeFinder finder = new ScopeFinder();
    for (RuleRow row : rules.file(RuleFiles.SCOPE_CUES).rows()) {
      try {
        finder.cues.add(row.get("phrase"), new Cue(Scope.valueOf(row.get("scope").toUpperCase(Locale.ROOT)),
            row.bool("subject")));
      } catch (IllegalArgumentException e) {
        throw row.error("scope", "\"" + row.get("scope") + "\" is not incident, aggregate or cumulative");
      }
    }
    rules.file(RuleFiles.ONE_EVENT_SUBJECTS).rows()
        .forEach(r -> finder.oneEvent.add(r.get("noun"), true));
    rules.file(RuleFiles.ONE_DAY_WORDS).rows()
        .forEach(r -> finder.oneDay.add(r.get("phrase"), true));
    rules.file(RuleFiles.WAR_NOUNS).rows()
        .forEach(r -> finder.wars.add(r.get("noun"), true));
    rules.file(RuleFiles.WAR_COMPOUNDS).rows()
        .forEach(r -> finder.warCompounds.add(r.get("noun"), true));
    rules.file(RuleFiles.COMPARISONS).rows()
        .forEach(r -> finder.comparisons.add(r.get("word").toLowerCase(Locale.ROOT)));
    rules.file(RuleFiles.CALENDAR_WORDS).rows()
        .forEach(r -> finder.months.add(r.get("word").toLowerCase(Locale.ROOT)));
    rules.file(RuleFiles.WEEKDAY_NAMES).rows()
        .forEach(r -> finder.weekdays.add(r.get("name").toLowerCase(Locale.ROOT)));
    return finder;
  }

  /**
   * The scope the tokens {@code [from, to)} give to the count whose people end at {@code countEnd}; tokens inside
   * {@code skip} (the counts) are not cues. A period told shortly
   * into a relative clause after them is that clause's ("arrested four men suspected of helping a bomber who attacked
   * a checkpoint last week", "killed 20 people, which brings the number killed this year to 400"), and so is one of a
   * running total told after them ("a shepherd was killed, bringing the number killed since early 2022 to 137"). A
   * tense read from its subject ("has killed") is no period for one person ({@code onePerson}: "troops have killed the
   * group's commander"): one death is one event.
   */
  public Scope find(List<Token> tokens, int from, int to, List<int[]> skip, int countEnd, boolean onePerson) {
    int relative = relativeAfter(tokens, countEnd, to);
    Scope scope = Scope.INCIDENT;
    List<Token> window = tokens.subList(from, to);
    // "Air strikes have killed 12 civilians in Idlib on Monday": a tense is no period where a day is named
    boolean oneDayNamed = oneDay.first(window).isPresent();
    for (PhraseTrie.Match<Cue> match : cues.findAll(window)) {
      int at = from + match.from();
      boolean inCount = skip.stream().anyMatch(r -> at >= r[0] && at < r[1]);
      boolean oneEventSubject = match.value().bySubject()
          && (onePerson || oneDayNamed || oneEventBefore(tokens, Math.max(from, at - SUBJECT_REACH), at));
      int end = from + match.to();
      // "days after the shelling", "weeks later": a span counted from one day is a point in time, not a period
      boolean pointInTime = match.value().scope() == Scope.AGGREGATE && (end < tokens.size()
          && RELATIVE_TO.contains(tokens.get(end).lower())
          // "in August last year", "in March this year": a month of the year named is a date
          || at > 0 && months.contains(tokens.get(at - 1).lower())
          // "last week's car bomb which killed nine", "last weeks attack": the period dates the attack it names
          || datesAttack(tokens, end));
      // a relative clause's own period ("who attacked a checkpoint last week"), a running total's ("bringing the number
      // killed since early 2022 to 137")
      boolean clausePeriod = at > relative && at - relative <= RELATIVE_REACH;
      // "since the morning of 15 March 2011": a time of day dated further is no longer today's
      Scope cued = match.value().scope() == Scope.INCIDENT && end < tokens.size() && tokens.get(end).is("of")
          ? Scope.CUMULATIVE : match.value().scope();
      if (!inCount && !oneEventSubject && !pointInTime && !clausePeriod && !compared(tokens, from, at)
          && !betweenNoTime(tokens, from, at)
          && cued.ordinal() > scope.ordinal()) {
        scope = cued;
      }
    }
    int war = inWholeWar(tokens, from, countEnd, to);
    if (war >= 0 && !compared(tokens, from, war)) {
      scope = Scope.CUMULATIVE;
    }
    return scope;
  }

  // the prepositions that set a figure inside a whole war: "killed in the war", "the death toll from the conflict"
  private static final WordSet INTO = WordSet.of("in", "of", "from", "throughout", "during");
  // how many words may stand between the preposition and the war's noun: "in the three-year-old rebellion", "in
  // Syria's multi-front conflict" (hyphens and "'s" apart)
  private static final int WAR_MODIFIERS = 4;
  // words that open another clause: a war named after one is that clause's ("… killed 72 people as world leaders
  // grasped for a response to the latest atrocity in Syria's civil war")
  private static final WordSet CLAUSE_OPENERS = WordSet.of("as", "while", "when", "after", "before", "because",
      "which", "that", "who", "whose", "where", "but", "amid");

  /**
   * The token of "in", "of", "from", "throughout" or "during" after the count's people ({@code countEnd}), or after
   * "toll" before them, that sets the count inside a whole war (war-nouns.tsv: "more than 146,000 people have died in
   * Syria's three-year war"), or -1. The war's noun must end its phrase (not "a war monitor", war-compounds.tsv), no
   * other clause may open before it, and the words between the preposition and the noun name no attack.
   */
  private int inWholeWar(List<Token> tokens, int from, int countEnd, int to) {
    // before the count, a war's toll ("put the death toll from the six-year conflict at more than 470,000") or a
    // figure joined to one told in the war ("… have been killed in the war, and millions have been displaced")
    for (int i = Math.max(1, from); i < countEnd && i < to; i++) {
      if (INTO.contains(tokens.get(i).lower()) && (tokens.get(i - 1).is("toll") || joinedAfter(tokens, i, countEnd))
          && warAfter(tokens, i + 1, to)) {
        return i;
      }
    }
    for (int i = Math.max(0, countEnd); i < to; i++) {
      String word = tokens.get(i).lower();
      if (CLAUSE_OPENERS.contains(word)) {
        return -1;
      }
      if (INTO.contains(word) && warAfter(tokens, i + 1, to)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean joinedAfter(List<Token> tokens, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (tokens.get(i).is("and")) {
        return true;
      }
    }
    return false;
  }

  private boolean warAfter(List<Token> tokens, int from, int to) {
    int words = 0;
    for (int j = from; j < to && words <= WAR_MODIFIERS; j++) {
      Optional<PhraseTrie.Match<Boolean>> noun = wars.longestAt(tokens, j);
      if (noun.isPresent() && endsPhrase(tokens, noun.get().to(), to)) {
        return true;
      }
      Token word = tokens.get(j);
      if (!word.isWord() && !word.is("-") && !word.is("'s") && !word.is("\u2019s") || INTO.contains(word.lower())
          || CLAUSE_OPENERS.contains(word.lower()) || comparisons.contains(word.lower())
          || oneEvent.longestAt(tokens, j).isPresent()) {
        return false;
      }
      if (word.isWord()) {
        words++;
      }
    }
    return false;
  }

  /** Whether the war's noun ends its phrase: no hyphen ("war-torn") and no noun of war-compounds.tsv follows it. */
  private boolean endsPhrase(List<Token> tokens, int after, int to) {
    return after >= to || !tokens.get(after).is("-") && warCompounds.longestAt(tokens, after).isEmpty();
  }

  // words opening a clause of its own after the people counted: a relative pronoun, or a running total's participle
  private static final WordSet RELATIVES = WordSet.of("who", "which", "that", "whom", "bringing", "raising", "taking",
      "pushing");
  // how far into a relative clause its period may stand: "who attacked a police checkpoint in Kabul last week"
  private static final int RELATIVE_REACH = 12;

  /** The first relative pronoun or running total's participle in {@code [countEnd, to)}, or {@code to}. */
  private static int relativeAfter(List<Token> tokens, int countEnd, int to) {
    for (int i = Math.max(0, countEnd); i < to; i++) {
      if (RELATIVES.contains(tokens.get(i).lower())) {
        return i;
      }
    }
    return to;
  }

  /** "the deadliest attack since 2016": a comparison word shortly before the cue; the count is still one attack's. */
  private boolean compared(List<Token> tokens, int from, int at) {
    // a "since" may date a comparison from further off than another cue: "the heaviest fighting of the war, which has
    // killed" compares the fighting, and the war's toll is still the war's
    int reach = tokens.get(at).is("since") ? SINCE_COMPARISON_REACH : COMPARISON_REACH;
    for (int i = Math.max(from, at - reach); i < at; i++) {
      if (comparisons.contains(tokens.get(i).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "clashes between two factions", "a region between the villages of A and B": a "between" names a period only where a
   * time follows ("between March and May", "between Tuesday and Wednesday", "between 2011 and 2015", "between the
   * start of the year and June"); before sides or places it is no cue.
   */
  private boolean betweenNoTime(List<Token> tokens, int from, int at) {
    if (!tokens.get(at).is("between")) {
      return false;
    }
    int next = at + 1 < tokens.size() && tokens.get(at + 1).is("the") ? at + 2 : at + 1;
    if (next >= tokens.size()) {
      return false;
    }
    String word = tokens.get(next).lower();
    boolean time = weekdays.contains(word) || months.contains(word) || TIME_OPENERS.contains(word)
        || Character.isDigit(word.charAt(0));
    return !time;
  }

  // how many words may stand between a period's possessive and the attack it dates: "last week's suicide car bomb"
  private static final int ATTACK_MODIFIERS = 2;
  // words after which the noun no longer follows the period as its attack: "three weeks of bombardment"
  private static final WordSet NOT_MODIFIERS = WordSet.of("of", "in", "on", "by", "from", "and", "to", "for", "with",
      "the", "a", "an");

  /**
   * True when a noun of one attack (one-event-subjects.tsv) follows the period ending at {@code end}, after an optional
   * possessive and at most {@link #ATTACK_MODIFIERS} words ("last week's car bomb", "last weeks suicide attack"): the
   * period is that attack's date, and the count told of it is the attack's toll, not the period's.
   */
  private boolean datesAttack(List<Token> tokens, int end) {
    int j = end;
    if (j < tokens.size() && (tokens.get(j).is("'s") || tokens.get(j).is("\u2019s"))) {
      j++;
    }
    for (int words = 0; j < tokens.size() && words <= ATTACK_MODIFIERS; j++, words++) {
      if (oneEvent.longestAt(tokens, j).isPresent()) {
        return true;
      }
      Token word = tokens.get(j);
      if (!word.isWord() || NOT_MODIFIERS.contains(word.lower())) {
        return false;
      }
    }
    return false;
  }

  private boolean oneEventBefore(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (oneEvent.longestAt(tokens, i).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
