package org.tally.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;

/**
 * Tells a figure that its own sentence gives as an earlier count (earlier-figure-cues.tsv), by the words before it: one
 * the text has replaced ("an earlier version of this release said that two civilians were killed", "had given a death
 * toll of 17", "up from 25") or a first, provisional one that a later count may replace ("initial reports said three
 * people were killed"). The one reading of such figures for the release total and the main incident (event) and for
 * link, where a replaced figure stays in its incident but does not widen its range.
 */
public final class EarlierFigures {
  /** What the cue says of the figure. */
  public enum Kind {
    /** The text has replaced the figure: "an earlier version said", "up from". */
    REPLACED,
    /** The figure is a first word that a later count may replace: "initial reports said". */
    PROVISIONAL
  }

  /** Where the cue may stand. */
  private enum Reach {
    /** Right before the figure, at most {@value #GAP} words between: "an earlier toll of at least 15". */
    ADJACENT,
    /** Anywhere before the figure in its sentence (past the last full stop or semicolon). */
    SENTENCE
  }

  private record Cue(List<String> words, Kind kind, Reach reach) {}

  // words allowed between an adjacent cue and the figure: "an earlier toll of at least 15", "up from about 20"
  private static final int GAP = 2;

  private final List<Cue> cues;

  private EarlierFigures(List<Cue> cues) {
    this.cues = cues;
  }

  /** The cues of these lexicons, read once per lexicons. */
  public static EarlierFigures from(Lexicons rules) {
    return rules.built(EarlierFigures.class, EarlierFigures::read);
  }

  /** The bundled cues, for the readings of the release total and the main incident that take no lexicons. */
  public static EarlierFigures bundled() {
    return from(Lexicons.bundled());
  }

  private static EarlierFigures read(Lexicons rules) {
    List<Cue> cues = new ArrayList<>();
    for (RuleRow row : rules.file(RuleFiles.EARLIER_FIGURE_CUES).rows()) {
      List<String> words = words(row.get("phrase"));
      if (words.isEmpty()) {
        throw new IllegalArgumentException("an earlier-figure cue needs a word: \"" + row.get("phrase") + "\"");
      }
      cues.add(new Cue(List.copyOf(words), Kind.valueOf(row.get("kind").toUpperCase(Locale.ROOT)),
          Reach.valueOf(row.get("reach").toUpperCase(Locale.ROOT))));
    }
    return new EarlierFigures(List.copyOf(cues));
  }

  /** Whether the text before a figure (from its sentence's start) gives it as an earlier count of either kind. */
  public boolean earlier(String before) {
    return find(before, null);
  }

  /** Whether the text before a figure gives it as a count the text has replaced. */
  public boolean replaced(String before) {
    return find(before, Kind.REPLACED);
  }

  /** Whether the text before a figure gives it as an earlier count of {@code kind}. */
  public boolean earlier(String before, Kind kind) {
    return find(before, kind);
  }

  private boolean find(String before, Kind kind) {
    List<String> all = words(before);
    int cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf(';'));
    List<String> clause = cut < 0 ? all : words(before.substring(cut + 1));
    for (Cue cue : cues) {
      if (kind != null && cue.kind() != kind) {
        continue;
      }
      List<String> words = cue.reach() == Reach.ADJACENT ? all : clause;
      int last = words.size() - cue.words().size();
      int first = cue.reach() == Reach.ADJACENT ? Math.max(0, last - GAP) : 0;
      for (int at = first; at <= last; at++) {
        if (matches(words, at, cue.words())) {
          return true;
        }
      }
    }
    return false;
  }

  // a cue's word matches the text's word or its plural: "initial report" reads "initial reports said"
  private static boolean matches(List<String> words, int at, List<String> cue) {
    for (int k = 0; k < cue.size(); k++) {
      String word = words.get(at + k);
      if (!word.equals(cue.get(k)) && !word.equals(cue.get(k) + "s")) {
        return false;
      }
    }
    return true;
  }

  /** The text's words: runs of letters and digits, in lower case. */
  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean part = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
      if (part && start < 0) {
        start = i;
      } else if (!part && start >= 0) {
        out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return out;
  }
}
