package org.tally.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleFiles;
import org.tally.lexicon.RuleRow;
import org.tally.model.Span;

/**
 * Cuts a stretch of text into sentences in one pass over its characters. A sentence ends at
 * {@code . ! ? …} (with any closing quotes or brackets after it) when a space and a word that is not
 * lower case follow, unless the period closes an abbreviation (abbreviations.tsv) or an initial.
 * A blank line always ends a sentence; a single line break does too, except in hard-wrapped text.
 */
public final class SentenceSplitter {
  private static final String CLOSERS = "\"'”’»)]*_";
  private static final String OPENERS = "\"'“‘«([";
  private static final int LONGEST_ABBREVIATION = 12;
  static final int LONGEST_SENTENCE = 2000;

  private final Set<String> abbreviations = new HashSet<>();

  SentenceSplitter(RuleFile abbreviationFile) {
    for (RuleRow row : abbreviationFile.rows()) {
      abbreviations.add(row.get("abbreviation"));
    }
  }

  /** The splitter over these lexicons' abbreviations, built once per lexicons. */
  public static SentenceSplitter from(Lexicons rules) {
    return rules.built(SentenceSplitter.class, r -> new SentenceSplitter(r.file(RuleFiles.ABBREVIATIONS)));
  }

  /** The sentences of {@code range}, in order, each without surrounding whitespace. */
  public List<Span> split(String text, Span range) {
    List<Span> sentences = new ArrayList<>();
    int end = range.end();
    boolean wrapped = HardWrap.isWrapped(text, range);
    int start = range.start();
    int i = start;
    int lineStart = start;
    while (i < end) {
      char c = text.charAt(i);
      if (c == '\n') {
        int after = skipInlineSpace(text, i + 1, end);
        // the line that ends here, not the whole sentence so far: a long wrapped sentence is read once
        if (after >= end || text.charAt(after) == '\n' || !wrapped || tableRow(text, Math.max(start, lineStart), i)
            || tableRow(text, after, lineEnd(text, after, end)) || bullet(text, after, end)
            || fieldLine(text, Math.max(start, lineStart), end) && fieldLine(text, after, end)) {
          add(sentences, text, start, i);
          start = i + 1;
        }
        lineStart = i + 1;
        i++;
        continue;
      }
      if (!isTerminal(c)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < end && isTerminal(text.charAt(j))) {
        j++;
      }
      while (j < end && CLOSERS.indexOf(text.charAt(j)) >= 0) {
        j++;
      }
      if (j < end && LineText.isSpace(text.charAt(j)) && endsHere(text, i, j, end)) {
        add(sentences, text, start, j);
        start = j;
      }
      i = j;
    }
    add(sentences, text, start, end);
    return sentences;
  }

  /** {@code . ! ? …}: tested for every character, so without a string search. */
  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…';
  }

  /** Whether the punctuation at {@code mark} (closers up to {@code after}) ends a sentence. */
  private boolean endsHere(String text, int mark, int after, int end) {
    int next = after;
    while (next < end && LineText.isSpace(text.charAt(next))) {
      next++;
    }
    if (next >= end) {
      return true;
    }
    char first = text.charAt(next);
    while (OPENERS.indexOf(first) >= 0 && next + 1 < end) {
      first = text.charAt(++next);
    }
    if (Character.isLowerCase(first)) {
      return false;
    }
    return text.charAt(mark) != '.' || after > mark + 1 || !isAbbreviation(text, mark);
  }

  /** The word before the period at {@code dot} is a listed abbreviation or a capital initial ("F."). */
  private boolean isAbbreviation(String text, int dot) {
    int from = dot;
    while (from > 0 && dot - from < LONGEST_ABBREVIATION && !LineText.isSpace(text.charAt(from - 1))
        && OPENERS.indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    String word = text.substring(from, dot + 1);
    if (abbreviations.contains(word)) {
      return true;
    }
    return word.length() == 2 && Character.isUpperCase(word.charAt(0));
  }

  // a cell border of a table written in text: "Helmand | Nad-e Ali | Two insurgents killed"
  private static final String CELL_BORDER = " | ";

  /**
   * Whether {@code [from, to)} holds a row of a table written with cell borders: a release's summary table is not
   * hard-wrapped prose, each of its rows is a line of its own, whatever the lines around it look like.
   */
  private static boolean tableRow(String text, int from, int to) {
    // looked for inside the line only: a search through the rest of the text would make splitting a long text of
    // many lines quadratic
    for (int at = from; at < to; at++) {
      if (text.charAt(at) == ' ' && text.startsWith(CELL_BORDER, at)) {
        return true;
      }
    }
    return false;
  }

  // a list item's mark: a dash, star or bullet and a space ("- Bab Touma: four civilians killed")
  private static final String BULLETS = "-*\u2022\u00b7\u2013";

  /** Whether a list item opens at {@code at}: an item is a line of its own even in hard-wrapped text. */
  private static boolean bullet(String text, int at, int end) {
    return at + 1 < end && BULLETS.indexOf(text.charAt(at)) >= 0 && text.charAt(at + 1) == ' ';
  }

  // the longest label a field line opens with: "Event type", "Suspected perpetrator", "Number of injured"
  private static final int MAX_LABEL_WORDS = 3;
  private static final int MAX_LABEL_LENGTH = 30;

  /**
   * Whether a line opens at {@code from} with a field's label, a capitalised word or up to {@value #MAX_LABEL_WORDS}
   * words then a colon ("Deaths: 6 (five soldiers, one civilian driver)", "Event type: ambush"): two such lines in a row
   * are an incident sheet's fields, each a line of its own, whatever their width; a headline that opens with its
   * speaker ("Human Rights Commissioner: ...") between lines of prose is none.
   */
  private static boolean fieldLine(String text, int from, int end) {
    if (from >= end || !Character.isUpperCase(text.charAt(from))) {
      return false;
    }
    int words = 1;
    for (int at = from + 1; at < end && at - from <= MAX_LABEL_LENGTH; at++) {
      char c = text.charAt(at);
      if (c == ':') {
        return at + 1 >= end || LineText.isSpace(text.charAt(at + 1)) || text.charAt(at + 1) == '\n';
      }
      if (c == ' ') {
        if (++words > MAX_LABEL_WORDS) {
          return false;
        }
      } else if (!Character.isLetter(c) && c != '-' && c != '\'') {
        return false;
      }
    }
    return false;
  }

  private static int lineEnd(String text, int from, int end) {
    int at = text.indexOf('\n', from);
    return at < 0 || at > end ? end : at;
  }

  private static int skipInlineSpace(String text, int from, int end) {
    while (from < end && text.charAt(from) != '\n' && LineText.isSpace(text.charAt(from))) {
      from++;
    }
    return from;
  }

  private static void add(List<Span> sentences, String text, int start, int end) {
    while (start < end && LineText.isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && LineText.isSpace(text.charAt(end - 1))) {
      end--;
    }
    // a "sentence" longer than any real one (a run-on list, a text without stops) is cut at a space or comma,
    // so that every per-sentence step stays bounded
    while (end - start > LONGEST_SENTENCE) {
      int cut = start + LONGEST_SENTENCE;
      int at = cut;
      while (at > start + LONGEST_SENTENCE / 2 && !LineText.isSpace(text.charAt(at)) && text.charAt(at) != ',') {
        at--;
      }
      if (at <= start + LONGEST_SENTENCE / 2) {
        at = cut;
      }
      // the piece keeps its comma unless that would make it one character too long (a comma right at the cut)
      boolean comma = text.charAt(at) == ',' && at + 1 - start <= LONGEST_SENTENCE;
      addTrimmed(sentences, text, start, comma ? at + 1 : at);
      start = at + 1;
    }
    if (start < end) {
      sentences.add(new Span(start, end));
    }
  }

  /** Adds {@code [start, end)} less the spaces around it, when anything is left. */
  private static void addTrimmed(List<Span> sentences, String text, int start, int end) {
    while (start < end && LineText.isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && LineText.isSpace(text.charAt(end - 1))) {
      end--;
    }
    if (start < end) {
      sentences.add(new Span(start, end));
    }
  }
}
