package org.tally.event;

import org.tally.model.Claim;

/** Where a count's clause opens in its sentence: after the last semicolon before the count, else at the sentence. */
final class SemicolonClauses {
  private SemicolonClauses() {}

  static int start(String text, Claim claim) {
    int start = claim.evidence().start();
    int semicolon = text.lastIndexOf(';', claim.count().span().start() - 1);
    return semicolon >= start ? semicolon + 1 : start;
  }
}
