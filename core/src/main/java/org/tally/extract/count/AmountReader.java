package org.tally.extract.count;

import org.tally.extract.token.PhraseTrie;

/**
 * Reads one amount at a token: figures ("1,319", "1.2 million"), number words ("forty-two") or a quantifier
 * ("dozens", "a", "several hundred"), whichever is longest. Qualifiers and ranges are built on top by
 * {@link CountParser}.
 */
final class AmountReader {
  private final CountLexicon lexicon;
  private final WordNumberReader words;

  AmountReader(CountLexicon lexicon) {
    this.lexicon = lexicon;
    this.words = new WordNumberReader(lexicon.numberWords, lexicon.scaleWords);
  }

  /** The longest amount starting at token {@code i}, or null. */
  Amount read(TokenStream t, int i) {
    if (t.isNumber(i)) {
      return figures(t, i);
    }
    if (!t.isWord(i)) {
      return null;
    }
    return Amount.longer(words.read(t, i), quantifier(t, i));
  }

  private Amount figures(TokenStream t, int i) {
    if (!standsAlone(t, i)) {
      return null;
    }
    long n = t.integer(i);
    ScaleWord scale = t.glued(i + 1) ? null : lexicon.scaleWords.get(t.word(i + 1));
    if (scale != null && n != -1 && !WordNumberReader.compoundFollows(t, i + 2)) {
      // before a scale word a dot is a decimal point: "1.2 million", and "1.319 million" too
      double value = Double.isNaN(t.decimal(i)) ? n : t.decimal(i);
      long scaled = Math.round(value * scale.value());
      return Amount.exact(i, i + 2, scaled, scale.approx(), CountForm.MIXED, scale.value());
    }
    if (n < 0) {
      return null; // a fraction without a scale ("2.5 km") or a figure too long to count people
    }
    return Amount.exact(i, i + 1, n, false, CountForm.DIGITS, 1);
  }

  /**
   * False for figures that are parts of something else: clock times and dates ("22:09", "31/10/2018",
   * "2016-11-21"), ordinals and units ("3rd", "10km", "5%"), prices ("$5"), names ("F-16", "COVID-19") and
   * modifiers ("12-year-old"). Years stay: the extractor rejects them by context.
   */
  static boolean standsAlone(TokenStream t, int i) {
    char before = t.charBefore(i);
    char after = t.charAfter(i);
    if (Character.isLetterOrDigit(before) || "$£€#:/".indexOf(before) >= 0) {
      return false;
    }
    if (Character.isLetter(after) || after == '%' || (after == ':' || after == '/') && digitAfter(t, i)) {
      return false;
    }
    if (t.isDash(i - 1) && t.glued(i) && t.isWord(i - 2) && t.glued(i - 1)) {
      return false;
    }
    return !WordNumberReader.compoundFollows(t, i + 1) && hyphenChain(t, i) < 3;
  }

  private static boolean digitAfter(TokenStream t, int i) {
    int at = t.end(i) + 1;
    return at < t.text.length() && Character.isDigit(t.text.charAt(at));
  }

  /** How many figures are joined by glued hyphens around token {@code i}: 2 in "20-30", 3 in "2016-11-21". */
  private static int hyphenChain(TokenStream t, int i) {
    int first = i;
    while (t.isDash(first - 1) && t.glued(first) && t.glued(first - 1) && t.isNumber(first - 2)) {
      first -= 2;
    }
    int last = i;
    while (t.isDash(last + 1) && t.glued(last + 1) && t.glued(last + 2) && t.isNumber(last + 2)) {
      last += 2;
    }
    return (last - first) / 2 + 1;
  }

  private Amount quantifier(TokenStream t, int i) {
    Amount best = null;
    for (PhraseTrie.Match<Quantifier> hit : lexicon.quantifiers.matchesAt(t, i)) {
      Quantifier q = hit.value();
      int j = hit.to();
      ScaleWord scale = q.takesScale() ? lexicon.scaleWords.get(t.word(j)) : null;
      Amount amount;
      if (scale != null && q.exact()) {
        amount = words.readSeeded(t, i, j, q.min());
      } else if (scale != null) {
        Long max = q.max() == null ? null : q.max() * scale.value();
        amount = new Amount(i, j + 1, q.min() * scale.value(), max, q.approx() || scale.approx(), q.form(), false,
            false, scale.value());
      } else {
        amount = null;
      }
      if (amount == null) {
        amount = new Amount(i, j, q.min(), q.max(), q.approx(), q.form(), q.takesQualifier() && q.exact(), false, 1);
      }
      best = Amount.longer(best, amount);
    }
    return best;
  }
}
