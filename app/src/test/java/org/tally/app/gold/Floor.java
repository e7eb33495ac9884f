package org.tally.app.gold;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleFileException;
import org.tally.lexicon.RuleRow;

/**
 * The lowest figure the build accepts for one measure on one gold set: a row of {@code floors.tsv}, which says how the
 * floors were set and when to raise them.
 *
 * @param measured the figure when the floor was set
 * @param line where the row is, for messages
 */
record Floor(GoldSet gold, String measure, double floor, double measured, int line) {
  static final String FILE = "floors.tsv";
  /** Where to edit it, for messages. */
  static final String PATH = "app/src/test/resources/org/tally/app/gold/" + FILE;

  /** Every floor of {@code floors.tsv}; all bad rows reported at once, and every gold set needs every measure. */
  static List<Floor> bundled() {
    RuleFile file;
    try (java.io.Reader in = new java.io.InputStreamReader(Floor.class.getResourceAsStream(FILE),
        java.nio.charset.StandardCharsets.UTF_8)) {
      file = RuleFile.parse(FILE, in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + PATH, e);
    }
    List<Floor> floors = new ArrayList<>();
    List<RuleFileException.Problem> problems = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (RuleRow row : file.rows()) {
      try {
        GoldSet gold = GoldSet.byId(row.get("gold"));
        if (gold == null) {
          throw row.error("gold", "no gold set \"" + row.get("gold") + "\"; there are "
              + Arrays.stream(GoldSet.values()).map(GoldSet::id).collect(Collectors.joining(", ")));
        }
        if (!ClaimScore.MEASURES.contains(row.get("measure"))) {
          throw row.error("measure", "no measure \"" + row.get("measure") + "\"; there are " + ClaimScore.MEASURES);
        }
        if (!seen.add(gold.id() + " " + row.get("measure"))) {
          throw row.error("measure", "a second floor for " + gold.id() + " " + row.get("measure"));
        }
        floors.add(new Floor(gold, row.get("measure"), share(row, "floor"), share(row, "measured"), row.line()));
      } catch (RuleFileException e) {
        problems.addAll(e.problems());
      }
    }
    for (GoldSet gold : GoldSet.values()) {
      for (String measure : ClaimScore.MEASURES) {
        if (!seen.contains(gold.id() + " " + measure)) {
          problems.add(new RuleFileException.Problem(0, "", 0, 0, "no floor for " + gold.id() + " " + measure));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new RuleFileException(FILE, problems);
    }
    return floors;
  }

  private static double share(RuleRow row, String column) {
    try {
      double value = Double.parseDouble(row.get(column));
      if (value >= 0 && value <= 1) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw row.error(column, "\"" + row.get(column) + "\" is not a figure between 0 and 1, such as 0.860");
  }

  /** The figure clears the floor (a hair of slack for the double arithmetic). */
  boolean heldBy(double figure) {
    return figure >= floor - 1e-9;
  }

  /** One line: the measure, its figure and the counts behind it, the floor and where it is set. */
  String failure(ClaimScore score) {
    return "  " + measure + " " + ClaimScore.four(score.figure(measure)) + " (" + score.counts(measure)
        + ") is under its floor " + ClaimScore.three(floor) + " (line " + line + "; it was "
        + ClaimScore.three(measured) + " when the floor was set)";
  }
}
