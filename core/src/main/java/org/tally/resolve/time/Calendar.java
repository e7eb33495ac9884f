package org.tally.resolve.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * Places expressions that need no other mention of the text on the calendar. A day or month written without a
 * year is the latest one not after the reference day (the document's date, or the end of a range; a day up to three
 * days after it stays in its year); a weekday is the latest such day not after the document's date.
 */
final class Calendar {
  /** Leap days look back this many years for a February 29. */
  private static final int LEAP_REACH = 8;
  /**
   * "on the night of 13 July" in a text dated 12 July is the next day, not a year before: a date taken from a lead
   * ("conducted a strike on 12 July 2024") is the news's own day, and what the text tells of the days right after it
   * stays in its year (wars23).
   */
  private static final int AHEAD_DAYS = 3;

  private Calendar() {}

  /**
   * The period {@code e} names, or null when it cannot be placed (no reference day for a date without a year, no
   * document date for a relative expression, or an expression that needs neighbours).
   *
   * @param reference the day a date without a year may not come after
   * @param document the document's date, for relative expressions
   */
  static Period place(Expression e, LocalDate reference, LocalDate document) {
    if (e instanceof Expression.DayOf d) {
      return dayOf(d, reference);
    }
    if (e instanceof Expression.MonthOf m) {
      return monthOf(m, reference);
    }
    if (e instanceof Expression.YearOf y) {
      return new Period(LocalDate.of(y.year(), y.firstMonth(), 1), YearMonth.of(y.year(), y.lastMonth()).atEndOfMonth());
    }
    if (e instanceof Expression.WeekdayOf w) {
      return document == null ? null : Period.day(weekday(w.day(), w.before(), document));
    }
    if (e instanceof Expression.Relative r) {
      return document == null ? null : relative(r, document);
    }
    if (e instanceof Expression.Step s && s.fromDocument()) {
      return document == null ? null : Period.day(s.unit().after(document, s.amount()));
    }
    if (e instanceof Expression.Since s) {
      Period start = place(s.start(), reference, document);
      return start == null || document == null || start.start().isAfter(document) ? null
          : new Period(start.start(), document);
    }
    if (e instanceof Expression.Between b) {
      return between(b, reference, document);
    }
    if (e instanceof Expression.Ending ending) {
      return ending(ending, reference, document);
    }
    return null;
  }

  /** The last day, and the days before it that make up the amount: a week ending on the 15th starts on the 9th. */
  private static Period ending(Expression.Ending e, LocalDate reference, LocalDate document) {
    Period last = place(e.last(), reference, document);
    if (last == null) {
      return null;
    }
    LocalDate back = e.unit().before(last.end(), e.amount());
    // hours round to whole days already ("the 24 hours to Monday" is Sunday and Monday)
    return new Period(e.unit() == Unit.HOUR ? back : back.plusDays(1), last.end());
  }

  /** Whether the expression leaves its year to a reference day. */
  static boolean lacksYear(Expression e) {
    return e instanceof Expression.DayOf d && d.year() == null || e instanceof Expression.MonthOf m && m.year() == null;
  }

  private static Period dayOf(Expression.DayOf d, LocalDate reference) {
    if (d.year() != null) {
      return Period.day(LocalDate.of(d.year(), d.month(), d.day()));
    }
    if (reference == null || d.month() == 0) {
      return null;
    }
    for (int year = reference.getYear(); year > reference.getYear() - LEAP_REACH; year--) {
      try {
        LocalDate day = LocalDate.of(year, d.month(), d.day());
        if (!day.isAfter(reference.plusDays(AHEAD_DAYS))) {
          return Period.day(day);
        }
      } catch (DateTimeException e) {
        // February 29 of a common year: look further back
      }
    }
    return null;
  }

  private static Period monthOf(Expression.MonthOf m, LocalDate reference) {
    YearMonth month;
    if (m.year() != null) {
      month = YearMonth.of(m.year(), m.month());
    } else if (reference == null) {
      return null;
    } else {
      month = YearMonth.of(reference.getYear(), m.month());
      if (month.atDay(m.first().in(month)).isAfter(reference)) {
        month = month.minusYears(1);
      }
    }
    int first = m.first().in(month);
    int last = Math.max(first, m.last().in(month));
    return new Period(month.atDay(first), month.atDay(last));
  }

  static LocalDate weekday(DayOfWeek day, boolean before, LocalDate document) {
    LocalDate from = before ? document.minusDays(1) : document;
    return from.with(TemporalAdjusters.previousOrSame(day));
  }

  private static Period relative(Expression.Relative r, LocalDate document) {
    return switch (r.unit()) {
      case HOUR, DAY -> new Period(document.plusDays(r.from()), document.plusDays(r.to()));
      case WEEK -> {
        LocalDate monday = document.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        yield new Period(monday.plusWeeks(r.from()), monday.plusWeeks(r.to()).plusDays(6));
      }
      case WEEKEND -> {
        LocalDate saturday = document.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        yield new Period(saturday.plusWeeks(r.from()), saturday.plusWeeks(r.to()).plusDays(1));
      }
      case MONTH -> {
        YearMonth month = YearMonth.from(document);
        yield new Period(month.plusMonths(r.from()).atDay(1), month.plusMonths(r.to()).atEndOfMonth());
      }
      case YEAR -> new Period(LocalDate.of(document.getYear() + r.from(), 1, 1),
          LocalDate.of(document.getYear() + r.to(), 12, 31));
    };
  }

  /** Its end first; a start without a year then takes the latest year that keeps it not after the end. */
  private static Period between(Expression.Between b, LocalDate reference, LocalDate document) {
    Period last = place(b.last(), reference, document);
    if (last == null) {
      return null;
    }
    Period first;
    if (b.first() instanceof Expression.DayOf d && d.month() == 0) {
      try {
        first = Period.day(last.start().withDayOfMonth(d.day()));
      } catch (DateTimeException e) {
        return null;
      }
    } else {
      first = place(b.first(), lacksYear(b.first()) ? last.end() : reference, document);
    }
    return first == null || first.start().isAfter(last.end()) ? null : new Period(first.start(), last.end());
  }
}
