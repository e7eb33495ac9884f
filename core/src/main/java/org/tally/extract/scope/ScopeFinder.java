package org.tally.extract.scope;

import java.util.List;
import java.util.Set;
import java.util.HashSet;
import java.util.Locale;
import org.tally.extract.token.PhraseTrie;
import org.tally.extract.token.Token;
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
  // how far before "since" a comparison may stand: "the biggest single loss of life for Russia since"
  private static final int COMPARISON_REACH = 8;

  private final PhraseTrie<Cue> cues = new PhraseTrie<>();
  private final PhraseTrie<Boolean> oneEvent = new PhraseTrie<>();
  private final PhraseTrie<Boolean> oneDay = new PhraseTrie<>();
  private final Set<String> comparisons = new HashSet<>();
  private final Set<String> sides = new HashSet<>();
  private final Set<String> months = new HashSet<>();
  private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");
  // how far after a noun of fighting its "between" may stand: "clashes that erupted on Monday between"
  private static final int SIDES_REACH = 6;

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
    rules.file(RuleFiles.COMPARISONS).rows()
        .forEach(r -> finder.comparisons.add(r.get("word").toLowerCase(Locale.ROOT)));
    rules.file(RuleFiles.CALENDAR_WORDS).rows()
        .forEach(r -> finder.months.add(r.get("word").toLowerCase(Locale.ROOT)));
    rules.file(RuleFiles.SIDES_WORDS).rows()
        .forEach(r -> finder.sides.add(r.get("word").toLowerCase(Locale.ROOT)));
    return finder;
  }

  /** The scope the tokens {@code [from, to)} give; tokens inside {@code skip} (the counts) are not cues. */
  public Scope find(List<Token> tokens, int from, int to, List<int[]> skip) {
    Scope scope = Scope.INCIDENT;
    List<Token> window = tokens.subList(from, to);
    // "Air strikes have killed 12 civilians in Idlib on Monday": a tense is no period where a day is named
    boolean oneDayNamed = !oneDay.findAll(window).isEmpty();
    for (PhraseTrie.Match<Cue> match : cues.findAll(window)) {
      int at = from + match.from();
      boolean inCount = skip.stream().anyMatch(r -> at >= r[0] && at < r[1]);
      boolean oneEventSubject = match.value().bySubject()
          && (oneDayNamed || oneEventBefore(tokens, Math.max(from, at - SUBJECT_REACH), at));
      if (!inCount && !oneEventSubject && !compared(tokens, from, at) && !sidesNamed(tokens, from, at)
          && match.value().scope().ordinal() > scope.ordinal()) {
        scope = match.value().scope();
      }
    }
    return scope;
  }

  /** "the deadliest attack since 2016": a comparison word shortly before the cue; the count is still one attack's. */
  private boolean compared(List<Token> tokens, int from, int at) {
    for (int i = Math.max(from, at - COMPARISON_REACH); i < at; i++) {
      if (comparisons.contains(tokens.get(i).lower())) {
        return true;
      }
    }
    return false;
  }

  /** "clashes between two factions": a "between" after a noun of fighting names its sides, not a period. */
  private boolean sidesNamed(List<Token> tokens, int from, int at) {
    // "fighting between Tuesday and Wednesday", "between March and May": a time after it is a period still
    if (!tokens.get(at).is("between") || at + 1 < tokens.size() && (WEEKDAYS.contains(tokens.get(at + 1).lower())
        || months.contains(tokens.get(at + 1).lower()) || Character.isDigit(tokens.get(at + 1).text().charAt(0)))) {
      return false;
    }
    for (int i = Math.max(from, at - SIDES_REACH); i < at; i++) {
      if (sides.contains(tokens.get(i).lower())) {
        return true;
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
