package org.tally.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;

/**
 * Words by which a press release tells another's claim that it answers or is looking into (answered-claim-cues.tsv):
 * "In response to media reports that 12 civilians were killed", "Claims that civilians were killed ... are being
 * reviewed". The figure is the claim's, not the release's own, so its total leaves it out. Issue 11, wars25
 * (twenty-second-release-03, -19).
 */
public final class AnsweredClaims {
  private final Pattern cue;

  private AnsweredClaims(Pattern cue) {
    this.cue = cue;
  }

  /** The cues of these lexicons, read once per lexicons. */
  public static AnsweredClaims from(Lexicons rules) {
    return rules.built(AnsweredClaims.class, AnsweredClaims::read);
  }

  /** The bundled cues, for the release total, which takes no lexicons. */
  public static AnsweredClaims bundled() {
    return from(Lexicons.bundled());
  }

  private static AnsweredClaims read(Lexicons rules) {
    List<String> phrases = new ArrayList<>();
    for (RuleRow row : rules.file(RuleFiles.ANSWERED_CLAIM_CUES).rows()) {
      // (each word or its plural: "media reports", "claims that", "allegations of")
      List<String> words = new ArrayList<>();
      for (String word : row.get("phrase").strip().toLowerCase(Locale.ROOT).split("\\s+")) {
        words.add(Pattern.quote(word) + "s?");
      }
      phrases.add(String.join("\\s+", words));
    }
    return new AnsweredClaims(Pattern.compile("\\b(" + String.join("|", phrases) + ")\\b"));
  }

  /**
   * Whether the words of the figure's clause before it (from the sentence's start, cut at its last comma) tell another's
   * claim: "In response to media reports that 12 civilians were killed, ISAF states that the strike killed six
   * insurgents" answers the twelve, not the six.
   */
  public boolean answered(String beforeFigure) {
    int cut = Math.max(Math.max(beforeFigure.lastIndexOf('.'), beforeFigure.lastIndexOf(';')),
        beforeFigure.lastIndexOf(','));
    return cue.matcher(beforeFigure.substring(cut + 1).toLowerCase(Locale.ROOT)).find();
  }
}
