package org.tally.resolve.time;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.model.Span;

/**
 * Tells a count given as a later toll of an attack ("the toll from Monday's raid has climbed to 23", link's
 * toll-update-cues.tsv): its figure is the attack's dead counted since, so a day its sentence says the count was
 * given on ("workers said on Wednesday") is not its harm's day when the sentence names another.
 */
final class TollUpdateSentences {
  /** The characters before a count read for a cue: the longest cue and a word's gap fit. */
  private static final int LOOK_BACK = 40;
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

  /** Each cue as " word word ", lower-cased, to be found in a sentence written the same way. */
  private final List<String> cues;

  private TollUpdateSentences(List<String> cues) {
    this.cues = cues;
  }

  static TollUpdateSentences from(Lexicons rules) {
    return rules.built(TollUpdateSentences.class, r -> new TollUpdateSentences(
        r.file(RuleFiles.TOLL_UPDATE_CUES).rows().stream().map(row -> padded(row.get("phrase"))).toList()));
  }

  /**
   * True when a toll-update cue, word by word and without case, ends just before the count ("has climbed to 23"):
   * the count is the updated toll, not another figure of the sentence ("as four of the wounded died").
   */
  boolean updates(String text, Span count) {
    String before = padded(text.substring(Math.max(0, count.start() - LOOK_BACK), count.start()));
    for (String cue : cues) {
      if (before.endsWith(cue)) {
        return true;
      }
    }
    return false;
  }

  private static String padded(String text) {
    return " " + NON_LETTERS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip() + " ";
  }
}
