package org.tally.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;

/**
 * Verbs by which a release tells people its force set free (freeing-verbs.tsv): "rescued 23 kidnapped civilians",
 * "freed two hostages". They were held by others, so a release's total of detentions leaves them out.
 */
public final class FreeingVerbs {
  // how many words may stand between the verb and the figure: "freed all 12 hostages", "rescued the two kidnapped"
  private static final int GAP = 2;
  // how far the passive verb may stand after the figure, past its noun phrase: "17 kidnapped civilians were rescued"
  private static final int PASSIVE_REACH = 40;

  private final Pattern before;
  private final Pattern passive;

  private FreeingVerbs(Pattern before, Pattern passive) {
    this.before = before;
    this.passive = passive;
  }

  /** The verbs of these lexicons, read once per lexicons. */
  public static FreeingVerbs from(Lexicons rules) {
    return rules.built(FreeingVerbs.class, FreeingVerbs::read);
  }

  /** The bundled verbs, for the release total, which takes no lexicons. */
  public static FreeingVerbs bundled() {
    return from(Lexicons.bundled());
  }

  private static FreeingVerbs read(Lexicons rules) {
    List<String> verbs = new ArrayList<>();
    for (RuleRow row : rules.file(RuleFiles.FREEING_VERBS).rows()) {
      verbs.add(Pattern.quote(row.get("verb").toLowerCase(Locale.ROOT)));
    }
    String any = String.join("|", verbs);
    return new FreeingVerbs(Pattern.compile("\\b(" + any + ")\\s+(\\w+\\s+){0," + GAP + "}$"),
        Pattern.compile("^[\\w' -]{0," + PASSIVE_REACH + "}?\\b(was|were|have\\s+been|has\\s+been|had\\s+been)\\s+("
            + any + ")\\b"));
  }

  /**
   * Whether the text right after a figure tells its people set free in the passive, in the figure's own clause: "17
   * kidnapped civilians were rescued from their captors" (wars24: twentieth-release-15).
   */
  public boolean freedPassive(String after) {
    return passive.matcher(after.toLowerCase(Locale.ROOT)).find();
  }

  /** Whether the text right before a figure ends in a freeing verb, at most {@value #GAP} words before it. */
  public boolean freedAfter(String before) {
    return this.before.matcher(before.toLowerCase(Locale.ROOT)).find();
  }
}
