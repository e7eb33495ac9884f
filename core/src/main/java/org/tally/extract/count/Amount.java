package org.tally.extract.count;

/**
 * What the grammar read from token {@code start} up to token {@code end}: bounds still as longs (a scale can push
 * them past an int; {@link CountParser} drops those), before the mention is built.
 *
 * @param start the first token
 * @param end the token after the last
 * @param min the lower bound, or null
 * @param max the upper bound, or null
 * @param number an exact amount that a qualifier or a range may take ("18", "a dozen"; not "a", not "dozens")
 * @param range read from a range pattern
 * @param scale the scale word it ended with, 1 if none ("30 thousand": 1000), for "20 to 30 thousand"
 */
record Amount(int start, int end, Long min, Long max, boolean approx, CountForm form, boolean number, boolean range,
    long scale) {

  static Amount exact(int start, int end, long n, boolean approx, CountForm form, long scale) {
    return new Amount(start, end, n, n, approx, form, true, false, scale);
  }

  static Amount longer(Amount a, Amount b) {
    if (a == null) {
      return b;
    }
    return b != null && b.end > a.end ? b : a;
  }

  boolean exact() {
    return min != null && min.equals(max);
  }

  Amount from(int newStart, Long newMin, Long newMax, boolean newApprox) {
    return new Amount(newStart, end, newMin, newMax, newApprox, form, false, range, scale);
  }
}
