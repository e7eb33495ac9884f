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
  private String words;
  private String text;
  /** The tokens the words are joined from when first asked for, or null once joined or when given as text. */
  private List<Token> tokens;
  private int from;
  private int to;

  private Rule(RuleRow row, String where, String words) {
    this.row = row;
    this.where = where;
    this.words = words;
  }

  private Rule(RuleRow row, List<Token> tokens, int from, int to) {
    this(row, null, null);
    this.tokens = tokens;
    this.from = from;
    this.to = to;
  }

  public Rule(String where, String words) {
    this(null, where, words);
  }

  public static Rule of(RuleRow row, String words) {
    return new Rule(row, null, words);
  }

  /**
   * The row and the tokens {@code [from, to)} it matched, joined by single spaces when first read: every actor named
   * makes a rule, and most rules are never read.
   */
  public static Rule of(RuleRow row, List<Token> tokens, int from, int to) {
    return new Rule(row, tokens, from, to);
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
    if (tokens != null) {
      words = words(tokens, from, to);
      tokens = null;
    }
    return words;
  }

  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof Rule r && where().equals(r.where()) && Objects.equals(words(), r.words());
  }

  @Override
  public int hashCode() {
    return 31 * where().hashCode() + Objects.hashCode(words()); // as the record this was hashed
  }

  /**
   * {@code where "words"}, written out once into one buffer: most rules that are printed at all are printed once, so
   * their "file:line" and joined words are not kept as strings of their own.
   */
  @Override
  public String toString() {
    if (text == null) {
      StringBuilder out = new StringBuilder(64);
      if (where != null) {
        out.append(where);
      } else {
        out.append(row.file()).append(':').append(row.line());
      }
      out.append(" \"");
      if (tokens != null) {
        for (int i = from; i < to; i++) {
          if (i > from) {
            out.append(' ');
          }
          out.append(tokens.get(i).text());
        }
      } else {
        out.append(words);
      }
      text = out.append('"').toString();
    }
    return text;
  }
}
