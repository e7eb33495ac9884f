package org.tally.link;

import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleRow;

/**
 * Tells the day something was said from the day of the harm (statement-day-cues.tsv): in "a monitor said on Sunday"
 * or "traded assertions Wednesday" the stated day is when the words came, and the attack may be days older; in
 * "were killed on Sunday" it is the attack's. Linking holds a report to the days its text gives the harm, never to a
 * statement's day.
 */
final class StatementDays {
  static final StatementDays NONE = new StatementDays(new PhraseMatcher());
  /** How many words before the day a cue may stand: "told SANA late on Tuesday" puts three between. */
  static final int REACH = 4;
  /** The characters before the day read for those words: four words fit, and a long sentence is not read whole. */
  private static final int LOOK_BACK = 80;

  private final PhraseMatcher cues;

  private StatementDays(PhraseMatcher cues) {
    this.cues = cues;
  }

  static StatementDays load(RuleFile cueFile) {
    PhraseMatcher cues = new PhraseMatcher();
    for (RuleRow row : cueFile.rows()) {
      cues.add(row.get("phrase"), 1L);
    }
    return new StatementDays(cues);
  }

  /**
   * True when a cue stands among the {@link #REACH} words (between blanks) before the day's words in the sentence: the day is when
   * something was said. False when the sentence does not hold the day's words (the day came from elsewhere).
   */
  boolean saidOn(String sentence, String dayWords) {
    if (sentence == null || dayWords == null || dayWords.isEmpty()) {
      return false;
    }
    int at = sentence.indexOf(dayWords);
    if (at < 0) {
      return false;
    }
    String before = org.tally.resolve.time.SaidDays.lastWords(sentence.substring(Math.max(0, at - LOOK_BACK), at), REACH);
    return cues.find(String.join(" ", PhraseMatcher.words(before))) != 0;
  }
}
