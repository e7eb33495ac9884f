package org.tally.extract.count;

/**
 * "twenty-odd soldiers", "20-odd fighters", "150-odd families": a round figure with "-odd" glued on is a little over
 * the figure, up to the next step of its last digit: 20-odd is 20 to 29, 150-odd 150 to 159, 100-odd 100 to 199
 * (approx; issue 11, count29: count-written-8's a03, a06, a21). Without this rule the glued word made the figure a
 * modifier ("twenty-first", "two-year-old") and nothing was counted.
 */
final class OddFigures {
  private OddFigures() {}

  /** True when a glued "-odd" follows the amount ending before token {@code end}. */
  static boolean follows(TokenStream t, int end) {
    return t.isDash(end) && t.glued(end) && "odd".equals(t.word(end + 1)) && t.glued(end + 1);
  }

  /** The amount widened over its "-odd", or the amount as it was when none follows or it is no round figure. */
  static Amount after(TokenStream t, Amount amount) {
    if (amount == null || !amount.number() || !amount.exact() || amount.approx() || !follows(t, amount.end())) {
      return amount;
    }
    long n = amount.min();
    long step = 1;
    while (n > 0 && n % (step * 10) == 0) {
      step *= 10;
    }
    if (n <= 0 || step == 1) {
      return amount; // "21-odd" is no way of writing a figure
    }
    return new Amount(amount.start(), amount.end() + 2, n, n + step - 1, true, amount.form(), false, true,
        amount.scale());
  }
}
