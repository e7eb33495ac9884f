package org.tally.app.read;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tally.lexicon.Column;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFile;
import org.tally.lexicon.RuleFileSpec;
import org.tally.lexicon.RuleRow;

/**
 * The names under which a CSV column or JSON field is recognised as a document field, from {@code column-names.tsv},
 * with explicit options taking precedence.
 */
final class ColumnNames {
  /**
   * column-names.tsv, declared here because it is the app's: {@link org.tally.lexicon.RuleFiles} declares the core's.
   * Its examples say where a name comes from; the check is that a header of the name alone gives the row's field.
   */
  public static final RuleFileSpec FILE = RuleFileSpec.file("/org/tally/app/read/column-names.tsv",
      Column.text("name"), Column.oneOf("field", "id", "title", "text", "outlet", "date", "url"), Column.example())
      .checkedBy((rules, row) -> new ColumnNames(ReadOptions.defaults(), load(rules.file(ColumnNames.FILE)))
          .find(Field.valueOf(row.get("field").toUpperCase(Locale.ROOT)), List.of(row.get("name")))
          .isPresent() ? java.util.Optional.empty()
          : java.util.Optional.of("a header of \"" + row.get("name") + "\" alone gives no " + row.get("field")));

  private final ReadOptions options;
  private final Map<Field, List<String>> bundled;

  ColumnNames(ReadOptions options) {
    this(options, load(Lexicons.bundled().file(FILE)));
  }

  private ColumnNames(ReadOptions options, Map<Field, List<String>> bundled) {
    this.options = options;
    this.bundled = bundled;
  }

  static Map<Field, List<String>> load(RuleFile file) {
    Map<Field, List<String>> names = new EnumMap<>(Field.class);
    for (Field field : Field.values()) {
      names.put(field, new ArrayList<>());
    }
    for (RuleRow row : file.rows()) {
      Field field;
      try {
        field = Field.valueOf(row.get("field").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.error("field", "unknown field \"" + row.get("field") + "\"; use id, title, text, outlet, date or url");
      }
      names.get(field).add(row.get("name").toLowerCase(Locale.ROOT));
    }
    return names;
  }

  /** The explicit option for {@code field}, if the user named one. */
  Optional<String> explicit(Field field) {
    return Optional.ofNullable(options.explicitColumn(field));
  }

  /** The names to try for {@code field}, most specific first: the explicit option alone, or the bundled list. */
  List<String> candidates(Field field) {
    return explicit(field).map(List::of).orElse(bundled.get(field));
  }

  /**
   * The entry of {@code available} (as written there) that holds {@code field}: the explicit option, or the first
   * recognised name, matched case-insensitively.
   */
  Optional<String> find(Field field, List<String> available) {
    for (String candidate : candidates(field)) {
      for (String name : available) {
        if (name != null && name.strip().equalsIgnoreCase(candidate)) {
          return Optional.of(name);
        }
      }
    }
    return Optional.empty();
  }
}
