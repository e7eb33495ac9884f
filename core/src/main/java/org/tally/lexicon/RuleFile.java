package org.tally.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A rule file: UTF-8, {@code #} comments, a {@code # columns:} line naming the tab-separated columns,
 * then one entry per line. Every bad line is reported at once in a {@link RuleFileException}.
 *
 * <p>A row may leave off trailing columns that are marked optional with a {@code ?} suffix in the
 * columns line ({@code # columns: phrase<TAB>min<TAB>example?}).
 */
public final class RuleFile {
  private final String name;
  private final List<String> columns;
  private final List<Boolean> optional;
  private final List<RuleRow> rows;
  private final boolean hasHeader;
  private final int columnsLine;

  private RuleFile(String name, List<String> columns, List<Boolean> optional, List<RuleRow> rows, boolean hasHeader,
      int columnsLine) {
    this.name = name;
    this.columns = List.copyOf(columns);
    this.optional = List.copyOf(optional);
    this.rows = List.copyOf(rows);
    this.hasHeader = hasHeader;
    this.columnsLine = columnsLine;
  }

  /**
   * A file as read, with every problem of its lines: rows before the {@code # columns:} line, rows with too many or
   * too few fields. {@code file} is null when there is no columns line.
   */
  record Read(RuleFile file, List<RuleFileException.Problem> problems) {}

  /** Reads a rule file, throwing a {@link RuleFileException} that lists every bad line. */
  public static RuleFile parse(String name, Reader source) throws IOException {
    Read read = read(name, source);
    if (!read.problems().isEmpty()) {
      throw new RuleFileException(name, read.problems());
    }
    return read.file();
  }

  static Read read(String name, Reader source) throws IOException {
    BufferedReader reader = new BufferedReader(source);
    List<String> columns = null;
    List<Boolean> optional = new ArrayList<>();
    List<RuleRow> rows = new ArrayList<>();
    List<RuleFileException.Problem> problems = new ArrayList<>();
    boolean header = false;
    int columnsLine = 0;
    int required = -1;
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.startsWith("#")) {
        header |= number == 1;
        String comment = line.substring(1).strip();
        if (comment.startsWith("columns:")) {
          columnsLine = number;
          columns = new ArrayList<>();
          required = -1;
          for (String column : comment.substring("columns:".length()).strip().split("\\s*(?:\t|<TAB>)\\s*|\\s{2,}")) {
            boolean isOptional = column.endsWith("?");
            columns.add(isOptional ? column.substring(0, column.length() - 1) : column);
            optional.add(isOptional);
          }
        }
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      if (columns == null) {
        problems.add(new RuleFileException.Problem(number, line, 0, 0, "a row comes before the '# columns:' line"));
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length > columns.size()) {
        int at = nthTab(line, columns.size());
        problems.add(new RuleFileException.Problem(number, line, at, line.length() - at,
            "has " + fields.length + " fields; the columns are " + String.join(", ", columns)));
        continue;
      }
      if (required < 0) {
        required = (int) optional.stream().filter(o -> !o).count(); // once a file, not once a row
      }
      if (fields.length < required) {
        problems.add(new RuleFileException.Problem(number, line, line.length(), 1,
            "has " + fields.length + " fields, needs at least " + required + " (" + String.join(", ", columns) + ")"));
        continue;
      }
      rows.add(new RuleRow(name, number, line, columns, List.of(fields)));
    }
    if (columns == null) {
      if (problems.isEmpty()) {
        problems.add(new RuleFileException.Problem(0, "", 0, 0, "has no '# columns:' line"));
      }
      return new Read(null, problems);
    }
    return new Read(new RuleFile(name, columns, optional, rows, header, columnsLine), problems);
  }

  private static int nthTab(String line, int n) {
    int at = -1;
    for (int i = 0; i < n; i++) {
      at = line.indexOf('\t', at + 1);
    }
    return Math.max(at, 0);
  }

  public String name() {
    return name;
  }

  public List<String> columns() {
    return columns;
  }

  public List<RuleRow> rows() {
    return rows;
  }

  /** The line of the {@code # columns:} comment. */
  public int columnsLine() {
    return columnsLine;
  }

  /** True when the file opens with a comment block (source, licence, use), as every bundled file must. */
  public boolean hasHeader() {
    return hasHeader;
  }

  /**
   * This file's rows with a user's rows layered over them: one code path for bundled defaults and overrides. A
   * user's row replaces the bundled rows with the same key (first column, in any case); its other rows follow.
   */
  public RuleFile layeredWith(RuleFile user) {
    // a user's file may leave off trailing optional columns, never rename or reorder them
    boolean fits = user.columns.size() <= columns.size() && columns.subList(0, user.columns.size()).equals(user.columns)
        && optional.subList(user.columns.size(), columns.size()).stream().allMatch(o -> o);
    if (!fits) {
      throw new RuleFileException(user.name, List.of(new RuleFileException.Problem(user.columnsLine, "", 0, 0,
          "columns: " + String.join(", ", user.columns) + " do not fit " + name + "'s " + String.join(", ", columns)
          + " (trailing optional columns may be left off)")));
    }
    java.util.Set<String> replaced = new java.util.HashSet<>();
    for (RuleRow row : user.rows) {
      replaced.add(row.get(0).toLowerCase(java.util.Locale.ROOT));
    }
    List<RuleRow> all = new ArrayList<>();
    for (RuleRow row : rows) {
      if (!replaced.contains(row.get(0).toLowerCase(java.util.Locale.ROOT))) {
        all.add(row);
      }
    }
    for (RuleRow row : user.rows) {
      all.add(new RuleRow(row.file(), row.line(), row.raw(), columns, row.fields()));
    }
    return new RuleFile(name + "+" + user.name, columns, optional, all, hasHeader, columnsLine);
  }

  /** This file without one of its rows: how a test shows that the row's example needs it. */
  public RuleFile without(RuleRow row) {
    List<RuleRow> rest = new ArrayList<>(rows);
    if (!rest.remove(row)) {
      throw new IllegalArgumentException(name + " has no row " + row);
    }
    return new RuleFile(name, columns, optional, rest, hasHeader, columnsLine);
  }

  /** Keys (first column, as written) that appear on more than one line, with their line numbers. */
  public Map<String, List<Integer>> duplicateKeys() {
    Map<String, List<Integer>> lines = new java.util.LinkedHashMap<>();
    for (RuleRow row : rows) {
      lines.computeIfAbsent(row.get(0), k -> new ArrayList<>()).add(row.line());
    }
    lines.values().removeIf(l -> l.size() < 2);
    return lines;
  }
}
