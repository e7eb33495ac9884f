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
}
