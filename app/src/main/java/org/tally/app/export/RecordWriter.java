package org.tally.app.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes field maps as JSON lines (streamed), CSV or a table (both buffered, since their columns
 * and widths depend on every row).
 */
public final class RecordWriter implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);
  private static final int TABLE_CELL = 60;

  private final Format format;
  private final PrintWriter out;
  private final List<String> tableColumns;
  private final List<Map<String, Object>> buffered = new ArrayList<>();

  /** {@code tableColumns}: the flattened columns a table shows; CSV shows them all. */
  public RecordWriter(Format format, PrintWriter out, List<String> tableColumns) {
    this.format = format;
    this.out = out;
    this.tableColumns = tableColumns;
  }

  public void write(Map<String, Object> record) {
    if (format == Format.jsonl) {
      try {
        out.println(JSON.writeValueAsString(record));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write JSON for " + record.get("doc"), e);
      }
    } else {
      buffered.add(flatten(record));
    }
  }

  @Override
  public void close() {
    if (format == Format.csv) {
      writeCsv();
    } else if (format == Format.table) {
      writeTable();
    }
    out.flush();
  }

  private void writeCsv() {
    List<String> columns = new ArrayList<>();
    for (Map<String, Object> row : buffered) {
      row.keySet().stream().filter(k -> !columns.contains(k)).forEach(columns::add);
    }
    try {
      CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get());
      for (Map<String, Object> row : buffered) {
        List<Object> values = new ArrayList<>();
        for (String column : columns) {
          values.add(row.get(column));
        }
        printer.printRecord(values);
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeTable() {
    int[] widths = new int[tableColumns.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = tableColumns.get(i).length();
      for (Map<String, Object> row : buffered) {
        widths[i] = Math.max(widths[i], cell(row.get(tableColumns.get(i))).length());
      }
    }
    StringBuilder header = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      header.append(pad(tableColumns.get(i), widths[i]));
    }
    out.println(header.toString().stripTrailing());
    for (Map<String, Object> row : buffered) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        line.append(pad(cell(row.get(tableColumns.get(i))), widths[i]));
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(width - s.length() + 2);
  }

  private static String cell(Object value) {
    String s = value == null ? "-" : String.valueOf(value).replaceAll("\\s+", " ");
    return s.length() > TABLE_CELL ? s.substring(0, TABLE_CELL - 1) + "…" : s;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> flatten(Map<String, Object> record) {
    Map<String, Object> flat = new LinkedHashMap<>();
    record.forEach((key, value) -> {
      if (value instanceof Map<?, ?> nested) {
        flatten((Map<String, Object>) nested).forEach((k, v) -> flat.put(key + "." + k, v));
      } else {
        flat.put(key, value);
      }
    });
    return flat;
  }
}
