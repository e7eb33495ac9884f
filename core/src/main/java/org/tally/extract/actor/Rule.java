package org.tally.extract.actor;

import java.util.List;
import org.tally.extract.token.Token;
import org.tally.lexicon.RuleRow;

/**
 * The rule that decided something, for {@code tally extract --explain}: a data file's row (file and line) and the
 * words it matched, or a built-in rule named by what it does.
 */
public record Rule(String where, String words) {
  public static Rule of(RuleRow row, String words) {
    return new Rule(row.file() + ":" + row.line(), words);
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

  @Override
  public String toString() {
    return where + " \"" + words + "\"";
  }
}
