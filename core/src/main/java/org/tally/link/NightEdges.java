package org.tally.link;

import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleRow;

/**
 * A night runs over midnight (night-edge-cues.tsv): one raid is "late on Monday night" to one outlet and "in the early
 * hours of Tuesday" or "at dawn on Tuesday" to another. For linking, a day the text gives with a night's words reaches
 * one day on ("night", "late"), or one day back (a "before" row; the file has none now), so that two tellings of one
 * night meet; two days' raids the texts give without such words stay apart (stated_slack_days).
 */
final class NightEdges {
  static final NightEdges NONE = new NightEdges(new PhraseMatcher());
  /** The bits a cue gives: its night runs on into the next day, or began on the day before. */
  static final long AFTER = 1L;
  static final long BEFORE = 2L;
  /** How many words before the day a cue may stand: "in the early hours of Tuesday" puts three between. */
  static final int REACH = 4;
  /** The characters before the day read for those words. */
  private static final int LOOK_BACK = 60;

  private final PhraseMatcher cues;

  private NightEdges(PhraseMatcher cues) {
    this.cues = cues;
  }

  static NightEdges load(RuleFile cueFile) {
    PhraseMatcher cues = new PhraseMatcher();
    for (RuleRow row : cueFile.rows()) {
      cues.add(row.get("phrase"), "after".equals(row.get("side")) ? AFTER : BEFORE);
    }
    return new NightEdges(cues);
  }

  /**
   * The sides ({@link #AFTER}, {@link #BEFORE}) the night of the day's words runs over: the cues in the day's own
   * words ("Monday night"), in the {@link #REACH} words before them in the sentence ("late on Monday", "at dawn on
   * Tuesday") and in the word after them; 0 when there are none, or when the sentence does not hold the day's words.
   */
  long sides(String sentence, String dayWords) {
    if (sentence == null || dayWords == null || dayWords.isEmpty()) {
      return 0;
    }
    int at = sentence.indexOf(dayWords);
    if (at < 0) {
      return 0;
    }
    String before = org.tally.resolve.time.SaidDays.lastWords(sentence.substring(Math.max(0, at - LOOK_BACK), at),
        REACH);
    // and the word right after them: a time read as "Monday" alone in "on Monday night"
    String rest = sentence.substring(at + dayWords.length()).stripLeading();
    int cut = 0;
    while (cut < rest.length() && Character.isLetter(rest.charAt(cut))) {
      cut++;
    }
    return cues.find(before + " " + dayWords + " " + rest.substring(0, cut));
  }

  /**
   * The days a one-day time reaches for linking: its day, and the next or the day before as its night runs over
   * midnight. Longer times, and times the sentence does not give, are as they are.
   */
  DaySpan widen(String sentence, String dayWords, DaySpan own) {
    if (own.days() != 1) {
      return own;
    }
    long sides = sides(sentence, dayWords);
    return sides == 0 ? own : new DaySpan((sides & BEFORE) != 0 ? own.start().minusDays(1) : own.start(),
        (sides & AFTER) != 0 ? own.end().plusDays(1) : own.end());
  }
}
