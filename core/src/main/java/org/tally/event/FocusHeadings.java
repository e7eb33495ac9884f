package org.tally.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;
import org.tally.model.Claim;
import org.tally.model.ClaimSection;
import org.tally.model.Harm;

/**
 * "Highlights - 19 civilians killed and 31 injured in 27 incidents ... Incident of the month: On 9 October, a bomb ...
 * killed four civilians": a periodic report that heads the one incident it highlights (focus-headings.tsv) has that
 * incident as its main one, so the main incident is chosen among the claims told after the heading and the headline's.
 * Issue 11, monitor26.
 */
final class FocusHeadings {
  private final Pattern heading;

  private FocusHeadings(Pattern heading) {
    this.heading = heading;
  }

  /** The headings of these lexicons, read once per lexicons. */
  static FocusHeadings from(Lexicons rules) {
    return rules.built(FocusHeadings.class, r -> {
      List<String> phrases = new ArrayList<>();
      for (RuleRow row : r.file(RuleFiles.FOCUS_HEADINGS).rows()) {
        phrases.add(Pattern.quote(row.get("phrase").toLowerCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q"));
      }
      // the phrase opens its line and stands alone on it or before a colon
      return new FocusHeadings(Pattern.compile("(?m)^[ \\t]*(?:" + String.join("|", phrases) + ")[ \\t]*(?::|$)",
          Pattern.CASE_INSENSITIVE));
    });
  }

  /**
   * The claims the main incident is chosen among: where a focus heading stands before a count of the dead or hurt,
   * the headline's and those told after the first such heading; else all of them.
   */
  List<Claim> chosenAmong(String text, List<Claim> claims) {
    if (text == null) {
      return claims;
    }
    Matcher m = heading.matcher(text);
    if (!m.find()) {
      return claims;
    }
    int at = m.start();
    List<Claim> after = claims.stream()
        .filter(c -> c.section() == ClaimSection.TITLE || c.evidence().start() >= at).toList();
    boolean harmAfter = after.stream().anyMatch(c -> c.section() != ClaimSection.TITLE
        && (c.harm() == Harm.KILLED || c.harm() == Harm.INJURED));
    return harmAfter ? after : claims;
  }
}
