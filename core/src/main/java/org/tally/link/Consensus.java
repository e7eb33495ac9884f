package org.tally.link;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.tally.model.Count;

/**
 * What a group of claims says together, in the manner of UCDP GED and ACLED.
 *
 * <ul>
 *   <li>{@code low}: the lowest claim's best point (UCDP "low");</li>
 *   <li>{@code high}: the highest figure any claim allows: its upper bound, or its lower bound when open above;</li>
 *   <li>{@code best}: the median of the claims' best points (for an even number, the mean of the middle two,
 *       rounded down), so that one outlier outlet cannot move it far;</li>
 *   <li>{@code conservative}: the lowest exact or lower-bound figure reported (ACLED codes the lowest), null when
 *       every claim is only an upper bound ("up to 24");</li>
 *   <li>{@code contradictionSize}: how far apart two claims are that cannot both be true (their intervals, approximate
 *       ones widened by a margin, do not overlap); 0 when all can be true together;</li>
 *   <li>{@code rising}: some figures are earlier counts that a later one updates ("the toll rose to 86"), so the
 *       claims tell of a rising toll; the contradiction is then measured between the latest figures only.</li>
 * </ul>
 * A claim's best point is its exact figure, the middle of its range, or the bound it gives.
 */
public record Consensus(Integer low, Integer best, Integer high, Integer conservative, int contradictionSize,
    boolean rising) {
  public static final Consensus NONE = new Consensus(null, null, null, null, 0);

  /** Figures that are not a rising toll. */
  public Consensus(Integer low, Integer best, Integer high, Integer conservative, int contradictionSize) {
    this(low, best, high, conservative, contradictionSize, false);
  }

  /** These figures, told as a rising toll whose latest counts lie {@code latestGap} apart. */
  Consensus risingTo(int latestGap) {
    return new Consensus(low, best, high, conservative, latestGap, true);
  }

  public Consensus {
    if (contradictionSize < 0) {
      throw new IllegalArgumentException("contradiction size must not be negative: " + contradictionSize);
    }
  }

  public boolean contradiction() {
    return contradictionSize > 0;
  }

  /** The consensus of counts that all describe the same toll. */
  public static Consensus of(List<Count> counts, int approxMarginPercent) {
    if (counts.isEmpty()) {
      return NONE;
    }
    List<Integer> points = new ArrayList<>();
    Integer high = null;
    Integer conservative = null;
    Long lowestUpper = null;
    Long highestLower = null;
    for (Count count : counts) {
      points.add(bestPoint(count));
      int top = count.max() != null ? count.max() : count.min();
      high = high == null ? top : Math.max(high, top);
      if (count.min() != null) {
        conservative = conservative == null ? count.min() : Math.min(conservative, count.min());
        long lower = count.min() - margin(count, count.min(), approxMarginPercent);
        highestLower = highestLower == null ? lower : Math.max(highestLower, lower);
      }
      if (count.max() != null) {
        long upper = count.max() + margin(count, count.max(), approxMarginPercent);
        lowestUpper = lowestUpper == null ? upper : Math.min(lowestUpper, upper);
      }
    }
    Collections.sort(points);
    int gap = highestLower != null && lowestUpper != null && highestLower > lowestUpper
        ? (int) (highestLower - lowestUpper) : 0;
    return new Consensus(points.get(0), median(points), high, conservative, gap);
  }

  /**
   * The figures of a running count: those of its latest reading. A cumulative count cannot shrink, so a later
   * reading wholly below an earlier one is a contradiction; aggregate readings cover different periods and never are.
   *
   * @param readings oldest first
   */
  public static Consensus ofSeries(List<Count> readings, boolean cumulative, int approxMarginPercent) {
    if (readings.isEmpty()) {
      return NONE;
    }
    Count latest = readings.get(readings.size() - 1);
    int gap = 0;
    Long earlierLower = null;
    for (Count count : readings) {
      if (count.max() != null && earlierLower != null) {
        long upper = count.max() + margin(count, count.max(), approxMarginPercent);
        gap = (int) Math.max(gap, earlierLower - upper);
      }
      if (count.min() != null) {
        long lower = count.min() - margin(count, count.min(), approxMarginPercent);
        earlierLower = earlierLower == null ? lower : Math.max(earlierLower, lower);
      }
    }
    return new Consensus(bestPoint(latest), bestPoint(latest), latest.max() != null ? latest.max() : latest.min(),
        latest.min(), cumulative ? gap : 0);
  }

  /** The exact figure, the middle of a range (rounded down), or the one bound given. */
  public static int bestPoint(Count count) {
    if (count.min() != null && count.max() != null) {
      return (int) (((long) count.min() + count.max()) / 2);
    }
    return count.min() != null ? count.min() : count.max();
  }

  /** How much wider an approximate figure is read on each side: a share of it, at least 1; 0 for exact ones. */
  static int margin(Count count, int value, int percent) {
    return count.approx() ? Math.max(1, Math.round(value * percent / 100f)) : 0;
  }

  private static int median(List<Integer> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (int) (((long) sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2);
  }
}
