package org.tally.resolve.place;

/** A cue phrase at tokens {@code [from, to)}. */
record CueMatch(int from, int to, CueRole role, String phrase) {}
