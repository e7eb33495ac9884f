package org.tally.resolve.time;

import java.util.List;
import java.util.Locale;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.model.Span;

/**
 * Tells a time that frames something else from a time of the claim: a place's history ("Khan Sheikhoun, the site of a
 * chemical attack in April", place-histories.tsv), where a follow-up that names the place of an earlier attack is not
 * that attack's day; and a comparison's stretch ("killed 41 people, one of the deadliest attacks this year",
 * comparisons.tsv), which says what the attack is weighed against, not when it was. A comparison frames stretches
 * only: "the deadliest attack, on Tuesday, killed 40" still tells the day.
 */
final class TimeFrames {
  /** How far before the time its phrase may stand: "the site of the regime's deadly chemical attack in" fits. */
  private static final int REACH = 60;

  private final List<String> histories;
  private final List<String> comparisons;

  private TimeFrames(List<String> histories, List<String> comparisons) {
    this.histories = List.copyOf(histories);
    this.comparisons = List.copyOf(comparisons);
  }

  /** The phrases of these lexicons, built once per lexicons. */
  static TimeFrames from(Lexicons rules) {
    return rules.built(TimeFrames.class, r -> new TimeFrames(phrases(r, RuleFiles.PLACE_HISTORIES, "phrase"),
        phrases(r, RuleFiles.COMPARISONS, "word")));
  }

  private static List<String> phrases(Lexicons rules, org.tally.lexicon.RuleFileSpec file, String column) {
    return rules.file(file).rows().stream()
        .map(row -> " " + row.get(column).strip().toLowerCase(Locale.ROOT) + " ").toList();
  }

  /** True when {@code time} frames a place's history or, a stretch of more than a day, a comparison, not the claim. */
  boolean framesOther(String text, Span sentence, Span count, TimeMention time) {
    return after(histories, text, sentence, count, time.span())
        || time.end().isAfter(time.start()) && after(comparisons, text, sentence, count, time.span());
  }

  /**
   * True when {@code time} stands within {@link #REACH} characters after one of the phrases in its sentence, and
   * {@code count} is not between them.
   */
  private static boolean after(List<String> phrases, String text, Span sentence, Span count, Span time) {
    if (phrases.isEmpty()) {
      return false;
    }
    int from = Math.max(sentence.start(), time.start() - REACH);
    if (from >= time.start()) {
      return false;
    }
    String before = " " + text.substring(from, time.start()).toLowerCase(Locale.ROOT);
    for (String phrase : phrases) {
      int at = before.lastIndexOf(phrase);
      if (at >= 0) {
        int phraseStart = from + at;
        boolean countBetween = count.start() >= phraseStart && count.end() <= time.start();
        if (!countBetween) {
          return true;
        }
      }
    }
    return false;
  }
}
