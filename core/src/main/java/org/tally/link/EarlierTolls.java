package org.tally.link;

import org.tally.event.EarlierFigures;
import org.tally.model.Claim;

/**
 * Tells a figure the text gives as an earlier count it has since replaced ("which on Thursday had given a death toll of
 * 17", "up from 30") by the words before it in its sentence, as {@link EarlierFigures} reads them (earlier-figure-cues.tsv,
 * kind replaced). Such a figure stays in its incident, but it does not widen the incident's range: the same outlet has
 * told the later figure.
 */
final class EarlierTolls {
  static final EarlierTolls NONE = new EarlierTolls(null);

  private final EarlierFigures figures;

  private EarlierTolls(EarlierFigures figures) {
    this.figures = figures;
  }

  static EarlierTolls of(EarlierFigures figures) {
    return new EarlierTolls(figures);
  }

  /** True when the claim's own sentence gives its figure as an earlier, replaced count. */
  boolean isEarlier(ClaimRef ref) {
    Claim claim = ref.claim();
    int at = claim.count().span().start() - claim.evidence().start();
    String quote = ref.quote();
    return quote != null && at >= 0 && at <= quote.length() && isEarlierAfter(quote.substring(0, at));
  }

  /** True when the text that stands before a figure gives it as a replaced count. */
  boolean isEarlierAfter(String before) {
    return figures != null && figures.replaced(before);
  }
}
