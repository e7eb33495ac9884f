package org.tally.resolve.time;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.tally.model.Span;
import org.tally.text.Dateline;

/**
 * Chooses, among the time mentions of a sentence, the one a count's claim happened at: in the count's clause, the
 * nearest after the count ("40 people were killed on Saturday", past a "said on Monday that" before it), else the
 * nearest before it; outside the clause, the nearest in the sentence. A clause runs between commas, semicolons, colons, brackets, quotation
 * marks and spaced dashes; those inside a time mention ("December 7, 2016") do not count. A time that dates a place's
 * history ("the site of a chemical attack in April") or a comparison's stretch ({@link TimeFrames}) is never the claim's.
 * In a toll update, a day on which the count was said ({@link SaidDays}: "has climbed to 23, workers said on
 * Wednesday") is the claim's only when the sentence gives no other time: "the market attack on Monday has climbed to
 * 23 ... said on Wednesday" tells of Monday's dead (issue 13: toll updates dated by their said-day split from their
 * attack).
 */
final class ClauseChooser {
  private static final String BREAKS = ",;:()[]\"“”";
  private static final String DASHES = "-–—";
  /** The ASCII characters among the breaks and dashes: any other ASCII character, most of a text, is passed at once. */
  private static final boolean[] ASCII_MARKS = new boolean[128];

  static {
    for (char c : (BREAKS + DASHES).toCharArray()) {
      if (c < 128) {
        ASCII_MARKS[c] = true;
      }
    }
  }

  private ClauseChooser() {}

  static Optional<TimeMention> choose(String text, Span sentence, Span count, List<TimeMention> mentions,
      TimeFrames frames) {
    return choose(text, sentence, count, mentions, frames, m -> false);
  }

  /** As above; a mention {@code said} holds for (a day something was said on) loses to any other of the sentence. */
  static Optional<TimeMention> choose(String text, Span sentence, Span count, List<TimeMention> mentions,
      TimeFrames frames, Predicate<TimeMention> said) {
    Span clause = clause(text, sentence, count, mentions);
    int datelineEnd = Dateline.end(text, sentence);
    boolean toldInSentence = mentions.stream().anyMatch(m -> sentence.contains(m.span()) && m.span().start() > datelineEnd
        && !m.span().overlaps(count));
    TimeMention best = null;
    boolean bestSaid = false;
    for (TimeMention m : mentions) {
      if (m.span().overlaps(count) || !sentence.contains(m.span()) || inRunningTotal(text, clause, m)
          || frames.framesOther(text, sentence, count, m)) {
        continue;
      }
      // "KABUL (Oct. 14, 2011) - A security force killed a commander ... yesterday": the dateline dates the release,
      // the sentence's own time the operation
      if (toldInSentence && m.span().end() <= datelineEnd) {
        continue;
      }
      boolean mSaid = said.test(m);
      if (best == null || bestSaid && !mSaid || mSaid == bestSaid && better(m, best, clause, count)) {
        best = m;
        bestSaid = mSaid;
      }
    }
    return Optional.ofNullable(best);
  }

  // words that open a clause of its own after a count: a running total's participle, a relative pronoun
  private static final List<String> OWN_CLAUSE_OPENERS = List.of("bringing", "raising", "taking", "pushing", "which",
      "who");

  /**
   * "A shepherd was killed near Al-Sukhnah, bringing the number killed since early 2022 to 137": a time told in a
   * clause after the count's that opens with a running total's participle or a relative pronoun is that clause's.
   */
  private static boolean inRunningTotal(String text, Span clause, TimeMention m) {
    if (m.span().start() < clause.end() || clause.end() >= text.length()) {
      return false;
    }
    String after = text.substring(clause.end(), m.span().start()).stripLeading();
    if (after.startsWith(",")) {
      after = after.substring(1).stripLeading();
    } else {
      return false;
    }
    String lower = after.toLowerCase(java.util.Locale.ROOT);
    return OWN_CLAUSE_OPENERS.stream().anyMatch(w -> lower.startsWith(w + " "));
  }

  private static boolean better(TimeMention a, TimeMention b, Span clause, Span count) {
    boolean aIn = clause.contains(a.span());
    boolean bIn = clause.contains(b.span());
    if (aIn != bIn) {
      return aIn;
    }
    if (aIn) {
      boolean aAfter = a.span().start() >= count.end();
      boolean bAfter = b.span().start() >= count.end();
      if (aAfter != bAfter) {
        return aAfter;
      }
    }
    return gap(a.span(), count) < gap(b.span(), count);
  }

  private static int gap(Span a, Span b) {
    return Math.max(0, Math.max(a.start() - b.end(), b.start() - a.end()));
  }

  static Span clause(String text, Span sentence, Span count, List<TimeMention> mentions) {
    int start = count.start();
    while (start > sentence.start() && !breaksAt(text, start - 1, mentions)) {
      start--;
    }
    int end = count.end();
    while (end < sentence.end() && !breaksAt(text, end, mentions)) {
      end++;
    }
    return new Span(start, end);
  }

  private static boolean breaksAt(String text, int at, List<TimeMention> mentions) {
    char c = text.charAt(at);
    if (c < 128 && !ASCII_MARKS[c]) {
      return false;
    }
    boolean mark = BREAKS.indexOf(c) >= 0
        || DASHES.indexOf(c) >= 0 && at > 0 && at + 1 < text.length()
            && Character.isWhitespace(text.charAt(at - 1)) && Character.isWhitespace(text.charAt(at + 1));
    if (!mark) {
      return false;
    }
    for (TimeMention m : mentions) {
      if (m.span().contains(at)) {
        return false;
      }
    }
    return true;
  }
}
