package org.tally.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The declaration of one rule file: where it lives on the class path, its typed columns, and how its rows'
 * examples are checked. Every bundled file has exactly one, in {@link RuleFiles}.
 *
 * @param path the resource path, from the class-path root ("/org/tally/extract/harm/harm-cues.tsv")
 * @param columns the columns, in the order of the file's {@code # columns:} line
 * @param check runs a row's example through the stage that reads the row; null when the rows have no runnable example
 * @param unchecked why the rows' examples are not run (null when {@code check} is set)
 * @param shared why a row's example may still pass without the row (null: each example must fail without its own row)
 * @param sharedKeys the rows (by first column) {@code shared} speaks of; empty for every row of the file
 */
public record RuleFileSpec(String path, List<Column> columns, ExampleCheck check, String unchecked, String shared,
    List<String> sharedKeys) {
  public RuleFileSpec {
    columns = List.copyOf(columns);
    sharedKeys = List.copyOf(sharedKeys);
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("a rule file's path starts at the class-path root: " + path);
    }
    if ((check == null) == (unchecked == null)) {
      throw new IllegalArgumentException(path + ": declare an example check, or why its examples are not run");
    }
  }

  /** A file whose examples are not run yet: {@link #checkedBy} or {@link #unchecked} completes the declaration. */
  public static Draft file(String path, Column... columns) {
    return new Draft(path, List.of(columns));
  }

  /** A declaration being written: its path and columns, waiting for how its examples are checked. */
  public record Draft(String path, List<Column> columns) {
    public RuleFileSpec checkedBy(ExampleCheck check) {
      return new RuleFileSpec(path, columns, check, null, null, List.of());
    }

    public RuleFileSpec unchecked(String why) {
      return new RuleFileSpec(path, columns, null, why, null, List.of());
    }
  }

  /**
   * This declaration, where the examples of the rows keyed {@code keys} (every row, when none are given) may pass
   * without their own row, for the reason given: another row, the gazetteer or the code gives the same answer.
   */
  public RuleFileSpec sharedExamples(String why, String... keys) {
    return new RuleFileSpec(path, columns, check, unchecked, why, List.of(keys));
  }

  /** True when this row's example must fail without the row: the declaration says nothing shares it. */
  public boolean needsOwnRow(RuleRow row) {
    return check != null && (shared == null || !sharedKeys.isEmpty() && !sharedKeys.contains(row.get(0)));
  }

  /** The file's name, as errors name it ("harm-cues.tsv"). */
  public String name() {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  public List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }

  public Optional<Column> column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /**
   * Every problem of {@code file} against this declaration: columns other than the declared ones, then each value
   * of each row that its column does not allow. A user's file ({@code user}) may leave off trailing optional columns.
   */
  public List<RuleFileException.Problem> problems(RuleFile file, boolean user) {
    List<RuleFileException.Problem> problems = new ArrayList<>();
    List<String> declared = columnNames();
    List<String> written = file.columns();
    boolean fits = user
        ? written.size() <= declared.size() && declared.subList(0, written.size()).equals(written)
            && columns.subList(written.size(), columns.size()).stream().allMatch(Column::mayBeBlank)
        : written.equals(declared);
    if (!fits) {
      problems.add(new RuleFileException.Problem(file.columnsLine(), "", 0, 0, "columns: " + String.join(", ", written)
          + " are not the columns of " + name() + ": " + String.join(", ", declared)
          + (user ? " (trailing columns that may be blank may be left off)" : "")));
      return problems;
    }
    for (RuleRow row : file.rows()) {
      // the file's columns are the declared ones or their first few, in order: a row's field is read by its index
      int n = Math.min(columns.size(), row.columns().size());
      for (int i = 0; i < n; i++) {
        Column column = columns.get(i);
        column.problem(row.get(i)).ifPresent(why -> problems.add(row.problem(column.name(), why)));
      }
    }
    return problems;
  }
}
