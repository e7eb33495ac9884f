package org.tally.extract.count;

/**
 * "Three (3) citizens were killed", "twenty-five (25) others were injured": a figure in words echoed in digits between
 * brackets, as SANA and official statements write it, is one count over both, so the counted people right after the
 * bracket stay its own (issue 11, count30: count-written-9's a13, whose "twenty-five (25) others" counted nothing). A
 * bracket holding another figure ("179 (including 52 children)", "five (two of them children)") is no echo.
 */
final class EchoedFigures {
  private EchoedFigures() {}

  /** The amount widened over a bracketed echo of its own figure, or the amount as it was. */
  static Amount after(TokenStream t, Amount amount) {
    if (amount == null || !amount.number() || !amount.exact() || amount.range()) {
      return amount;
    }
    int open = amount.end();
    if (!mark(t, open, '(') || !t.isNumber(open + 1) || t.integer(open + 1) != amount.min() || !mark(t, open + 2, ')')) {
      return amount;
    }
    return new Amount(amount.start(), open + 3, amount.min(), amount.max(), amount.approx(), amount.form(),
        amount.number(), amount.range(), amount.scale());
  }

  private static boolean mark(TokenStream t, int i, char c) {
    return t.word(i) == null && !t.isNumber(i) && i >= 0 && i < t.size() && t.end(i) - t.start(i) == 1
        && t.text.charAt(t.start(i)) == c;
  }
}
