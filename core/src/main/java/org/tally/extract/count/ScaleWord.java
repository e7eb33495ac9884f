package org.tally.extract.count;

/** A word that multiplies the number before it, from scale-words.tsv ("million"; "dozen", which is approx). */
record ScaleWord(String word, long value, boolean approx) {
  /** Scales below a thousand multiply one group ("two hundred and fifty"); larger ones close it. */
  boolean withinGroup() {
    return value < 1000;
  }
}
