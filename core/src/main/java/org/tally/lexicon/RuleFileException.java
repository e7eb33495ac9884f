package org.tally.lexicon;

import java.util.List;

/** Every problem found in one rule file, each with its line and a caret under the bad spot. */
public final class RuleFileException extends RuntimeException {
  /** One bad line: its number, its text, and the column range to underline. */
  public record Problem(int line, String raw, int column, int width, String message) {}

  private final String file;
  private final List<Problem> problems;

  public RuleFileException(String file, List<Problem> problems) {
    super(render(file, problems));
    this.file = file;
    this.problems = List.copyOf(problems);
  }

  public String file() {
    return file;
  }

  public List<Problem> problems() {
    return problems;
  }

  private static String render(String file, List<Problem> problems) {
    StringBuilder out = new StringBuilder();
    for (Problem p : problems) {
      if (!out.isEmpty()) {
        out.append('\n');
      }
      out.append(file).append(':').append(p.line()).append(": ").append(p.message());
      if (!p.raw().isEmpty()) {
        String prefix = "    " + p.line() + " | ";
        String shown = p.raw().replace('\t', '→');
        out.append('\n').append(prefix).append(shown).append('\n')
            .append(" ".repeat(prefix.length() + Math.min(p.column(), shown.length())))
            .append("^".repeat(Math.max(1, p.width())));
      }
    }
    return out.toString();
  }
}
