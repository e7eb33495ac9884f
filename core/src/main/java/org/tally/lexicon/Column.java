package org.tally.lexicon;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One column of a rule file as {@link RuleFiles} declares it: its name, what its values may be, and whether a row
 * may leave it blank (or write "-", the rule files' "no value"). A row's value is checked as written, stripped.
 */
public record Column(String name, Type type, boolean mayBeBlank) {
  public Column {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a column needs a name");
    }
  }

  /** What the values of a column may be. {@code problem} says, for a casualty recorder, what is wrong with one. */
  public sealed interface Type permits Text, Int, OneOf, Matching, Flag, Regex {
    Optional<String> problem(String value);
  }

  /** Any text. */
  public record Text() implements Type {
    public Optional<String> problem(String value) {
      return Optional.empty();
    }
  }

  /** A whole number from {@code min} to {@code max}. */
  public record Int(int min, int max) implements Type {
    public Optional<String> problem(String value) {
      int n;
      try {
        n = Integer.parseInt(value);
      } catch (NumberFormatException e) {
        return Optional.of(quoted(value) + " is not a number; use an integer");
      }
      return n < min || n > max ? Optional.of(n + " is not between " + min + " and " + max) : Optional.empty();
    }
  }

  /** One of a closed set of words, compared as written in lower case. */
  public record OneOf(List<String> values) implements Type {
    public OneOf {
      values = List.copyOf(values);
    }

    public Optional<String> problem(String value) {
      return values.contains(value.toLowerCase(Locale.ROOT)) ? Optional.empty()
          : Optional.of(quoted(value) + " is not one of " + String.join(", ", values));
    }
  }

  /** Text of a set shape, described to the reader as {@code what} ("an actor id: lower case, digits, hyphens"). */
  public record Matching(Pattern pattern, String what) implements Type {
    public Optional<String> problem(String value) {
      return pattern.matcher(value).matches() ? Optional.empty() : Optional.of(quoted(value) + " is not " + what);
    }
  }

  /** true or false (yes or no). */
  public record Flag() implements Type {
    public Optional<String> problem(String value) {
      return List.of("true", "false", "yes", "no").contains(value) ? Optional.empty()
          : Optional.of(quoted(value) + " is not true or false");
    }
  }

  /** A Java regular expression. */
  public record Regex() implements Type {
    public Optional<String> problem(String value) {
      try {
        Pattern.compile(value);
        return Optional.empty();
      } catch (PatternSyntaxException e) {
        return Optional.of(quoted(value) + " is not a valid regular expression: " + e.getDescription());
      }
    }
  }

  public static Column text(String name) {
    return new Column(name, new Text(), false);
  }

  public static Column integer(String name) {
    return new Column(name, new Int(Integer.MIN_VALUE, Integer.MAX_VALUE), false);
  }

  public static Column integer(String name, int min, int max) {
    return new Column(name, new Int(min, max), false);
  }

  public static Column oneOf(String name, String... values) {
    return new Column(name, new OneOf(List.of(values)), false);
  }

  /** One of an enum's constants, written in lower case ("killed", "civilians"). */
  public static Column oneOf(String name, Class<? extends Enum<?>> type) {
    return new Column(name, new OneOf(Arrays.stream(type.getEnumConstants())
        .map(e -> e.name().toLowerCase(Locale.ROOT)).toList()), false);
  }

  public static Column matching(String name, String regex, String what) {
    return new Column(name, new Matching(Pattern.compile(regex), what), false);
  }

  public static Column flag(String name) {
    return new Column(name, new Flag(), false);
  }

  public static Column regex(String name) {
    return new Column(name, new Regex(), false);
  }

  /** The example sentence every row carries; a file's {@link ExampleCheck} runs it. */
  public static Column example() {
    return text("example");
  }

  /** This column, which a row may leave blank or write as "-". */
  public Column optional() {
    return new Column(name, type, true);
  }

  /** What is wrong with this value, or empty when it is fine. */
  public Optional<String> problem(String value) {
    if (value.isEmpty() || value.equals("-")) {
      return mayBeBlank ? Optional.empty() : Optional.of("is empty; this column needs a value");
    }
    return type.problem(value);
  }

  private static String quoted(String value) {
    return "\"" + value + "\"";
  }
}
