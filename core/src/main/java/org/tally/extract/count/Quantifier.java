package org.tally.extract.count;

/**
 * A vague quantity, article or set phrase with its bounds, from quantifiers.tsv ("dozens": [24, null]).
 *
 * @param min the lower bound
 * @param max the upper bound, or null
 * @param takesScale a following scale word multiplies it ("several hundred", "a thousand")
 * @param takesQualifier a qualifier may come before it ("at least a couple of")
 */
record Quantifier(String phrase, long min, Long max, boolean approx, CountForm form, boolean takesScale,
    boolean takesQualifier) {
  boolean exact() {
    return max != null && max == min;
  }
}
