package org.tally.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;

/** How model values become column values and back: enums as their JSON names, dates as ISO strings, nulls kept. */
final class ColumnValues {
  private ColumnValues() {}

  /** The lower-case name, the same as every model enum's jsonName(). */
  static String code(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  static <E extends Enum<E>> E decode(Class<E> type, String code) {
    try {
      return Enum.valueOf(type, code.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new StoreException("unknown " + type.getSimpleName() + " \"" + code + "\" in the store", e);
    }
  }

  static String isoDate(LocalDate date) {
    return date == null ? null : date.toString();
  }

  static LocalDate date(ResultSet row, String column) throws SQLException {
    String text = row.getString(column);
    return text == null ? null : LocalDate.parse(text);
  }

  static Integer integer(ResultSet row, String column) throws SQLException {
    int value = row.getInt(column);
    return row.wasNull() ? null : value;
  }

  static Double decimal(ResultSet row, String column) throws SQLException {
    double value = row.getDouble(column);
    return row.wasNull() ? null : value;
  }

  static boolean allNull(Object... values) {
    for (Object value : values) {
      if (value != null) {
        return false;
      }
    }
    return true;
  }
}
