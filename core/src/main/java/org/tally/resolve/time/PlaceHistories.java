package org.tally.resolve.time;

import java.util.List;
import java.util.Locale;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.model.Span;

/**
 * Tells a time that dates a place's history ("Khan Sheikhoun, the site of a chemical attack in April") from a time of
 * the claim, by the phrases of place-histories.tsv: a follow-up that names the place of an earlier attack is not that
 * attack's day.
 */
final class PlaceHistories {
  /** How far before the time its phrase may stand: "the site of the regime's deadly chemical attack in" fits. */
  private static final int REACH = 60;

  private final List<String> phrases;

  private PlaceHistories(List<String> phrases) {
    this.phrases = List.copyOf(phrases);
  }

  /** The phrases of these lexicons, built once per lexicons. */
  static PlaceHistories from(Lexicons rules) {
    return rules.built(PlaceHistories.class, r -> new PlaceHistories(r.file(RuleFiles.PLACE_HISTORIES).rows().stream()
        .map(row -> " " + row.get("phrase").strip().toLowerCase(Locale.ROOT) + " ").toList()));
  }

  /** No phrases: every time may date a claim (for choosers built without rules). */
  static PlaceHistories none() {
    return new PlaceHistories(List.of());
  }

  /**
   * True when {@code time} stands within {@link #REACH} characters after a phrase of its sentence, and {@code count}
   * is not between them: the time dates the place's history.
   */
  boolean dateHistory(String text, Span sentence, Span count, Span time) {
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
