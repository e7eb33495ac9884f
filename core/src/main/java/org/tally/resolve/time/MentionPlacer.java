package org.tally.resolve.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tally.model.Span;
import org.tally.resolve.time.ExpressionReader.Found;

/**
 * Places the expressions found in a stretch of text, in two passes. The first places those that stand alone
 * ({@link Calendar}); a date without a year takes it from a year written earlier in its sentence, else from the
 * document's date, else (no document date) from the last year written before it. The second places those that
 * lean on others: a stretch ("in just two days") ends at the nearest day of its sentence (one before it first),
 * else at the document's date; "two days later" and "the same day" step from the last day placed before them,
 * "this period" is the last stretch of several days.
 */
final class MentionPlacer {
  private MentionPlacer() {}

  /**
   * @param sentences the sentences of the stretch, in order, covering every found expression
   * @return one entry per found expression, null where it could not be placed
   */
  static List<Period> place(List<Found> found, List<Span> sentences, LocalDate document) {
    int[] sentenceOf = sentenceIndexes(found, sentences);
    Period[] placed = new Period[found.size()];
    Integer year = null;
    int yearSentence = -1;
    for (int i = 0; i < found.size(); i++) {
      Expression e = found.get(i).expression();
      if (e.needsNeighbours()) {
        continue;
      }
      LocalDate reference = reference(year, yearSentence == sentenceOf[i], document);
      placed[i] = clip(Calendar.place(e, reference, document), document);
      Integer written = writtenYear(e);
      if (written != null) {
        year = written;
        yearSentence = sentenceOf[i];
      }
    }
    Period lastDay = null;
    Period lastStretch = null;
    for (int i = 0; i < found.size(); i++) {
      Expression e = found.get(i).expression();
      if (e.needsNeighbours()) {
        placed[i] = clip(leaning(e, anchor(i, found, placed, sentenceOf, document), lastDay, lastStretch), document);
      }
      if (placed[i] != null && placed[i].isDay()) {
        lastDay = placed[i];
      } else if (placed[i] != null) {
        lastStretch = placed[i];
      }
    }
    List<Period> out = new ArrayList<>(found.size());
    for (Period p : placed) {
      out.add(p);
    }
    return out;
  }

  private static Period leaning(Expression e, LocalDate anchor, Period lastDay, Period lastStretch) {
    if (e instanceof Expression.Stretch s) {
      return anchor == null ? null : new Period(s.unit().before(anchor, s.amount()), anchor);
    }
    if (e instanceof Expression.Step s) {
      return lastDay == null ? null : Period.day(s.unit().after(lastDay.start(), s.amount()));
    }
    if (e instanceof Expression.Anaphor a) {
      if (a.period()) {
        return lastStretch;
      }
      return lastDay == null ? null : Period.day(lastDay.start().plusDays(a.shift()));
    }
    // a range or "since" with a leaning end is rare enough to leave unplaced
    return null;
  }

  /** The nearest single day placed in the same sentence, one before first; else the document's date. */
  private static LocalDate anchor(int i, List<Found> found, Period[] placed, int[] sentenceOf, LocalDate document) {
    for (int k = i - 1; k >= 0 && sentenceOf[k] == sentenceOf[i]; k--) {
      if (placed[k] != null && placed[k].isDay() && !found.get(k).expression().needsNeighbours()) {
        return placed[k].start();
      }
    }
    for (int k = i + 1; k < found.size() && sentenceOf[k] == sentenceOf[i]; k++) {
      if (placed[k] != null && placed[k].isDay() && !found.get(k).expression().needsNeighbours()) {
        return placed[k].start();
      }
    }
    return document;
  }

  private static LocalDate reference(Integer year, boolean sameSentence, LocalDate document) {
    if (year != null && (sameSentence || document == null)) {
      LocalDate endOfYear = LocalDate.of(year, 12, 31);
      return document != null && endOfYear.isAfter(document) ? document : endOfYear;
    }
    return document;
  }

  /** The year an expression writes out, so that later dates without one may take it. */
  private static Integer writtenYear(Expression e) {
    if (e instanceof Expression.DayOf d) {
      return d.year();
    }
    if (e instanceof Expression.MonthOf m) {
      return m.year();
    }
    return e instanceof Expression.YearOf y ? y.year() : null;
  }

  private static Period clip(Period p, LocalDate document) {
    return p == null ? null : p.notAfter(document);
  }

  private static int[] sentenceIndexes(List<Found> found, List<Span> sentences) {
    int[] out = new int[found.size()];
    int s = 0;
    for (int i = 0; i < found.size(); i++) {
      int at = found.get(i).span().start();
      while (s + 1 < sentences.size() && sentences.get(s).end() <= at) {
        s++;
      }
      out[i] = s;
    }
    return out;
  }
}
