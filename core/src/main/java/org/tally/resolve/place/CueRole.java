package org.tally.resolve.place;

import java.util.Locale;

/** What a word around a place name says; see place-cues.tsv. */
enum CueRole {
  GOVERNORATE, DISTRICT, OUTSKIRTS, POINT, SITE, NEAR, DIRECTION, CUE, DEMONYM, BETWEEN, COUNTRY;

  static CueRole parse(String word) {
    return valueOf(word.strip().toUpperCase(Locale.ROOT));
  }
}
