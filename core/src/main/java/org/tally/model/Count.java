package org.tally.model;

import java.util.Objects;

/**
 * A count of people as written: inclusive bounds, null where unbounded (claims.md section 3).
 *
 * @param min the lower bound, or null
 * @param max the upper bound, or null
 * @param approx true for "some", "about", "around", "nearly", "roughly", "a dozen"
 * @param span where the count's words are in the document
 */
public record Count(Integer min, Integer max, boolean approx, Span span) {
  public Count {
    Objects.requireNonNull(span, "span");
    if (min == null && max == null) {
      throw new IllegalArgumentException("a count needs at least one bound at " + span);
    }
    if (min != null && max != null && max < min) {
      throw new IllegalArgumentException("max " + max + " is below min " + min + " at " + span);
    }
  }

  public static Count exactly(int n, boolean approx, Span span) {
    return new Count(n, n, approx, span);
  }

  /** Whether both bounds are known and equal: "12", "some 54", not "at least 12". */
  public boolean isExact() {
    return min != null && min.equals(max);
  }

  /** Whether the count is exactly {@code n}: "a woman", "one of the commanders" are exactly 1. */
  public boolean isExactly(int n) {
    return min != null && max != null && min == n && max == n;
  }

  /** The number a reader would quote: the exact value, else the bound that is known. */
  public int representative() {
    return min != null ? min : max;
  }
}
