package org.tally.extract.count;

/** A cardinal number word from number-words.tsv ("forty" = 40, a tens word). */
record NumberWord(String word, int value, Kind kind) {
  /** How the word combines with its neighbours in "two hundred and forty-two". */
  enum Kind {
    /** 1 to 9: may follow a tens word and may take a scale. */
    UNIT,
    /** 10 to 19: may take a scale ("nineteen hundred") but follows no tens word. */
    TEEN,
    /** 20 to 90: may be followed by a unit. */
    TENS,
    /** Stands on its own ("zero"). */
    ALONE
  }
}
