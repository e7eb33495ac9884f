package org.tally.app.reference;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.tally.lexicon.Column;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleFileSpec;
import org.tally.lexicon.RuleRow;

/**
 * Other names exports write for a column a reference format reads ("Cause of death" for VDC's "cause"), from
 * {@code reference-column-names.tsv}: a header is read as if it wrote the format's own name, so that its format is
 * recognised and its rows read.
 */
final class ReferenceColumnNames {
  /**
   * reference-column-names.tsv, declared here because it is the app's ({@link org.tally.lexicon.RuleFiles} declares
   * the core's). The check: a header of the name alone reads as one of the column.
   */
  static final RuleFileSpec FILE = RuleFileSpec.file("/org/tally/app/reference/reference-column-names.tsv",
      Column.text("name"), Column.text("column"), Column.example())
      .checkedBy((rules, row) -> {
        Map<String, String> header = new HashMap<>();
        String name = ReferenceReader.key(row.get("name"));
        header.put(name, row.get("name"));
        of(rules.file(ReferenceColumnNames.FILE)).addTo(header);
        return name.equals(ReferenceReader.key(row.get("column")))
            || !row.get("name").equals(header.get(ReferenceReader.key(row.get("column"))))
            ? Optional.of("a header of \"" + row.get("name") + "\" gives no column " + row.get("column"))
            : Optional.empty();
      });

  private final Map<String, String> columns;  // folded name -> folded column

  private ReferenceColumnNames(Map<String, String> columns) {
    this.columns = Map.copyOf(columns);
  }

  static ReferenceColumnNames bundled() {
    return Bundled.NAMES;
  }

  static ReferenceColumnNames of(RuleFile file) {
    Map<String, String> columns = new HashMap<>();
    for (RuleRow row : file.rows()) {
      columns.putIfAbsent(ReferenceReader.key(row.get("name")), ReferenceReader.key(row.get("column")));
    }
    return new ReferenceColumnNames(columns);
  }

  /**
   * Adds to a header (folded name -> the column as written) the format's names its other names stand for, where the
   * header does not write the format's own.
   */
  void addTo(Map<String, String> header) {
    columns.forEach((name, column) -> {
      String written = header.get(name);
      if (written != null) {
        header.putIfAbsent(column, written);
      }
    });
  }

  private static final class Bundled {
    static final ReferenceColumnNames NAMES = of(Lexicons.bundled().file(FILE));
  }
}
