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

  private final Pattern before;

  private FreeingVerbs(Pattern before) {
    this.before = before;
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
    return new FreeingVerbs(Pattern.compile("\\b(" + String.join("|", verbs) + ")\\s+(\\w+\\s+){0," + GAP + "}$"));
  }

  /** Whether the text right before a figure ends in a freeing verb, at most {@value #GAP} words before it. */
  public boolean freedAfter(String before) {
    return this.before.matcher(before.toLowerCase(Locale.ROOT)).find();
  }
}
