package org.tally.extract.count;

import java.util.Map;

/**
 * Reads a number written in words ("two hundred and forty-two thousand") with a small state machine, so that
 * "five six" stops at "five" and "between one hundred and two hundred" reads 100, not 102.
 */
final class WordNumberReader {
  /** Where the reader is inside the current group of up to three digits. */
  private enum State { EMPTY, SEEDED, UNIT, TENS, HUNDRED, BIG, AND, DONE }

  private final Map<String, NumberWord> numberWords;
  private final Map<String, ScaleWord> scaleWords;

  WordNumberReader(Map<String, NumberWord> numberWords, Map<String, ScaleWord> scaleWords) {
    this.numberWords = numberWords;
    this.scaleWords = scaleWords;
  }

  /** The number in words starting at token {@code i}, or null. */
  Amount read(TokenStream t, int i) {
    return read(t, i, i, 0);
  }

  /**
   * The number that {@code seed} (an exact quantifier such as "a" ending before token {@code i}, starting at token
   * {@code start}) makes with the scale word at {@code i} and any number words after it: "a hundred and fifty".
   */
  Amount readSeeded(TokenStream t, int start, int i, long seed) {
    return read(t, start, i, seed);
  }

  private Amount read(TokenStream t, int start, int i, long seed) {
    long total = 0;
    long group = seed;
    long lastBig = Long.MAX_VALUE;
    long lastScale = 1;
    boolean groupScaled = false;
    boolean approx = false;
    boolean sinceAnd = false;
    State state = seed > 0 ? State.SEEDED : State.EMPTY;
    Amount accepted = null;
    Amount beforeAnd = null;
    int j = i;
    for (; j < t.size() && state != State.DONE; j++) {
      String w = t.word(j);
      if (w == null) {
        break;
      }
      if (w.equals("-")) {
        // "forty-two": a hyphen glued between a tens word and a unit is part of the number
        NumberWord unit = numberWords.get(t.word(j + 1));
        if (state == State.TENS && t.glued(j) && t.glued(j + 1) && unit != null && unit.kind() == NumberWord.Kind.UNIT) {
          continue;
        }
        break;
      }
      NumberWord n = numberWords.get(w);
      if (n != null) {
        if (!follows(state, n.kind())) {
          break;
        }
        group += n.value();
        lastScale = 1;
        state = switch (n.kind()) {
          case TENS -> State.TENS;
          case ALONE -> State.DONE;
          default -> State.UNIT;
        };
        accepted = Amount.exact(start, j + 1, total + group, approx, CountForm.WORDS, lastScale);
        continue;
      }
      ScaleWord s = scaleWords.get(w);
      if (s != null) {
        boolean fits = s.withinGroup()
            ? group > 0 && group < 100 && !groupScaled && state != State.EMPTY && state != State.BIG
            : group > 0 && s.value() < lastBig && state != State.EMPTY && state != State.BIG;
        if (!fits) {
          // "one hundred and two hundred": the "and" joined two numbers, not the parts of one
          if (sinceAnd) {
            accepted = beforeAnd;
          }
          break;
        }
        approx |= s.approx();
        lastScale = s.value();
        if (s.withinGroup()) {
          group *= s.value();
          groupScaled = true;
          state = State.HUNDRED;
        } else {
          total += group * s.value();
          group = 0;
          groupScaled = false;
          lastBig = s.value();
          state = State.BIG;
        }
        accepted = Amount.exact(start, j + 1, total + group, approx, CountForm.WORDS, lastScale);
        continue;
      }
      if (w.equals("and") && (state == State.HUNDRED || state == State.BIG) && startsSmall(t.word(j + 1))) {
        beforeAnd = accepted;
        sinceAnd = true;
        state = State.AND;
        continue;
      }
      break;
    }
    if (accepted == null || accepted.end() <= i || compoundFollows(t, accepted.end())) {
      return null;
    }
    if (seed == 0 && accepted.end() == i + 1 && accepted.min() == 1) {
      return Amount.exact(start, accepted.end(), 1, false, CountForm.INDEFINITE, 1);
    }
    return accepted;
  }

  private static boolean follows(State state, NumberWord.Kind kind) {
    return switch (kind) {
      case ALONE -> state == State.EMPTY;
      case UNIT -> state == State.EMPTY || state == State.TENS || state == State.HUNDRED || state == State.BIG
          || state == State.AND;
      case TEEN, TENS -> state == State.EMPTY || state == State.HUNDRED || state == State.BIG || state == State.AND;
    };
  }

  private boolean startsSmall(String word) {
    NumberWord n = word == null ? null : numberWords.get(word);
    return n != null && n.kind() != NumberWord.Kind.ALONE;
  }

  /** "two-year-old", "twenty-first", "one-third": a number glued by a hyphen to a word is a modifier, not a count. */
  static boolean compoundFollows(TokenStream t, int end) {
    return t.isDash(end) && t.glued(end) && t.isWord(end + 1) && t.glued(end + 1) && !OddFigures.follows(t, end);
  }
}
