package org.tally.event;

import java.util.regex.Pattern;
import org.tally.model.Claim;
import org.tally.model.ClaimPlace;

/**
 * "Yangon, 3 July 2023 – An artillery shell ... fell on a monastery in Myaing township" under "Artillery shell hits
 * monastery in Magway region": a claim placed only by its report's dateline, the city the report was filed from, says
 * nothing of where the incident was, so it is no claim of another place than the headline's (issue 11, monitor27).
 */
final class DatelinePlaces {
  // the rest of a dateline after its city: ", 3 July 2023 –", " (Nov. 3, 2011) –"
  private static final Pattern DATELINE_REST = Pattern.compile("^[,\\s]*\\(?[\\w .,]{0,30}\\d{4}\\)?\\s*[\\u2013\\u2014-]");

  private DatelinePlaces() {}

  static boolean placedByDateline(String text, Claim claim) {
    ClaimPlace at = claim.location();
    if (text == null || at == null || at.span() == null || at.span().end() > text.length()) {
      return false;
    }
    int start = at.span().start();
    boolean lineStart = start == 0 || text.charAt(start - 1) == '\n';
    return lineStart && DATELINE_REST.matcher(text.substring(at.span().end(), Math.min(text.length(),
        at.span().end() + 40))).find();
  }
}
