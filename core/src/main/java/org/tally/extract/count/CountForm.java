package org.tally.extract.count;

/** How a count is written; the extractor weighs forms differently (a year is DIGITS, "a" is INDEFINITE). */
public enum CountForm {
  /** Figures, with or without separators: "62", "1,319", "1 319". */
  DIGITS,
  /** Number words only: "sixty-two", "two hundred and fifty", "a dozen". */
  WORDS,
  /** Figures with a scale word: "1.2 million", "12 thousand". */
  MIXED,
  /** A vague quantity with an open upper bound: "dozens", "several", "tens of thousands". */
  VAGUE,
  /** One of something, if the noun is a person: "a", "an", "one", "a single", "lone". */
  INDEFINITE,
  /** One person, if a singular person noun follows: "the pilot", "his brother". */
  DEFINITE,
  /** No number at all: a plural people noun alone ("detained suspected insurgents"), counted only by a user's rule. */
  BARE_PLURAL;

  /** The form of a range whose ends are written in these forms. */
  static CountForm join(CountForm low, CountForm high) {
    if (low == DIGITS && high == DIGITS) {
      return DIGITS;
    }
    boolean lowWords = low == WORDS || low == INDEFINITE || low == DEFINITE;
    boolean highWords = high == WORDS || high == INDEFINITE || high == DEFINITE;
    return lowWords && highWords ? WORDS : MIXED;
  }
}
