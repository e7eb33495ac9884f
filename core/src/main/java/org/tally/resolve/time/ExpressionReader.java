package org.tally.resolve.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tally.extract.count.CountMention;
import org.tally.extract.count.CountParser;
import org.tally.extract.token.PhraseTrie;
import org.tally.extract.token.Token;
import org.tally.extract.token.DocumentTokens;
import org.tally.model.Count;
import org.tally.model.Span;
import org.tally.resolve.time.TimeLexicon.Part;
import org.tally.resolve.time.TimeLexicon.Role;
import org.tally.resolve.time.TimeLexicon.UnitSize;
import org.tally.text.DateMention;
import org.tally.text.DateReader;

/**
 * Finds time expressions in a stretch of text, left to right, the longest at each word, none overlapping. Dates with
 * a day come from {@link DateReader}; everything else is read over the words with hash lookups and phrase tries, so
 * each word is looked at a bounded number of times.
 */
final class ExpressionReader {
  /** An expression and the words that gave it. */
  record Found(Span span, Expression expression) {}

  /** How far after "since" a clause may run before the time that ends it ("since it began the campaign in 2014"). */
  private static final int SINCE_REACH = 15;
  /** How many words a number before a unit may take ("twenty four hours"). */
  private static final int NUMBER_REACH = 4;

  private final TimeLexicon lexicon;
  private final DateReader dates;
  private final CountParser numbers;

  ExpressionReader(TimeLexicon lexicon, DateReader dates, CountParser numbers) {
    this.lexicon = lexicon;
    this.dates = dates;
    this.numbers = numbers;
  }

  List<Found> read(DocumentTokens doc, Span range) {
    return new Reading(doc, range).all();
  }

  /** A parse of tokens {@code [from, to)}; {@code start} and {@code end} are its characters. */
  private record Parsed(int from, int to, int start, int end, Expression expression) {
    boolean longerThan(Parsed other) {
      return other == null || to > other.to;
    }
  }

  private final class Reading {
    private final String text;
    private final DocumentTokens doc;
    private final List<Token> tokens;
    /** The date (from DateReader) that starts in each token, or null; and the token after it. */
    private final DateMention[] dateAt;
    private final int[] dateEnd;
    /** Each token's roles, whether it is a unit word and whether an expression may open with it, looked up once. */
    private final Set<Role>[] roles;
    private final boolean[] unit;
    private final boolean[] opens;
    /** The first unit word at or after each token with only words between, or -1. */
    private final int[] unitAhead;

    Reading(DocumentTokens doc, Span range) {
      this.text = doc.text();
      this.doc = doc;
      this.tokens = words(doc, range);
      this.dateAt = new DateMention[tokens.size()];
      this.dateEnd = new int[tokens.size()];
      this.roles = newRoleArray(tokens.size());
      this.unit = new boolean[tokens.size()];
      this.opens = new boolean[tokens.size()];
      for (int k = 0; k < unit.length; k++) {
        TimeLexicon.Word word = lexicon.word(tokens.get(k).lower());
        roles[k] = word.roles();
        unit[k] = word.unit();
        opens[k] = word.opens();
      }
      this.unitAhead = new int[tokens.size() + 1];
      unitAhead[tokens.size()] = -1;
      for (int k = tokens.size() - 1; k >= 0; k--) {
        unitAhead[k] = unit[k] ? k : tokens.get(k).isWord() ? unitAhead[k + 1] : -1;
      }
      int t = 0;
      for (DateMention date : dates.find(text, range)) {
        while (t < tokens.size() && tokens.get(t).end() <= date.span().start()) {
          t++;
        }
        if (t == tokens.size()) {
          break;
        }
        int after = t;
        while (after < tokens.size() && tokens.get(after).start() < date.span().end()) {
          after++;
        }
        dateAt[t] = date;
        dateEnd[t] = after;
      }
    }

    @SuppressWarnings("unchecked")
    private static Set<Role>[] newRoleArray(int size) {
      return new Set[size];
    }

    /** The tokenizer's words, less the no-break and other non-ASCII spaces it keeps as marks ("at\u00a0least"). */
    private static List<Token> words(DocumentTokens doc, Span range) {
      List<Token> all = new ArrayList<>(doc.in(range));
      all.removeIf(t -> t.text().length() == 1 && Character.isSpaceChar(t.text().charAt(0)));
      return all;
    }

    List<Found> all() {
      List<Found> found = new ArrayList<>();
      int i = 0;
      while (i < tokens.size()) {
        Parsed p = mayOpen(i) ? expressionAt(i) : null;
        if (p == null) {
          i++;
        } else {
          found.add(new Found(new Span(p.start, p.end), p.expression));
          i = p.to;
        }
      }
      return found;
    }

    /** False where no rule can match: most words open no time expression, and need not be tried. */
    private boolean mayOpen(int i) {
      Token t = tokens.get(i);
      return dateAt[i] != null || opens[i] || unitWithin(i) >= 0 || isYear(t.text())
          || t.lower().indexOf('-') > 0 || i + 2 < tokens.size() && dateAt[i + 2] != null; // "3 to 5 March"
    }

    private Parsed expressionAt(int i) {
      Parsed best = since(i);
      Parsed range = range(i);
      if (range != null && range.longerThan(best)) {
        best = range;
      }
      Parsed ending = ending(i);
      if (ending != null && ending.longerThan(best)) {
        best = ending;
      }
      Parsed days = dayRange(i);
      if (days != null && days.longerThan(best)) {
        best = days;
      }
      Parsed weekdays = weekdayPair(i);
      if (weekdays != null && weekdays.longerThan(best)) {
        best = weekdays;
      }
      Parsed point = point(i, i > 0 && is(i - 1, Role.YEAR_CUE));
      return point != null && point.longerThan(best) ? point : best;
    }

    // --- composites ---

    private Parsed since(int i) {
      if (!is(i, Role.SINCE)) {
        return null;
      }
      Parsed start = point(i + 1, true);
      if (start != null && !start.expression.needsNeighbours()) {
        return new Parsed(i, start.to, tokens.get(i).start(), start.end, new Expression.Since(start.expression));
      }
      // a clause may stand between "since" and its time: "since it began the aerial campaign in 2014"
      for (int k = i + 1; k < tokens.size() && k <= i + SINCE_REACH && !breaksClause(k); k++) {
        Parsed inner = point(k, is(k - 1, Role.YEAR_CUE));
        if (inner != null && isAnchor(inner.expression)) {
          return new Parsed(i, inner.to, tokens.get(i).start(), inner.end, new Expression.Since(inner.expression));
        }
      }
      return null;
    }

    private Parsed range(int i) {
      if (!is(i, Role.RANGE_OPEN)) {
        return null;
      }
      Parsed first = point(i + 1, true);
      if (first == null || !isAnchor(first.expression)) {
        first = dayNumber(i + 1);
      }
      if (first == null || first.to >= tokens.size() || !(is(first.to, Role.RANGE_JOIN) || isDash(first.to))) {
        return null;
      }
      Parsed last = point(first.to + 1, true);
      if (last == null || !isAnchor(last.expression)) {
        return null;
      }
      boolean bareDay = first.expression instanceof Expression.DayOf d && d.month() == 0;
      if (bareDay && !(last.expression instanceof Expression.DayOf)) {
        return null;
      }
      return new Parsed(i, last.to, tokens.get(i).start(), last.end,
          new Expression.Between(first.expression, last.expression));
    }

    /**
     * "on Friday and Saturday", "Monday to Wednesday": two weekdays joined are the days from the first to the second,
     * not the second alone; so are two a verb carries on ("began Saturday and continued Sunday", "Saturday and into
     * Sunday"), which tell of one attack over both days.
     */
    private Parsed weekdayPair(int i) {
      Parsed first = weekday(i);
      if (first == null || first.to >= tokens.size() || !(is(first.to, Role.RANGE_JOIN) || isDash(first.to))) {
        return null;
      }
      int next = first.to + 1;
      for (int carried = 0; carried < 2 && next < tokens.size() && is(next, Role.RANGE_CONTINUE); carried++) {
        next++;
      }
      Parsed last = weekday(next);
      return last == null ? null : new Parsed(i, last.to, first.start, last.end,
          new Expression.Between(first.expression, last.expression));
    }

    /** "the week ending 15 May", "the seven days to 15 May", "the 24 hours to Monday": a stretch that ends on a day. */
    private Parsed ending(int i) {
      int j = tokens.get(i).is("the") ? i + 1 : i;
      if (j >= tokens.size()) {
        return null;
      }
      Amount amount = amountBeforeUnit(j);
      if (amount == null && lexicon.units.containsKey(tokens.get(j).lower())) {
        amount = new Amount(1, j);
      }
      if (amount == null || !is(amount.unit + 1, Role.PERIOD_END)) {
        return null;
      }
      Parsed last = point(amount.unit + 2, true);
      if (last == null || !(last.expression instanceof Expression.DayOf d && d.month() > 0
          || last.expression instanceof Expression.WeekdayOf
          || last.expression instanceof Expression.Relative r && r.unit() == Unit.DAY && r.from() == r.to())) {
        return null;
      }
      UnitSize unit = lexicon.units.get(tokens.get(amount.unit).lower());
      return new Parsed(i, last.to, tokens.get(i).start(), last.end,
          new Expression.Ending(amount.value * unit.size(), unit.unit(), last.expression));
    }

    /** "3 to 4 March", "3 – 4 March": two days of one month, without "between" or "from" before them. */
    private Parsed dayRange(int i) {
      Parsed first = dayNumber(i);
      if (first == null || i + 2 >= tokens.size() || !(is(i + 1, Role.RANGE_JOIN) || isDash(i + 1))) {
        return null;
      }
      Parsed last = point(i + 2, true);
      if (last == null || !(last.expression instanceof Expression.DayOf d) || d.month() == 0
          || ((Expression.DayOf) first.expression).day() >= d.day()) {
        return null;
      }
      return new Parsed(i, last.to, tokens.get(i).start(), last.end, new Expression.Between(first.expression, last.expression));
    }

    /** "5" in "between 5 and 7 December": a day that takes its month from the range's end. */
    private Parsed dayNumber(int i) {
      Integer n = digits(i, 1, 2);
      return n == null || n < 1 || n > 31 ? null
          : new Parsed(i, i + 1, tokens.get(i).start(), tokens.get(i).end(), new Expression.DayOf(null, 0, n));
    }

    /** Expressions that name days by themselves, so that a range or "since" can start or end at them. */
    private boolean isAnchor(Expression e) {
      return e instanceof Expression.DayOf || e instanceof Expression.MonthOf || e instanceof Expression.YearOf
          || e instanceof Expression.WeekdayOf || e instanceof Expression.Relative
          // "since it started its campaign nearly five years ago"
          || e instanceof Expression.Step step && step.fromDocument();
    }

    // --- points ---

    private Parsed point(int i, boolean yearAllowed) {
      if (i >= tokens.size()) {
        return null;
      }
      Parsed best = date(i);
      best = longer(best, partOf(i));
      best = longer(best, month(i));
      if (yearAllowed) {
        best = longer(best, year(i));
      }
      best = longer(best, weekday(i));
      best = longer(best, relative(i));
      best = longer(best, anaphor(i));
      best = longer(best, past(i));
      best = longer(best, lead(i));
      best = longer(best, stretchOf(i));
      best = longer(best, step(i));
      return best;
    }

    private Parsed longer(Parsed best, Parsed candidate) {
      return candidate != null && candidate.longerThan(best) ? candidate : best;
    }

    private Parsed date(int i) {
      DateMention d = dateAt[i];
      if (d == null) {
        return null;
      }
      int start = d.cued() ? afterCue(i, dateEnd[i], d.span().start()) : d.span().start();
      Expression.DayOf day = new Expression.DayOf(d.year(), d.month(), d.day());
      Parsed p = new Parsed(i, dateEnd[i], start, withoutFullStop(d.span()), day);
      Integer first = dayBeforeDash(tokens.get(i), d);
      if (first != null) {
        // "3-4 March", "the night of 3-4 March": the word holds the first day, its dash and the date's day
        p = new Parsed(i, dateEnd[i], tokens.get(i).start(), p.end, new Expression.Between(new Expression.DayOf(null, 0, first), day));
      }
      return withDayPart(p);
    }

    /** The day in "3-" of a word "3-4" whose "4" opens the date {@code d}, when it comes before the date's day. */
    private Integer dayBeforeDash(Token word, DateMention d) {
      int dash = d.span().start() - 1;
      if (dash <= word.start() || dash - word.start() > 2 || "-–".indexOf(text.charAt(dash)) < 0) {
        return null;
      }
      int day = 0;
      for (int k = word.start(); k < dash; k++) {
        char c = text.charAt(k);
        if (c < '0' || c > '9') {
          return null;
        }
        day = day * 10 + (c - '0');
      }
      return day >= 1 && day < d.day() ? day : null;
    }

    /** The end of a date's words less a sentence's full stop that DateReader took for an abbreviation's ("10 November."). */
    private int withoutFullStop(Span date) {
      int end = date.end();
      if (text.charAt(end - 1) != '.') {
        return end;
      }
      int from = end - 1;
      while (from > date.start() && Character.isLetter(text.charAt(from - 1))) {
        from--;
      }
      String word = text.substring(from, end - 1).toLowerCase(Locale.ROOT);
      return word.length() > 4 && lexicon.months.containsKey(word) ? end - 1 : end;
    }

    /**
     * Where a date announced by a publication cue ("Published", "Last updated at") starts: at its first number, or
     * its first word that opens a month or weekday name ("Apr", "Thu"). DateReader keeps the cue in the date's words.
     */
    private int afterCue(int from, int to, int fallback) {
      for (int k = from; k < to; k++) {
        Token t = tokens.get(k);
        if (Character.isDigit(t.text().charAt(0)) || opensName(t.lower())) {
          return Math.max(t.start(), fallback);
        }
      }
      return fallback;
    }

    private boolean opensName(String word) {
      return word.length() >= 3 && (lexicon.months.keySet().stream().anyMatch(n -> n.startsWith(word))
          || lexicon.weekdays.keySet().stream().anyMatch(n -> n.startsWith(word)));
    }

    /** "late April", "the end of May 2019", "mid-2016", "mid-April". */
    private Parsed partOf(int i) {
      Optional<PhraseTrie.Match<Part>> match = lexicon.parts.longestAt(tokens, i);
      if (match.isPresent()) {
        Part part = match.get().value();
        int j = match.get().to();
        if (j < tokens.size() && isDash(j)) {
          j++;
        }
        Parsed whole = j < tokens.size() ? wholeMonthOrYear(j) : null;
        return whole == null ? null : narrowed(i, whole, part, tokens.get(i).start());
      }
      // the tokenizer keeps "mid-April" as one word
      String word = tokens.get(i).lower();
      int dash = word.indexOf('-');
      if (dash <= 0) {
        return null;
      }
      Part part = lexicon.singleWordParts.get(word.substring(0, dash));
      if (part == null) {
        return null;
      }
      String rest = word.substring(dash + 1);
      Integer monthNumber = lexicon.months.get(rest);
      Integer yearNumber = isYear(rest) ? Integer.parseInt(rest) : null;
      Expression whole;
      int to = i + 1;
      if (monthNumber != null) {
        Integer y = i + 1 < tokens.size() ? yearToken(i + 1) : null;
        to = y == null ? i + 1 : i + 2;
        whole = new Expression.MonthOf(y, monthNumber, DayBound.FIRST, DayBound.LAST);
      } else if (yearNumber != null) {
        whole = new Expression.YearOf(yearNumber, 1, 12);
      } else {
        return null;
      }
      return narrowed(i, new Parsed(i, to, tokens.get(i).start(), tokens.get(to - 1).end(), whole), part,
          tokens.get(i).start());
    }

    private Parsed narrowed(int from, Parsed whole, Part part, int start) {
      Expression e = whole.expression instanceof Expression.MonthOf m
          ? new Expression.MonthOf(m.year(), m.month(), part.firstDay(), part.lastDay())
          : new Expression.YearOf(((Expression.YearOf) whole.expression).year(), part.firstMonth(), part.lastMonth());
      return new Parsed(from, whole.to, start, whole.end, e);
    }

    private Parsed wholeMonthOrYear(int i) {
      Parsed m = month(i);
      return m != null ? m : year(i);
    }

    /** A month name written with a capital, maybe a period after an abbreviation, maybe a year. */
    private Parsed month(int i) {
      Token t = tokens.get(i);
      Integer number = lexicon.months.get(t.lower());
      if (number == null || !t.isCapitalised()) {
        return null;
      }
      int j = i + 1;
      if (j < tokens.size() && tokens.get(j).text().equals(".") && t.text().length() <= 4) {
        j++;
      }
      Integer y = j < tokens.size() ? yearToken(j) : null;
      int to = y == null ? i + 1 : j + 1;
      return new Parsed(i, to, t.start(), tokens.get(to - 1).end(),
          new Expression.MonthOf(y, number, DayBound.FIRST, DayBound.LAST));
    }

    private Parsed year(int i) {
      Integer y = yearToken(i);
      return y == null ? null
          : new Parsed(i, i + 1, tokens.get(i).start(), tokens.get(i).end(), new Expression.YearOf(y, 1, 12));
    }

    /** "Tuesday", "last Friday", "Monday night"; "Friday's attack" gives "Friday". */
    private Parsed weekday(int i) {
      boolean before = is(i, Role.BEFORE_DAY);
      int w = before ? i + 1 : i;
      if (w >= tokens.size() || !lexicon.weekdays.containsKey(tokens.get(w).lower())) {
        return null;
      }
      Expression e = new Expression.WeekdayOf(lexicon.weekdays.get(tokens.get(w).lower()), before);
      return withDayPart(new Parsed(i, w + 1, tokens.get(i).start(), tokens.get(w).end(), e));
    }

    private Parsed relative(int i) {
      Optional<PhraseTrie.Match<Expression.Relative>> match = lexicon.relative.longestAt(tokens, i);
      if (match.isEmpty()) {
        return null;
      }
      Expression.Relative r = match.get().value();
      int to = match.get().to();
      Parsed p = new Parsed(i, to, tokens.get(i).start(), tokens.get(to - 1).end(), r);
      return r.unit() == Unit.DAY && r.from() == r.to() ? withDayPart(p) : p;
    }

    private Parsed anaphor(int i) {
      Optional<PhraseTrie.Match<Expression.Anaphor>> match = lexicon.anaphora.longestAt(tokens, i);
      return match.map(m -> new Parsed(i, m.to(), tokens.get(i).start(), tokens.get(m.to() - 1).end(), m.value()))
          .orElse(null);
    }

    /** "the past month", "the last 24 hours", "past three days"; a bare "last week" is left to relative.tsv. */
    private Parsed past(int i) {
      int j = i;
      boolean article = j < tokens.size() && (tokens.get(j).is("the") || tokens.get(j).is("these"));
      if (article) {
        j++;
      }
      if (j >= tokens.size() || !is(j, Role.PAST)) {
        return null;
      }
      j++;
      Amount amount = amountBeforeUnit(j);
      if (amount == null && j < tokens.size() && lexicon.units.containsKey(tokens.get(j).lower())
          && (article || !tokens.get(j - 1).is("last"))) {
        amount = new Amount(1, j);
      }
      return amount == null ? null : stretch(i, amount);
    }

    /** "in two days", "in just two days", "just in four months", "within 24 hours". */
    private Parsed lead(int i) {
      int j = i;
      while (j < tokens.size() && is(j, Role.FILLER)) {
        j++;
      }
      if (j >= tokens.size() || !is(j, Role.LEAD)) {
        return null;
      }
      j++;
      while (j < tokens.size() && is(j, Role.FILLER)) {
        j++;
      }
      Amount amount = amountBeforeUnit(j);
      return amount == null ? null : stretch(i, amount);
    }

    /**
     * "Seven days of airstrikes had left 75 civilians dead", "Two days of bombardment have killed 38": a stretch that
     * opens a sentence as the subject of the harm is the stretch up to the report, as "in two days" is.
     */
    private Parsed stretchOf(int i) {
      if (i > 0 && !breaksClause(i - 1)) {
        return null;
      }
      Amount amount = amountBeforeUnit(i);
      return amount == null || !is(amount.unit + 1, Role.STRETCH_OF) ? null : stretch(i, amount);
    }

    private Parsed stretch(int from, Amount amount) {
      UnitSize unit = lexicon.units.get(tokens.get(amount.unit).lower());
      return new Parsed(from, amount.unit + 1, tokens.get(from).start(), tokens.get(amount.unit).end(),
          new Expression.Stretch(amount.value * unit.size(), unit.unit()));
    }

    /** "three days ago", "two days later", "a week earlier". */
    private Parsed step(int i) {
      int unitAt = unitWithin(i);
      if (unitAt < 0 || unitAt + 1 >= tokens.size()) {
        return null;
      }
      int direction = is(unitAt + 1, Role.AGO) || is(unitAt + 1, Role.EARLIER) ? -1 : is(unitAt + 1, Role.LATER) ? 1 : 0;
      if (direction == 0) {
        return null;
      }
      Amount amount = amountBeforeUnit(i);
      if (amount == null || amount.unit != unitAt) {
        return null;
      }
      UnitSize unit = lexicon.units.get(tokens.get(unitAt).lower());
      return new Parsed(i, unitAt + 2, tokens.get(i).start(), tokens.get(unitAt + 1).end(),
          new Expression.Step(direction * amount.value * unit.size(), unit.unit(), is(unitAt + 1, Role.AGO)));
    }

    /** A count of units: the number at {@code i} (read by the count grammar) and where the unit word is. */
    private record Amount(int value, int unit) {}

    private Amount amountBeforeUnit(int i) {
      int unitAt = unitWithin(i);
      if (unitAt <= i) {
        return null;
      }
      Token first = tokens.get(i);
      Token lastOfNumber = tokens.get(unitAt - 1);
      List<CountMention> found = numbers.find(doc, new Span(first.start(), lastOfNumber.end()));
      if (found.isEmpty()) {
        return null;
      }
      Count count = found.get(0).count();
      if (count.span().start() != first.start() || count.span().end() != lastOfNumber.end() || count.min() == null) {
        return null;
      }
      // "a few days", "several weeks": the lower bound is the best reading of a vague amount
      boolean exactOrVague = count.max() == null || count.max().equals(count.min());
      return exactOrVague && count.min() > 0 ? new Amount(count.min(), unitAt) : null;
    }

    /** The first unit word within reach after {@code i} (or at it), or -1; stops at anything that is not a word. */
    private int unitWithin(int i) {
      int k = unitAhead[i];
      return k >= 0 && k <= i + NUMBER_REACH ? k : -1;
    }

    // --- helpers ---

    private Parsed withDayPart(Parsed p) {
      if (p.to < tokens.size() && is(p.to, Role.DAY_PART)) {
        return new Parsed(p.from, p.to + 1, p.start, tokens.get(p.to).end(), p.expression);
      }
      return p;
    }

    private boolean is(int i, Role role) {
      return i >= 0 && i < tokens.size() && roles[i].contains(role);
    }

    private boolean isDash(int i) {
      String t = tokens.get(i).text();
      return t.equals("-") || t.equals("–") || t.equals("—");
    }

    /** Punctuation that ends the clause a "since" may reach across. */
    private boolean breaksClause(int i) {
      String t = tokens.get(i).text();
      return t.length() == 1 && ",;:.!?()[]\"“”".indexOf(t.charAt(0)) >= 0;
    }

    private Integer yearToken(int i) {
      String t = tokens.get(i).text();
      return isYear(t) ? Integer.parseInt(t) : null;
    }

    private Integer digits(int i, int min, int max) {
      String t = tokens.get(i).text();
      if (t.length() < min || t.length() > max) {
        return null;
      }
      for (int k = 0; k < t.length(); k++) {
        if (!Character.isDigit(t.charAt(k))) {
          return null;
        }
      }
      return Integer.parseInt(t);
    }
  }

  /** Four digits from 1900 to 2099. */
  static boolean isYear(String t) {
    if (t.length() != 4) {
      return false;
    }
    for (int k = 0; k < 4; k++) {
      if (t.charAt(k) < '0' || t.charAt(k) > '9') {
        return false;
      }
    }
    return t.startsWith("19") || t.startsWith("20");
  }
}
