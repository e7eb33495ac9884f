package org.tally.link;

import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleRow;

/**
 * Tells a later figure of an incident from a first one by its words ("the death toll rose to 86";
 * toll-update-cues.tsv): an update links with the incident's lower, earlier figures and makes its toll a rising one,
 * not a contradiction.
 */
final class TollUpdates {
  static final TollUpdates NONE = new TollUpdates(new PhraseMatcher());
  /** The bit a toll update gives, apart from those of {@link AttackTypes}. */
  static final long BIT = 1L << 63;

  private final PhraseMatcher cues;

  private TollUpdates(PhraseMatcher cues) {
    this.cues = cues;
  }

  static TollUpdates load(RuleFile cueFile) {
    PhraseMatcher cues = new PhraseMatcher();
    for (RuleRow row : cueFile.rows()) {
      cues.add(row.get("phrase"), BIT);
    }
    return new TollUpdates(cues);
  }

  PhraseMatcher cues() {
    return cues;
  }

  /** True when the bits a matcher that holds these cues found include an update. */
  static boolean within(long found) {
    return (found & BIT) != 0;
  }

  /** True when the sentence gives its figure as an update of an earlier one. */
  boolean isUpdate(String sentence) {
    return cues.find(sentence) != 0;
  }

  /**
   * True when an update's words stand among the {@link #COUNT_REACH} words before the day's words: "the toll from
   * Sundays truck bomb climbed to 30 on Tuesday" dates the count, and the attack may be days older, as a statement's
   * day does (StatementDays). False when the sentence does not hold the day's words.
   */
  boolean countedOn(String sentence, String dayWords) {
    if (sentence == null || dayWords == null || dayWords.isEmpty()) {
      return false;
    }
    int at = sentence.indexOf(dayWords);
    if (at < 0) {
      return false;
    }
    String before = org.tally.resolve.time.SaidDays.lastWords(sentence.substring(Math.max(0, at - LOOK_BACK), at),
        COUNT_REACH);
    return cues.find(before) != 0;
  }

  /** "rose to at least 21 on Monday": the cue, its figure and the words around it fit in six words. */
  static final int COUNT_REACH = 6;
  /** The characters before the day read for those words. */
  private static final int LOOK_BACK = 100;
}
