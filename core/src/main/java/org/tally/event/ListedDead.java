package org.tally.event;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The office gave the dead by quarter:" then "Quartier 1: 31" and "Quartier 2: 18"; "Villagers gave the names of those
 * killed:" then "- U Maung Hla, 62, fisherman": the dead told only in a list after a line that names them and ends
 * with a colon. A table of places and their dead adds up its figures (or gives its total row); a list of the dead by
 * name counts its lines. Issue 11, genres29 (twenty-seventh-report-08, twenty-ninth-report-04 and -11).
 */
final class ListedDead {
  // the line that opens the list: it names the dead and ends with a colon
  private static final Pattern INTRO = Pattern.compile("\\b(dead|killed|victims|died|deaths|toll)\\b[^\\n]*:\\s*$",
      Pattern.CASE_INSENSITIVE);
  // "Quartier 1: 31", "Pazigyi              31", "Al-Matar – 4 dead": a label, a colon, a tab, a dash or a wide gap, the
  // figure and at most the word for the dead
  private static final Pattern TABLE_ROW = Pattern.compile(
      "^\\s*(?:[-\\u2022*]\\s+)?(\\p{L}[^:\\t]*?)(?::|\\t|\\s{2,}|\\s[\\u2013\\u2014-]\\s)\\s*(\\d[\\d,]*)"
      + "(?:\\s+(?:dead|killed|deaths|people))?\\s*\\.?\\s*$", Pattern.CASE_INSENSITIVE);
  // "- U Maung Hla, 62, fisherman", "1. Ahmad K., 34": one of the dead on a line of their own
  private static final Pattern NAME_ROW = Pattern.compile("^\\s*(?:[-\\u2022*\\u2013]|\\d{1,2}[.)])\\s+\\p{L}");
  private static final Pattern TOTAL_LABEL = Pattern.compile("^(total|all|overall)\\b", Pattern.CASE_INSENSITIVE);

  private ListedDead() {}

  /** A list's dead, and where its rows run in the text (from its opening line's end to its last row's). */
  record Listed(int dead, int start, int end) {
    boolean holds(int at) {
      return at >= start && at <= end;
    }
  }

  /** The dead of the first such list whose opening line ends within [from, to) of the text; empty when none. */
  static Optional<Listed> within(String text, int from, int to) {
    if (text == null) {
      return Optional.empty();
    }
    String[] lines = text.split("\n", -1);
    int at = 0;
    // no opening line at or past the window's end can qualify
    for (int i = 0; i < lines.length && at < to; i++) {
      int end = at + lines[i].length();
      if (end >= from && end < to && INTRO.matcher(lines[i]).find()) {
        int[] last = {end};
        Optional<Integer> dead = listed(lines, i + 1, end + 1, last);
        if (dead.isPresent()) {
          return Optional.of(new Listed(dead.get(), end, last[0]));
        }
      }
      at = end + 1;
    }
    return Optional.empty();
  }

  // the rows after the opening line: blank lines before the first row skipped, a header row without a figure too
  private static Optional<Integer> listed(String[] lines, int first, int offset, int[] last) {
    int sum = 0;
    int at = offset;
    int names = 0;
    int rows = 0;
    Integer total = null;
    boolean header = false;
    for (int i = first; i < lines.length; at += lines[i].length() + 1, i++) {
      String line = lines[i];
      if (line.isBlank()) {
        if (rows > 0 || header) {
          break;
        }
        continue;
      }
      Matcher row = TABLE_ROW.matcher(line);
      if (row.find()) {
        int figure = Integer.parseInt(row.group(2).replace(",", ""));
        if (TOTAL_LABEL.matcher(row.group(1).strip()).find()) {
          total = figure;
        } else {
          sum += figure;
        }
        rows++;
        last[0] = at + line.length();
      } else if (NAME_ROW.matcher(line).find()) {
        names++;
        rows++;
        last[0] = at + line.length();
      } else if (rows == 0 && !header && line.strip().split("\\s{2,}|\\t").length > 1) {
        header = true;
      } else {
        break;
      }
    }
    if (rows < 2) {
      return Optional.empty();
    }
    // a list mixes its forms only by mistake: the table's figures where it has any, else the names
    return Optional.of(total != null ? total : sum > 0 ? sum : names);
  }

  /** Whether a count's words give a figure ("31", "three", "a woman"), not only a vague word or a plural. */
  static boolean figured(String countText) {
    if (countText == null) {
      return false;
    }
    String lower = countText.strip().toLowerCase(Locale.ROOT);
    return lower.chars().anyMatch(Character::isDigit) || FIGURE_WORD.matcher(lower).find();
  }

  private static final Pattern FIGURE_WORD = Pattern.compile("^(a|an|one|two|three|four|five|six|seven|eight|nine|ten"
      + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
      + "|seventy|eighty|ninety|hundred|both)\\b");
}
