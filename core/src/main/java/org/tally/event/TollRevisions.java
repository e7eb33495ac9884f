package org.tally.event;

import java.util.Locale;
import java.util.regex.Pattern;
import org.tally.model.Claim;

/**
 * "The toll was later revised to 15 after two of those reported dead were found alive", "the army's first statement
 * spoke of four soldiers killed; the toll was later revised to nine": a figure the text gives as a revision of the
 * toll replaces the figure before it, lower or higher (a rise alone, "has risen to", may be another source's count or
 * a part of the dead, and replaces only a lower toll). Issue 11, genres29.
 */
final class TollRevisions {
  // the toll's noun, a verb of revision, then "to" right before the figure, in one clause
  private static final Pattern REVISED = Pattern.compile("\\b(toll|number|figure|count)\\b[^.;]*\\b(revised|corrected"
      + "|lowered|reduced|amended)\\s+(down(ward)?\\s+|up(ward)?\\s+)?to\\s*$");

  private TollRevisions() {}

  /** Whether the claim's figure is told as the revised toll. */
  static boolean revises(String text, Claim claim) {
    if (text == null) {
      return false;
    }
    int from = SemicolonClauses.start(text, claim);
    return REVISED.matcher(text.substring(from, claim.count().span().start()).toLowerCase(Locale.ROOT)).find();
  }

  /**
   * Whether {@code later}, a figure of the same sentence after {@code earlier}, revises it: a semicolon or comma, then
   * the revision ("killing four soldiers; the toll was later revised to nine").
   */
  static boolean revisedInSentence(String text, Claim earlier, Claim later) {
    if (text == null || !earlier.evidence().equals(later.evidence())
        || later.count().span().start() <= earlier.count().span().end()) {
      return false;
    }
    String between = text.substring(earlier.count().span().end(), later.count().span().start());
    return (between.contains(";") || between.contains(",")) && revises(text, later);
  }
}
