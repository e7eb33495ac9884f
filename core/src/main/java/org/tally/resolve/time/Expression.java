package org.tally.resolve.time;

import java.time.DayOfWeek;

/** What a time expression says, before it is placed on the calendar. */
sealed interface Expression {
  /** A day; {@code year} is null when not written, {@code month} is 0 for a bare day number that takes its month from the end of a range ("between 5 and 7 December"). */
  record DayOf(Integer year, int month, int day) implements Expression {}

  /** A month or part of one ("late April", "the end of May 2019"); {@code year} is null when not written. */
  record MonthOf(Integer year, int month, DayBound first, DayBound last) implements Expression {}

  /** A year or part of one ("in 2016", "mid-2016"). */
  record YearOf(int year, int firstMonth, int lastMonth) implements Expression {}

  /** A weekday: the latest such day not after the document's date, or before it when {@code before} ("last Friday"). */
  record WeekdayOf(DayOfWeek day, boolean before) implements Expression {}

  /** Periods counted from the one holding the document's date ("yesterday" is day -1..-1). */
  record Relative(Unit unit, int from, int to) implements Expression {}

  /** A stretch of {@code amount} units ending at a day of its sentence, or at the document's date ("the past month"). */
  record Stretch(int amount, Unit unit) implements Expression {}

  /** A day {@code amount} units from the document's date ("three days ago", negative) or from the last day written before it ("two days later"). */
  record Step(int amount, Unit unit, boolean fromDocument) implements Expression {}

  /** {@code amount} units that end on the day {@code last} names ("the week ending 15 May", "the seven days to Friday"). */
  record Ending(int amount, Unit unit, Expression last) implements Expression {}

  /** From what {@code start} names to the document's date ("since 2014"). */
  record Since(Expression start) implements Expression {}

  /** From the start of {@code first} to the end of {@code last} ("between March 31 and October 22"). */
  record Between(Expression first, Expression last) implements Expression {}

  /** Words pointing back at the last day ({@code period} false) or stretch of days named before them, moved by {@code shift} days. */
  record Anaphor(boolean period, int shift) implements Expression {}

  /** True when placing it needs other mentions of the text (its sentence's day, or what came before). */
  default boolean needsNeighbours() {
    if (this instanceof Since since) {
      return since.start().needsNeighbours();
    }
    if (this instanceof Ending ending) {
      return ending.last().needsNeighbours();
    }
    if (this instanceof Between between) {
      return between.first().needsNeighbours() || between.last().needsNeighbours();
    }
    if (this instanceof Step step) {
      return !step.fromDocument();
    }
    return this instanceof Stretch || this instanceof Anaphor;
  }
}
