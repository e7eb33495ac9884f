package org.tally.app.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes field maps as JSON lines, CSV or a table; text in tables and CSV is made safe to show ({@link SafeText}).
 * JSON lines go out as they come. A table's widths and CSV's columns
 * depend on every row, so those wait for the last: a table keeps only the cells it shows, and CSV parks its rows in a
 * temporary file, so that neither holds the records themselves.
 */
public final class RecordWriter implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);
  private static final TypeReference<LinkedHashMap<String, Object>> ROW = new TypeReference<>() {};
  private static final int TABLE_CELL = 60;

  private final Format format;
  private final PrintWriter out;
  private final List<String> tableColumns;
  private final List<String[]> cells = new ArrayList<>();
  private final Set<String> csvColumns = new LinkedHashSet<>();
  private Path csvRows;
  private BufferedWriter csvParked;

  /** {@code tableColumns}: the flattened columns a table shows; CSV shows them all. */
  public RecordWriter(Format format, PrintWriter out, List<String> tableColumns) {
    this.format = format;
    this.out = out;
    this.tableColumns = tableColumns;
  }

  public void write(Map<String, Object> record) {
    if (format == Format.jsonl) {
      out.println(json(record));
    } else if (format == Format.table) {
      Map<String, Object> row = flatten(record);
      String[] shown = new String[tableColumns.size()];
      for (int i = 0; i < shown.length; i++) {
        shown[i] = cell(row.get(tableColumns.get(i)));
      }
      cells.add(shown);
    } else {
      park(flatten(record));
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

  private static String json(Map<String, Object> record) {
    try {
      return JSON.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON for " + record.get("doc"), e);
    }
  }

  /** Keeps a CSV row in the temporary file, one JSON line each, noting its columns. */
  private void park(Map<String, Object> row) {
    csvColumns.addAll(row.keySet());
    try {
      if (csvParked == null) {
        csvRows = Files.createTempFile("tally-csv-", ".jsonl");
        csvRows.toFile().deleteOnExit();
        csvParked = Files.newBufferedWriter(csvRows, StandardCharsets.UTF_8);
      }
      csvParked.write(json(row));
      csvParked.newLine();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep CSV rows in a temporary file: " + e.getMessage(), e);
    }
  }

  private void writeCsv() {
    try {
      CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(csvColumns.toArray(String[]::new))
          .get());
      if (csvParked != null) {
        csvParked.close();
        try (BufferedReader rows = Files.newBufferedReader(csvRows, StandardCharsets.UTF_8)) {
          for (String line = rows.readLine(); line != null; line = rows.readLine()) {
            Map<String, Object> row = JSON.readValue(line, ROW);
            List<Object> values = new ArrayList<>();
            for (String column : csvColumns) {
              values.add(SafeText.forSpreadsheet(row.get(column)));
            }
            printer.printRecord(values);
          }
        } finally {
          Files.deleteIfExists(csvRows);
        }
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
      for (String[] row : cells) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder header = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      header.append(pad(tableColumns.get(i), widths[i]));
    }
    out.println(header.toString().stripTrailing());
    for (String[] row : cells) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        line.append(pad(row[i], widths[i]));
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(width - s.length() + 2);
  }

  private static String cell(Object value) {
    String s = value == null ? "-" : SafeText.escapeControls(String.valueOf(value).replaceAll("\\s+", " "));
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
