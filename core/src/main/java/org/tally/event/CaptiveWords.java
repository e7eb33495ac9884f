package org.tally.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;

/**
 * Words by which a release tells people held by others (captive-words.tsv): "the bodies of three abducted road
 * workers", "insurgents kidnapped two teachers". They are no detention by the release's force, so its total of
 * detentions leaves them out. Issue 11, wars24 (twentieth-release-07).
 */
public final class CaptiveWords {
  private final Pattern before;
  private final Pattern after;

  private CaptiveWords(Pattern before, Pattern after) {
    this.before = before;
    this.after = after;
  }

  /** The words of these lexicons, read once per lexicons. */
  public static CaptiveWords from(Lexicons rules) {
    return rules.built(CaptiveWords.class, CaptiveWords::read);
  }

  /** The bundled words, for the release total, which takes no lexicons. */
  public static CaptiveWords bundled() {
    return from(Lexicons.bundled());
  }

  private static CaptiveWords read(Lexicons rules) {
    List<String> words = new ArrayList<>();
    for (RuleRow row : rules.file(RuleFiles.CAPTIVE_WORDS).rows()) {
      words.add(Pattern.quote(row.get("word").toLowerCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q"));
    }
    String any = "(" + String.join("|", words) + ")";
    return new CaptiveWords(Pattern.compile("\\b" + any + "\\s+(\\w+\\s+){0,2}$"),
        // "three abducted workers"; "the engineers taken hostage"; "who was abducted with them"
        // (not an active verb of the people counted: "two men abducted a teacher" are the abductors)
        Pattern.compile("^\\s+((\\w+\\s+)?" + any + "\\b(?!\\s+(a|an|the|his|her|their|one|two|three|four|five|\\d+)\\b)"
            + "|[\\w' -]{0,40}?\\b(was|were|had\\s+been|have\\s+been)\\s+" + any + "\\b)"));
  }

  /** Whether the words around a figure, right before and right after it in its clause, tell its people held. */
  public boolean held(String beforeFigure, String afterFigure) {
    return before.matcher(beforeFigure.toLowerCase(Locale.ROOT)).find()
        || after.matcher(afterFigure.toLowerCase(Locale.ROOT).split("[,;.]", 2)[0]).find();
  }
}
