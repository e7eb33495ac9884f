package org.tally.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFileException;
import org.tally.lexicon.RuleFileSpec;

/**
 * A user's rule file ({@code --actors}, {@code --quantities}) laid over Tally's. Tally's files name their columns in
 * a {@code # columns:} comment; a spreadsheet saves a plain header row instead ({@code name<TAB>actor<TAB>...}).
 * Such a file is read as if its header row were that comment, line numbers unchanged, and every message names the
 * user's own file.
 */
final class UserRuleFile {
  private UserRuleFile() {}

  static Lexicons layered(Lexicons rules, RuleFileSpec spec, Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return rules.layered(spec, file);  // let the rule-file reader say what is wrong with it
    }
    List<String> declared = declaredColumns(spec);
    int header = headerRow(lines, declared);
    if (header < 0) {
      return rules.layered(spec, file);
    }
    int named = lines.get(header).strip().split("\t").length;
    List<String> asComment = new ArrayList<>(lines);
    asComment.set(header, "# columns: " + String.join("\t", declared.subList(0, named)));
    Path copy = null;
    try {
      Path folder = Files.createTempDirectory("tally-rules");
      copy = folder.resolve(file.getFileName().toString());
      Files.write(copy, asComment, StandardCharsets.UTF_8);
      return rules.layered(spec, copy);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rule file " + file + ": " + e.getMessage(), e);
    } catch (RuleFileException | UncheckedIOException e) {
      throw new IllegalArgumentException(e.getMessage().replace(copy.toString(), file.toString()), e);
    } finally {
      if (copy != null) {
        copy.toFile().delete();
        copy.getParent().toFile().delete();
      }
    }
  }

  /** The columns of Tally's own file as its {@code # columns:} line names them, "?" marking the optional ones. */
  private static List<String> declaredColumns(RuleFileSpec spec) {
    try (java.io.InputStream in = Lexicons.class.getResourceAsStream(spec.path())) {
      if (in == null || spec.path().endsWith(".gz")) {
        return List.of();
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String comment = line.startsWith("#") ? line.substring(1).strip() : "";
        if (comment.startsWith("columns:")) {
          return List.of(comment.substring("columns:".length()).strip().split("\\s*(?:\t|<TAB>)\\s*|\\s{2,}"));
        }
      }
      return List.of();
    } catch (IOException e) {
      return List.of();
    }
  }

  /**
   * The index of the file's header row: its first line that is neither blank nor a comment, when it names the
   * declared columns (in any case, the optional ones' "?" left off); -1 when there is none or the file has a
   * {@code # columns:} line of its own.
   */
  static int headerRow(List<String> lines, List<String> columns) {
    List<String> names = columns.stream().map(c -> c.replace("?", "").toLowerCase(Locale.ROOT)).toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith("#")) {
        if (line.substring(1).strip().startsWith("columns:")) {
          return -1;
        }
        continue;
      }
      if (line.isEmpty()) {
        continue;
      }
      List<String> cells = List.of(lines.get(i).split("\t", -1)).stream()
          .map(c -> c.strip().replace("?", "").toLowerCase(Locale.ROOT)).filter(c -> !c.isEmpty()).toList();
      return !cells.isEmpty() && cells.size() <= names.size() && names.subList(0, cells.size()).equals(cells) ? i : -1;
    }
    return -1;
  }
}
