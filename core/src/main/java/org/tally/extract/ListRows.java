package org.tally.extract;

import java.util.List;
import java.util.Optional;
import org.tally.extract.count.CountMention;
import org.tally.extract.token.Token;
import org.tally.extract.victim.VictimWords;
import org.tally.model.Harm;
import org.tally.model.Victims;

/**
 * "The Observatory documented the death of 1,187 people ... The toll is distributed as follows:" then "Civilians: 512,
 * among them 98 children", "Rebel and Islamist fighters: 211": a toll's rows, each a label and its figure after a colon
 * or a cell border, name no harm of their own; they share the harm of the toll the sentence ending in a colon
 * introduced, and each counts the people its label names (issue 11, count28: count-written-7's t14; monitors' monthly
 * tolls and army tallies are written so).
 */
final class ListRows {
  // the marks that part a row's label from its figure: "Civilians: 512", "ISIS | 41"
  private static final String PARTS = ":|";
  // a label is a few words, never a clause
  private static final int MAX_LABEL_TOKENS = 8;

  private ListRows() {}

  /** A row: its figure, and the people its label names (null: the label names none). */
  record Row(CountMention count, Victims victims) {}

  /**
   * The row {@code tokens} hold: a short label with no figure of its own (a bullet may open it), then a colon or cell
   * border and at once a figure. Empty when the sentence is no such row.
   */
  static Optional<Row> row(List<Token> tokens, List<CountMention> mentions, VictimWords victims) {
    if (mentions.isEmpty()) {
      return Optional.empty();
    }
    CountMention first = mentions.get(0);
    int count = TokenSpans.tokenStartingAt(tokens, first.count().span().start());
    if (count < 2 || count - 1 > MAX_LABEL_TOKENS || !PARTS.contains(tokens.get(count - 1).text())) {
      return Optional.empty();
    }
    Victims named = null;
    for (int i = 0; i < count - 1 && named == null; i++) {
      if (!tokens.get(i).isWord()) {
        continue;
      }
      if (victims.head(tokens, i) instanceof VictimWords.People people && people.victims() != null
          && people.end() <= count - 1) {
        named = people.victims();
      }
    }
    return Optional.of(new Row(first, named));
  }

  /**
   * "The death toll rose to 53 people: 21 civilians among them 6 children and 3 women and 18 rebel fighters": a count
   * right after the colon that ends a toll's people is the first part of its breakdown, of the toll's harm. Without
   * this, the part waited for a harm its own list never gives when a breakdown of its own ("among them 6 children")
   * stands between it and the next part (issue 11, count31: count-written-10's a20).
   */
  static boolean breakdownAfterColon(List<Token> tokens, Casualty toll, int from) {
    return toll != null && toll.harm() != null && from >= 1 && tokens.get(from - 1).is(":")
        && toll.headEnd() == from - 1;
  }

  /** Whether the sentence {@code tokens} hold ends in a colon: it announces the list below it. */
  static boolean introduces(List<Token> tokens) {
    return !tokens.isEmpty() && tokens.get(tokens.size() - 1).is(":");
  }

  /** The harm and people of the toll a colon introduced, which its rows count. */
  record Toll(Harm harm, Victims victims) {}

  /**
   * The toll in force after a sentence: a sentence ending in a colon introduces the largest toll it or the sentence
   * before it told ({@code told}, {@code toldBefore}); a row keeps the toll; any other sentence ends it.
   */
  static Toll next(Toll current, List<Token> tokens, boolean row, List<org.tally.model.Claim> told,
      List<org.tally.model.Claim> toldBefore) {
    if (introduces(tokens)) {
      List<org.tally.model.Claim> from = told.isEmpty() ? toldBefore : told;
      if (from.isEmpty()) {
        return null;
      }
      // the toll itself, not a breakdown told after it ("212 civilians, 49 of them children and 31 women"): the largest
      org.tally.model.Claim whole = from.stream().max(java.util.Comparator.comparingInt(
          (org.tally.model.Claim c) -> c.count().min() == null ? 0 : c.count().min())).orElseThrow();
      return new Toll(whole.harm(), whole.victims());
    }
    return row || header(tokens) ? current : null;
  }

  /**
   * "Governorate | Civilian victims", "Party | Arrests": a table's header, cells and no figure, between the sentence
   * that introduced the toll and its rows; it keeps the toll in force (issue 11, count29: count-written-8's a14).
   */
  static boolean header(List<Token> tokens) {
    boolean cells = false;
    for (Token t : tokens) {
      if (t.is("|")) {
        cells = true;
      } else if (!t.isWord() || Character.isDigit(t.text().charAt(0))) {
        return false;
      }
    }
    return cells && tokens.size() <= 2 * MAX_LABEL_TOKENS;
  }

  /**
   * "212 civilians killed ... as follows: Syrian regime forces | 96, Russian forces | 17": in a toll of non-combatants a
   * label naming a force cannot name the people counted (soldiers are no civilians); it names who harmed them, and the
   * row counts the toll's people (issue 11, count29: count-written-7's u07).
   */
  private static boolean whoDidIt(Victims label, Victims toll) {
    return (label == Victims.SOLDIERS || label == Victims.FIGHTERS)
        && (toll == Victims.CIVILIANS || toll == Victims.CHILDREN || toll == Victims.WOMEN);
  }

  /** The row's people as a casualty of the introduced toll's harm; its label's victims, else the toll's. */
  static Casualty casualty(List<Token> tokens, Row row, Harm harm, Victims tollVictims) {
    int from = TokenSpans.tokenStartingAt(tokens, row.count().count().span().start());
    int to = TokenSpans.tokenEndingAt(tokens, row.count().count().span().end());
    Victims victims = row.victims() != null && !whoDidIt(row.victims(), tollVictims) ? row.victims()
        : tollVictims != null ? tollVictims : Victims.PEOPLE;
    return new Casualty(harm, victims, row.count().count(), row.count().text(), from, to, to);
  }
}
