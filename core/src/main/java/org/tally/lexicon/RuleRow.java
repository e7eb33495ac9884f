package org.tally.lexicon;

import java.util.List;
import java.util.Optional;

/** One entry of a rule file, with where it came from so that errors can point at it. */
public record RuleRow(String file, int line, String raw, List<String> columns, List<String> fields) {
  public String get(int index) {
    return index < fields.size() ? fields.get(index).strip() : "";
  }

  public String get(String column) {
    int index = columns.indexOf(column);
    if (index < 0) {
      throw new IllegalArgumentException(file + " has no column '" + column + "'; it has " + columns);
    }
    return get(index);
  }

  /** The field, or empty when blank or "-" (the rule files' "no value"). */
  public Optional<String> optional(String column) {
    String value = get(column);
    return value.isEmpty() || value.equals("-") ? Optional.empty() : Optional.of(value);
  }

  /** The field as an int, or empty for "-"; a clear error naming file, line and column otherwise. */
  public Optional<Integer> integer(String column) {
    Optional<String> value = optional(column);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(value.get()));
    } catch (NumberFormatException e) {
      throw error(column, "\"" + value.get() + "\" is not a number; use an integer or -");
    }
  }

  public boolean bool(String column) {
    String value = get(column);
    return switch (value) {
      case "true", "yes" -> true;
      case "false", "no", "", "-" -> false;
      default -> throw error(column, "\"" + value + "\" is not true or false");
    };
  }

  /** An error that points at this row's field, with a caret under it. */
  public RuleFileException error(String column, String message) {
    return new RuleFileException(file, List.of(problem(column, message)));
  }

  /** A problem with this row's field, reported as {@code FILE:LINE: column: message} with a caret under the field. */
  public RuleFileException.Problem problem(String column, String message) {
    int index = columns.indexOf(column);
    int at = 0;
    for (int i = 0; i < index && at >= 0; i++) {
      at = raw.indexOf('\t', at) + 1;
    }
    int width = Math.max(1, index < 0 ? 1 : get(index).length());
    return new RuleFileException.Problem(line, raw, Math.max(at, 0), width, column + ": " + message);
  }
}
