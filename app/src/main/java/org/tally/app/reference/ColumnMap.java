package org.tally.app.reference;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which column of a file gives which field of a reference record. {@code --reference-columns
 * id=event,date_start=day,best=dead,admin1=province} gives one; a field named once stands for its siblings where the
 * file has no other ({@code date} for date_start and date_end, {@code deaths} for low, best and high).
 */
record ColumnMap(Map<Field, String> columns) {
  ColumnMap {
    columns = Map.copyOf(columns);
  }

  static ColumnMap parse(String written) {
    Map<Field, String> columns = new EnumMap<>(Field.class);
    for (String pair : written.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      int eq = pair.indexOf('=');
      if (eq <= 0 || eq == pair.length() - 1) {
        throw new IllegalArgumentException("--reference-columns: \"" + pair.strip()
            + "\" is not FIELD=COLUMN (for example best=fatalities)");
      }
      String name = pair.substring(0, eq).strip();
      String column = pair.substring(eq + 1).strip();
      switch (name.toLowerCase(java.util.Locale.ROOT)) {
        case "date" -> {
          columns.put(Field.DATE_START, column);
          columns.putIfAbsent(Field.DATE_END, column);
        }
        case "deaths", "killed", "fatalities" -> {
          columns.putIfAbsent(Field.LOW, column);
          columns.put(Field.BEST, column);
          columns.putIfAbsent(Field.HIGH, column);
        }
        default -> columns.put(Field.named(name).orElseThrow(() -> new IllegalArgumentException(
            "--reference-columns: no field \"" + name + "\"; fields: date, deaths, "
                + Arrays.stream(Field.values()).map(Field::key).collect(Collectors.joining(", ")))), column);
      }
    }
    return new ColumnMap(columns);
  }

  /** Whether a header (names folded as {@link ReferenceReader#key} folds them) has every column this map names. */
  boolean foundIn(java.util.Set<String> header) {
    return columns.values().stream().allMatch(c -> header.contains(ReferenceReader.key(c)));
  }

  Optional<String> column(Field field) {
    return Optional.ofNullable(columns.get(field));
  }
}
