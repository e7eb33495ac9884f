package org.tally.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;
import org.tally.model.Span;

/**
 * Finds dates as news sites print them: "31/10/2018", "Thu Dec 1, 2016", "Wed 05 Apr 2017",
 * "Published August 15 2016", "Apr 152017" (day run into year), "GMT +330 March 2017" (offset run
 * into day), ISO dates, and dates without a year ("June 28"). Names come from data files.
 *
 * <p>Every pattern is linear: bounded digit runs and word alternations, no nested repetition.
 */
public final class DateReader {
  private static final String YEAR = "(?<year>(?:19|20)\\d{2})(?!\\d)";
  private static final String DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th)?";
  private static final Pattern YEAR_ALONE = Pattern.compile("(?<![\\d.,/\\p{L}])(?:19|20)\\d{2}(?![\\d\\p{L}])");

  private enum Form { DAY_MONTH_YEAR, MONTH_DAY_YEAR, OFFSET_DAY_MONTH_YEAR, NUMERIC, ISO, MONTH_DAY, DAY_MONTH }

  // what the word a date starts at may be, as bits: each shape can start at only some of them
  private static final int DIGIT = 1;
  private static final int MONTH = 2;
  private static final int WEEKDAY = 4;
  private static final int CUE = 8;
  private static final int ZONE = 16;
  /** A word of another script: the Latin openers say nothing of it, so every shape is tried. */
  private static final int ANY = DIGIT | MONTH | WEEKDAY | CUE | ZONE;

  /** A word a shape may open with, and which of the kinds above it is. */
  private record Opener(String word, int kind) {}

  /**
   * {@code opensWith}: the kinds of word the pattern can start at (a cue and a weekday lead every named shape);
   * {@code atDigit}: the pattern for a start at a digit, where no cue or weekday (all words) can open the date, so
   * their alternations are not tried there.
   */
  private record Shape(Form form, Pattern pattern, int opensWith, Pattern atDigit) {
    /** Only ISO and numeric dates are written without a month's name, and only they join digits by a mark. */
    boolean needsMonthName() {
      return form != Form.ISO && form != Form.NUMERIC;
    }
  }

  private final Map<String, Integer> months;
  /** Month names by their first letter (ASCII, folded): a window where none is written holds no named month. */
  @SuppressWarnings("unchecked")
  private final List<String>[] monthsByInitial = new List[128];
  /**
   * The first two letters of the month names (ASCII, folded), as {@code first * 128 + second}: most letters of a text
   * that start some month's name are followed by a letter that continues none ("in", "at"), and need no comparison.
   */
  private final boolean[] monthOpenings = new boolean[128 * 128];
  /** Initials that are a month's whole name: no second letter is needed there. */
  private final boolean[] oneLetterMonth = new boolean[128];
  /** Every word a date shape may open with (month, weekday, cue, time zone), by initial: other words open none. */
  @SuppressWarnings("unchecked")
  private final List<Opener>[] openersByInitial = new List[128];
  private final List<Shape> shapes;
  /**
   * How far past a range's end the matching may read: the longest date-opening word started within it, or the year
   * a look-ahead checks ("Apr 152017"), whichever is longer.
   */
  private int reachAfter = 8;
  /** True when a day-first date found at a digit opens with its day, no cue or weekday before it. */
  private final boolean dayOpensAtDigit;
  /** True when every month's name is one word, written as the patterns read it letter for letter. */
  private final boolean monthsOneWord;
  private final Pattern timeAfter;

  DateReader(RuleFile monthNames, RuleFile weekdayNames, RuleFile timezoneCues, RuleFile publicationCues) {
    months = new TreeMap<>();
    for (RuleRow row : monthNames.rows()) {
      String name = row.get("name").toLowerCase(Locale.ROOT);
      months.put(name, row.integer("month").orElseThrow());
      char initial = fold(name.charAt(0));
      if (initial >= 128) {
        throw new IllegalArgumentException("month-names.tsv: \"" + name + "\" does not start with a Latin letter");
      }
      file(monthsByInitial, initial, name);
      if (name.length() == 1) {
        oneLetterMonth[initial] = true;
      } else if (name.charAt(1) < 128) {
        monthOpenings[initial * 128 + name.charAt(1)] = true;
      }
    }
    fileOpeners(List.copyOf(months.keySet()), MONTH);
    fileOpeners(words(weekdayNames, "name"), WEEKDAY);
    fileOpeners(words(publicationCues, "cue"), CUE);
    fileOpeners(words(timezoneCues, "cue"), ZONE);
    String month = "(?<month>" + alternation(months.keySet()) + ")(?!\\p{L})\\.?";
    String weekday = "(?:(?:" + alternation(words(weekdayNames, "name")) + ")(?!\\p{L})\\.?,?\\s+)?";
    String cue = "(?<cue>(?:" + alternation(words(publicationCues, "cue")) + ")(?:\\s+(?:on|at))?\\s*:?\\s*)?";
    String zone = "(?:" + alternation(words(timezoneCues, "cue")) + ")(?!\\p{L})";
    String start = "(?<![\\p{L}\\d])" + cue + weekday;
    // at a digit no cue or weekday starts (each is a word, checked here): the group stays unmatched, as it would
    boolean wordsOnly = Stream.of(words(publicationCues, "cue"), words(weekdayNames, "name")).flatMap(List::stream)
        .allMatch(w -> Character.isLetter(w.charAt(0)));
    String noCue = wordsOnly ? "(?<cue>(?!))?" : cue;
    // at a digit the day-first shapes then start with their day, and a month's name must follow it (monthAfterDay)
    monthsOneWord = months.keySet().stream().noneMatch(m -> m.chars().anyMatch(Character::isWhitespace));
    dayOpensAtDigit = wordsOnly && monthsOneWord;
    String digitStart = wordsOnly ? "(?<![\\p{L}\\d])" + noCue : start;
    int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    // the shapes read a case-folded copy of the text (see find): matching without case flags is many times faster
    String iso = "(?<year>(?:19|20)\\d{2})-(?<a>\\d{2})-(?<b>\\d{2})(?!\\d)";
    String numeric = "(?<a>\\d{1,2})(?<sep>[./-])(?<b>\\d{1,2})\\k<sep>" + YEAR;
    // a day and its month stand in one paragraph: "… rises to 9¶¶March 15, 2023" is a headline's count and a date line
    String inParagraph = "(?:(?!\\n[^\\S\\n]*\\n)\\s)+";
    String dayMonthYear = DAY + inParagraph + "(?:of\\s+)?" + month + ",?\\s+" + YEAR;
    String dayMonth = DAY + inParagraph + "(?:of\\s+)?" + month;
    shapes = List.of(
        new Shape(Form.ISO, Pattern.compile("(?<![\\p{L}\\d./-])" + cue + iso), CUE | DIGIT,
            Pattern.compile("(?<![\\p{L}\\d./-])" + noCue + iso)),
        new Shape(Form.NUMERIC, Pattern.compile("(?<![\\p{L}\\d./-])" + cue + numeric), CUE | DIGIT,
            Pattern.compile("(?<![\\p{L}\\d./-])" + noCue + numeric)),
        new Shape(Form.OFFSET_DAY_MONTH_YEAR, Pattern.compile(
            "(?<!\\p{L})" + zone + "\\s*[+-](?<digits>\\d{2,4})\\s+" + month + ",?\\s+" + YEAR), ZONE, null),
        new Shape(Form.DAY_MONTH_YEAR, Pattern.compile(start + dayMonthYear), CUE | WEEKDAY | DIGIT,
            Pattern.compile(digitStart + dayMonthYear)),
        new Shape(Form.MONTH_DAY_YEAR, Pattern.compile(start + month + "\\s*" + DAY
            + "(?:,\\s*|\\s+|(?=(?:19|20)\\d{2}(?!\\d)))" + YEAR), CUE | WEEKDAY | MONTH, null),
        new Shape(Form.MONTH_DAY, Pattern.compile(start + month + "\\s*" + DAY + "(?![\\d\\p{L}])"),
            CUE | WEEKDAY | MONTH, null),
        new Shape(Form.DAY_MONTH, Pattern.compile(start + dayMonth), CUE | WEEKDAY | DIGIT,
            Pattern.compile(digitStart + dayMonth)));
    timeAfter = Pattern.compile("\\G\\s*(?:"
        + "\\(\\s*updated[^)\\n]{0,40}\\)"
        + "|at\\s+\\d{3,4}(?!\\d)"
        + "|\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?:\\s*" + zone + "(?:\\s*[+-]\\d{1,2}(?::?\\d{2})?)?)?"
        + "|\\d{6}(?!\\d)"
        + "|\\d{3,4}\\s*" + zone + "(?:\\s*[+-]\\d{1,2}(?::?\\d{2})?)?"
        + ")", flags);
  }

  private void fileOpeners(List<String> words, int kind) {
    for (String opener : words) {
      char initial = fold(opener.charAt(0));
      // a word of another script opens no Latin date word; opens() lets such words through anyway
      if (initial < 128) {
        if (openersByInitial[initial] == null) {
          openersByInitial[initial] = new ArrayList<>();
        }
        openersByInitial[initial].add(new Opener(opener.split(" ")[0], kind));
        reachAfter = Math.max(reachAfter, opener.split(" ")[0].length());
      }
    }
  }

  private static void file(List<String>[] byInitial, char initial, String word) {
    if (byInitial[initial] == null) {
      byInitial[initial] = new ArrayList<>();
    }
    byInitial[initial].add(word);
  }

  // the longest date shape reaches this far from its digits: "Date of publication: Thursday, 15 September 2016"
  private static final int WINDOW = 64;

  /** The reader over these lexicons' month and weekday names and cues, built once per lexicons. */
  public static DateReader from(Lexicons rules) {
    return rules.built(DateReader.class, r -> new DateReader(r.file(RuleFiles.MONTH_NAMES),
        r.file(RuleFiles.WEEKDAY_NAMES), r.file(RuleFiles.TIMEZONE_CUES), r.file(RuleFiles.PUBLICATION_CUES)));
  }

  /** Every date in {@code range} of {@code text}, in order, none overlapping (the longest wins). */
  public List<DateMention> find(String text, Span range) {
    List<DateMention> all = new ArrayList<>();
    // every date shape holds a digit: run the patterns only in windows around digits, not over the whole text
    // and within those, only near what each shape must hold: a month's name, or digits joined by a mark
    Folded folded = null;
    // each shape's matchers over the folded copy, made once a call: a window only moves their region
    Matcher[] matchers = new Matcher[shapes.size()];
    Matcher[] digitMatchers = new Matcher[shapes.size()];
    for (Span window : digitWindows(text, range)) {
      List<Span> monthsHere = monthNames(text, window);
      List<Span> named = around(monthsHere, window);
      List<Span> joined = around(digitJoins(text, window), window);
      if (named.isEmpty() && joined.isEmpty()) {
        continue;
      }
      folded = folded != null ? folded : folded(text, range);
      // every shape starts where a word or a number starts: try only there, not at every character
      Starts nameStarts = starts(folded, named);
      Starts joinStarts = starts(folded, joined);
      for (int s = 0; s < shapes.size(); s++) {
        Shape shape = shapes.get(s);
        Starts starts = shape.needsMonthName() ? nameStarts : joinStarts;
        int taken = -1;
        for (int k = 0; k < starts.size(); k++) {
          int at = starts.at()[k];
          if (at < taken || (starts.kinds()[k] & shape.opensWith()) == 0) {
            continue;
          }
          boolean atDigit = starts.kinds()[k] == DIGIT && shape.atDigit() != null;
          if (atDigit && dayOpensAtDigit && !digitsMayOpen(shape.form(), folded, at, monthsHere)
              || starts.kinds()[k] == MONTH && !dayAfterMonth(shape.form(), folded, at)) {
            continue; // "20 people", "may be": what must follow the number or the name does not, and no pattern is run
          }
          Matcher[] made = atDigit ? digitMatchers : matchers;
          if (made[s] == null) {
            made[s] = (atDigit ? shape.atDigit() : shape.pattern()).matcher(folded.text()).useTransparentBounds(true);
          }
          Matcher m = made[s];
          m.region(at - folded.base(), starts.regionEnd()[k] - folded.base());
          if (m.lookingAt()) {
            DateMention mention = read(shape.form(), m, folded.base());
            if (mention != null && !all.contains(mention)) {
              all.add(mention);
            }
            taken = m.end() + folded.base();
          }
        }
      }
    }
    all.sort(Comparator.comparingInt((DateMention d) -> d.span().start()).thenComparing(d -> -d.span().length()));
    List<DateMention> kept = new ArrayList<>();
    for (DateMention mention : all) {
      if (kept.isEmpty() || kept.get(kept.size() - 1).span().end() <= mention.span().start()) {
        kept.add(mention);
      }
    }
    return kept;
  }

  /**
   * False when the day-first shapes cannot match at the digit {@code at}: they read one or two ASCII digits, maybe
   * "st", "nd", "rd" or "th", spaces, maybe "of" and spaces, then a month's name, and no name of {@code months} (every
   * one written in the window) starts where that leads. Most numbers near a date ("killing 20 people on 5 May") open
   * none, and the pattern is not run at them.
   */
  private static boolean monthAfterDay(Folded folded, int at, List<Span> months) {
    String text = folded.text();
    int local = at - folded.base();
    for (int digits = 1; digits <= 2; digits++) {
      int end = local + digits;
      if (end > text.length() || !isAsciiDigit(text.charAt(end - 1))) {
        return false;
      }
      if (monthAfterSpaces(text, end, folded.base(), months)) {
        return true;
      }
      for (String suffix : DAY_SUFFIXES) {
        if (text.startsWith(suffix, end) && monthAfterSpaces(text, end + suffix.length(), folded.base(), months)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * False when the shape cannot match at the digit {@code at}: a day-first date needs a month's name after its day
   * ({@link #monthAfterDay}); an ISO date four digits and a hyphen; a numeric one one or two digits and a mark.
   */
  private static boolean digitsMayOpen(Form form, Folded folded, int at, List<Span> months) {
    String text = folded.text();
    int local = at - folded.base();
    return switch (form) {
      case DAY_MONTH_YEAR, DAY_MONTH -> monthAfterDay(folded, at, months);
      case ISO -> local + 4 < text.length() && isAsciiDigit(text.charAt(local)) && isAsciiDigit(text.charAt(local + 1))
          && isAsciiDigit(text.charAt(local + 2)) && isAsciiDigit(text.charAt(local + 3)) && text.charAt(local + 4) == '-';
      case NUMERIC -> local + 1 < text.length() && isAsciiDigit(text.charAt(local))
          && (isDateMark(text.charAt(local + 1))
              || isAsciiDigit(text.charAt(local + 1)) && local + 2 < text.length() && isDateMark(text.charAt(local + 2)));
      default -> true;
    };
  }

  private static boolean isDateMark(char c) {
    return c == '.' || c == '/' || c == '-';
  }

  /**
   * False when a month-first shape cannot match at {@code at}, where only a month's name may open a date: no name
   * written there (with no letter after it) is followed by a full stop or not, spaces or none, and an ASCII digit, as
   * the shapes' day must be ("may be" is no date).
   */
  private boolean dayAfterMonth(Form form, Folded folded, int at) {
    if (form != Form.MONTH_DAY_YEAR && form != Form.MONTH_DAY || !monthsOneWord) {
      return true;
    }
    String text = folded.text();
    int local = at - folded.base();
    List<String> names = monthsByInitial[fold(text.charAt(local))];
    if (names == null) {
      return true; // opened as a month by a name of another initial's list: let the pattern decide
    }
    for (String name : names) {
      int end = local + name.length();
      if (!text.startsWith(name, local) || end < text.length() && Character.isLetter(text.charAt(end))) {
        continue;
      }
      int day = end < text.length() && text.charAt(end) == '.' ? end + 1 : end;
      day = afterSpaces(text, day);
      if (day < text.length() && isAsciiDigit(text.charAt(day))) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> DAY_SUFFIXES = List.of("st", "nd", "rd", "th");

  /** Spaces from {@code from}, maybe "of" and spaces, then one of {@code months}. */
  private static boolean monthAfterSpaces(String text, int from, int base, List<Span> months) {
    int at = afterSpaces(text, from);
    if (at == from) {
      return false;
    }
    if (startsMonth(at + base, months)) {
      return true;
    }
    if (!text.startsWith("of", at)) {
      return false;
    }
    int afterOf = afterSpaces(text, at + 2);
    return afterOf > at + 2 && startsMonth(afterOf + base, months);
  }

  /** The first offset from {@code from} that is not a space as the patterns' {@code \s} reads one. */
  private static int afterSpaces(String text, int from) {
    int at = from;
    while (at < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    return at;
  }

  private static boolean startsMonth(int at, List<Span> months) {
    for (Span month : months) {
      if (month.start() == at) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The places in some regions where a date may start: each word start that opens one, its kinds, its region's end. */
  private record Starts(int[] at, int[] kinds, int[] regionEnd, int size) {}

  private Starts starts(Folded folded, List<Span> regions) {
    int size = 0;
    int[] at = new int[16];
    int[] kinds = new int[16];
    int[] regionEnd = new int[16];
    for (Span region : regions) {
      for (int i = region.start(); i < region.end(); i++) {
        int local = i - folded.base();
        int opens = startsWord(folded.text(), local) ? opens(folded.text(), local) : 0;
        if (opens == 0) {
          continue;
        }
        if (size == at.length) {
          at = java.util.Arrays.copyOf(at, size * 2);
          kinds = java.util.Arrays.copyOf(kinds, size * 2);
          regionEnd = java.util.Arrays.copyOf(regionEnd, size * 2);
        }
        at[size] = i;
        kinds[size] = opens;
        regionEnd[size] = region.end();
        size++;
      }
    }
    return new Starts(at, kinds, regionEnd, size);
  }

  /**
   * False when no date can start at {@code at}: not where a word starts, or a word that opens no date. A date that
   * must start at one place ("a line that opens with its date") is then not looked for.
   */
  public boolean mayStartAt(String text, int at) {
    return at < text.length() && startsWord(text, at) && opens(text, at) != 0;
  }

  /**
   * Where a shape may start: a letter or digit after no letter, and no digit run on into another (a time zone may
   * follow a digit: "12:30GMT +330 March 2017"). The patterns' own look-behinds then decide.
   */
  private static boolean startsWord(String text, int at) {
    char c = text.charAt(at);
    if (!Character.isLetterOrDigit(c)) {
      return false;
    }
    if (at == 0) {
      return true;
    }
    char before = text.charAt(at - 1);
    return !Character.isLetter(before) && !(Character.isDigit(before) && Character.isDigit(c));
  }

  /**
   * The kinds of date word the word at {@code at} may be (the bits above; none when it opens no date). Compares
   * case-folded, so the text may be folded already (find's copy) or not (mayStartAt).
   */
  private int opens(String text, int at) {
    char c = fold(text.charAt(at));
    if (c >= 128) {
      return ANY;
    }
    if (Character.isDigit(c)) {
      return DIGIT;
    }
    List<Opener> openers = openersByInitial[c];
    if (openers == null) {
      return 0;
    }
    int kinds = 0;
    for (Opener opener : openers) {
      if (writtenFrom(text, at, opener.word())) {
        kinds |= opener.kind();
      }
    }
    return kinds;
  }

  private static boolean writtenFrom(String text, int at, String word) {
    if (at + word.length() > text.length()) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (fold(text.charAt(at + k)) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Where a month's name is written in the window, in any case, with no letter right after it. */
  private List<Span> monthNames(String text, Span window) {
    List<Span> found = new ArrayList<>();
    for (int i = window.start(); i < window.end(); i++) {
      char first = fold(text.charAt(i));
      // a name may follow a letter: a publication cue runs into it in "PublishedAugust 15"
      if (first >= 128 || monthsByInitial[first] == null) {
        continue;
      }
      if (i + 1 < window.end() && !oneLetterMonth[first]) {
        char second = fold(text.charAt(i + 1));
        if (second < 128 && !monthOpenings[first * 128 + second]) {
          continue;
        }
      }
      for (String name : monthsByInitial[first]) {
        if (writtenAt(text, i, window.end(), name)) {
          found.add(new Span(i, i + name.length()));
          break;
        }
      }
    }
    return found;
  }

  /** The stretches of {@code window} within {@link #WINDOW} characters of any of {@code marks}, merged. */
  private static List<Span> around(List<Span> marks, Span window) {
    List<Span> regions = new ArrayList<>();
    for (Span mark : marks) {
      int from = Math.max(window.start(), mark.start() - WINDOW);
      int to = Math.min(window.end(), mark.end() + WINDOW);
      Span last = regions.isEmpty() ? null : regions.get(regions.size() - 1);
      if (last != null && from <= last.end()) {
        regions.set(regions.size() - 1, new Span(last.start(), Math.max(last.end(), to)));
      } else {
        regions.add(new Span(from, to));
      }
    }
    return regions;
  }

  private static boolean writtenAt(String text, int at, int end, String name) {
    if (at + name.length() > end) {
      return false;
    }
    for (int k = 0; k < name.length(); k++) {
      if (fold(text.charAt(at + k)) != name.charAt(k)) {
        return false;
      }
    }
    int after = at + name.length();
    return after >= text.length() || !Character.isLetter(text.charAt(after));
  }

  /**
   * A copy of the text from {@code base} on, {@code range} and a character either side case-folded: offsets in it
   * are the text's less {@code base}.
   */
  private record Folded(String text, int base) {}

  /**
   * The stretch of the text the shapes can read when they match in {@code range}, the range and a character either
   * side case-folded: a look-behind reads one character before a match, a look-ahead at most {@link #reachAfter}
   * after the range's end, a date-opening word ({@link #opens}) no further. Only this much is copied, since the head
   * readers ask for a dateline's few characters of a long text line by line.
   */
  private Folded folded(String text, Span range) {
    int base = Math.max(0, range.start() - 1);
    int end = Math.min(text.length(), range.end() + 1 + reachAfter);
    char[] chars = new char[end - base];
    text.getChars(base, end, chars, 0);
    int foldEnd = Math.min(text.length(), range.end() + 1) - base;
    for (int i = 0; i < foldEnd; i++) {
      chars[i] = fold(chars[i]);
    }
    return new Folded(new String(chars), base);
  }

  /** Case folded as CASE_INSENSITIVE and UNICODE_CASE compare letters. */
  private static char fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /** Where a dot, slash or hyphen stands between two digits in the window, as numeric and ISO dates need. */
  private static List<Span> digitJoins(String text, Span window) {
    List<Span> found = new ArrayList<>();
    for (int i = window.start() + 1; i + 1 < window.end(); i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '/' || c == '-') && Character.isDigit(text.charAt(i - 1))
          && Character.isDigit(text.charAt(i + 1))) {
        found.add(new Span(i, i + 1));
      }
    }
    return found;
  }

  /** Stretches of {@code range} within {@link #WINDOW} characters of a digit, merged where they meet. */
  private static List<Span> digitWindows(String text, Span range) {
    List<Span> windows = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (int i = range.start(); i < range.end(); i++) {
      if (!Character.isDigit(text.charAt(i))) {
        continue;
      }
      int from = Math.max(range.start(), i - WINDOW);
      int to = Math.min(range.end(), i + WINDOW);
      if (start >= 0 && from <= end) {
        end = to;
      } else {
        if (start >= 0) {
          windows.add(new Span(start, end));
        }
        start = from;
        end = to;
      }
    }
    if (start >= 0) {
      windows.add(new Span(start, end));
    }
    return windows;
  }

  /** Every four-digit year (1900 to 2099) written on its own in {@code range}, in order. */
  public List<Integer> years(String text, Span range) {
    List<Integer> years = new ArrayList<>();
    Matcher m = YEAR_ALONE.matcher(text).region(range.start(), range.end()).useTransparentBounds(true);
    while (m.find()) {
      years.add(Integer.parseInt(m.group()));
    }
    return years;
  }

  /** Where a time printed right after a date ends ("22:09:14", "at 2354", "2037 UTC+3"), or {@code from}. */
  public int endOfTime(String text, int from) {
    Matcher m = timeAfter.matcher(text).region(from, text.length());
    return m.lookingAt() ? m.end() : from;
  }

  /** The date a shape matched in a copy of the text whose offsets are the text's less {@code base}. */
  private DateMention read(Form form, Matcher m, int base) {
    boolean cued = form != Form.OFFSET_DAY_MONTH_YEAR && m.group("cue") != null;
    int start = m.start() + base;
    int year;
    int month;
    int day;
    switch (form) {
      case ISO -> {
        year = Integer.parseInt(m.group("year"));
        month = Integer.parseInt(m.group("a"));
        day = Integer.parseInt(m.group("b"));
      }
      case NUMERIC -> {
        year = Integer.parseInt(m.group("year"));
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        // Day first unless that cannot be: the corpus's sites write dd/mm/yyyy.
        boolean monthFirst = b > 12 && a <= 12;
        day = monthFirst ? b : a;
        month = monthFirst ? a : b;
      }
      case OFFSET_DAY_MONTH_YEAR -> {
        String digits = m.group("digits");
        int split = offsetSplit(digits);
        if (split < 0) {
          return null;
        }
        year = Integer.parseInt(m.group("year"));
        month = months.get(m.group("month").toLowerCase(Locale.ROOT));
        day = Integer.parseInt(digits.substring(split));
        start = m.start("digits") + split + base;
      }
      case DAY_MONTH_YEAR, MONTH_DAY_YEAR -> {
        year = Integer.parseInt(m.group("year"));
        month = months.get(m.group("month").toLowerCase(Locale.ROOT));
        day = Integer.parseInt(m.group("day"));
      }
      default -> {
        year = 0;
        month = months.get(m.group("month").toLowerCase(Locale.ROOT));
        day = Integer.parseInt(m.group("day"));
      }
    }
    if (month < 1 || month > 12 || day < 1 || day > java.time.Month.of(month).maxLength()) {
      return null;
    }
    DateMention mention = new DateMention(new Span(start, m.end() + base), year == 0 ? null : year, month, day, cued);
    return year != 0 && mention.date().isEmpty() ? null : mention;
  }

  /** Where the day starts in digits run on from a UTC offset ("330" is +3 and day 30), or -1. */
  private static int offsetSplit(String digits) {
    for (int split = 1; split < digits.length(); split++) {
      int offset = Integer.parseInt(digits.substring(0, split));
      String day = digits.substring(split);
      if (offset <= 14 && day.length() <= 2 && Integer.parseInt(day) >= 1 && Integer.parseInt(day) <= 31) {
        return split;
      }
    }
    return -1;
  }

  private static List<String> words(RuleFile file, String column) {
    return file.rows().stream().map(r -> r.get(column).toLowerCase(Locale.ROOT)).toList();
  }

  /** Longest first, so that "september" is tried before "sep". */
  private static String alternation(java.util.Collection<String> words) {
    return words.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.joining("|"));
  }
}
