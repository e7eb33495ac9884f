package org.tally.extract.actor;

import java.util.List;
import java.util.Objects;
import org.tally.extract.token.Token;
import org.tally.lexicon.RuleRow;

/**
 * The rule that decided something, for {@code tally extract --explain}: a data file's row (file and line) and the
 * words it matched, or a built-in rule named by what it does. Every actor named and every cue read makes one, and most
 * are never shown, so the row's "file:line" and the whole text are written out only when asked for, and once.
 * Equal, hashed and printed as a record of its two texts would be.
 */
public final class Rule {
  private final RuleRow row;
  private String where;
  private final String words;
  private String text;

  private Rule(RuleRow row, String where, String words) {
    this.row = row;
    this.where = where;
    this.words = words;
  }

  public Rule(String where, String words) {
    this(null, where, words);
  }

  public static Rule of(RuleRow row, String words) {
    return new Rule(row, null, words);
  }

  /** The row and the tokens {@code [from, to)} it matched, joined by single spaces. */
  public static Rule of(RuleRow row, List<Token> tokens, int from, int to) {
    return of(row, words(tokens, from, to));
  }

  public static String words(List<Token> tokens, int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i < to; i++) {
      out.append(i > from ? " " : "").append(tokens.get(i).text());
    }
    return out.toString();
  }

  /** A rule written in code, not in a data file: {@code what} says which. */
  public static Rule builtIn(String what, String words) {
    return new Rule("built-in: " + what, words);
  }

  /** The data file and line ("actors.tsv:12"), or "built-in: " and what a rule in code does. */
  public String where() {
    if (where == null) {
      where = row.file() + ":" + row.line();
    }
    return where;
  }

  public String words() {
    return words;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Rule r && where().equals(r.where()) && Objects.equals(words, r.words);
  }

  @Override
  public int hashCode() {
    return 31 * where().hashCode() + Objects.hashCode(words); // as the record this was hashed
  }

  @Override
  public String toString() {
    if (text == null) {
      text = where() + " \"" + words + "\"";
    }
    return text;
  }
}
