package org.tally.app.read;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.tally.model.Document;
import org.tally.model.Metadata;

/**
 * A CSV or TSV table with a header row, read record by record: one document per row. Columns are found by name
 * ({@link ColumnNames}); the text cell is kept exactly, the other cells are trimmed and empty ones become null.
 * A row holding a byte that does not decode is reported and skipped. A broken record (an unbalanced quote) ends the
 * file: the rows before it are kept.
 */
final class CsvReader implements DocumentReader {
  private static final CSVFormat CSV = CSVFormat.DEFAULT.builder()
      .setHeader()
      .setSkipHeaderRecord(true)
      .setAllowMissingColumnNames(true)
      .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
      // Empty lines are kept as records and skipped here, so that line numbers stay exact.
      .setIgnoreEmptyLines(false)
      .get();
  private static final Pattern AT_LINE = Pattern.compile("at line:? ?([\\d,]+)");

  private final ColumnNames columnNames;
  private final ReadOptions options;
  private final CSVFormat format;

  /** @param delimiter ',' for CSV, '\t' for TSV (quoted as CSV is, so a cell may hold tabs and line breaks) */
  CsvReader(ReadOptions options, char delimiter) {
    this.options = options;
    this.columnNames = new ColumnNames(options);
    this.format = CSV.builder().setDelimiter(delimiter).get();
  }

  @Override
  public void read(InputSource source, Path file, TextEncoding encoding, Consumer<Document> documents,
                   Consumer<ReadProblem> problems) throws IOException, ReadFailure {
    try (Reader reader = encoding.open(file); CSVParser parser = parse(reader)) {
      Optional<String> headerFault = encoding.spoiled().firstIn(1, Math.max(1, parser.getCurrentLineNumber()));
      if (headerFault.isPresent()) {
        throw new ReadFailure(1L, "the header line holds " + headerFault.get() + "; the file was not read");
      }
      Map<Field, String> columns = columns(parser.getHeaderNames());
      long lastLine = parser.getCurrentLineNumber();
      long row = 0;
      Iterator<CSVRecord> records = parser.iterator();
      while (true) {
        long line = lastLine + 1;
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            return;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          throw brokenRecord(line, e);
        }
        lastLine = parser.getCurrentLineNumber();
        if (record.size() == 1 && record.get(0).isEmpty()) {
          continue; // an empty line
        }
        row++;
        Optional<String> fault = encoding.spoiled().firstIn(line, Math.max(line, lastLine));
        if (fault.isPresent()) {
          problems.accept(new ReadProblem(source.name(), line, fault.get() + "; this row was not read"));
        } else {
          toDocument(source, record, line, row, columns, documents, problems);
        }
      }
    }
  }

  private CSVParser parse(Reader reader) throws ReadFailure {
    try {
      return format.parse(reader);
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      throw new ReadFailure(1L, "cannot read the header line: " + e.getMessage());
    }
  }

  private Map<Field, String> columns(List<String> header) throws ReadFailure {
    Map<Field, String> found = new EnumMap<>(Field.class);
    for (Field field : Field.values()) {
      var column = columnNames.find(field, header);
      if (column.isPresent()) {
        found.put(field, column.get());
      } else if (columnNames.explicit(field).isPresent()) {
        throw new ReadFailure(1L, "no column \"" + columnNames.explicit(field).get() + "\"; the header has: "
            + String.join(", ", header));
      }
    }
    if (!found.containsKey(Field.TEXT)) {
      throw new ReadFailure(1L, "no text column; name it " + String.join(", ", columnNames.candidates(Field.TEXT))
          + " or choose one with --text-column (the header has: " + String.join(", ", header) + ")");
    }
    return found;
  }

  private void toDocument(InputSource source, CSVRecord record, long line, long row, Map<Field, String> columns,
                          Consumer<Document> documents, Consumer<ReadProblem> problems) {
    String text = cell(record, columns.get(Field.TEXT));
    if (text == null || text.isBlank()) {
      problems.accept(new ReadProblem(source.name(), line, "empty text column \"" + columns.get(Field.TEXT) + "\""));
      return;
    }
    Metadata metadata = new Metadata(
        trimmed(cell(record, columns.get(Field.TITLE))),
        trimmed(cell(record, columns.get(Field.URL))),
        trimmed(cell(record, columns.get(Field.OUTLET))),
        trimmed(cell(record, columns.get(Field.DATE))));
    DatasetRow.accept(source, line, row, trimmed(cell(record, columns.get(Field.ID))), text, metadata, options,
        documents, problems);
  }

  /** The cell under {@code column}, or null when there is no such column or the row is short. */
  private static String cell(CSVRecord record, String column) {
    return column != null && record.isSet(column) ? record.get(column) : null;
  }

  private static String trimmed(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return value.strip();
  }

  /**
   * Commons CSV reports a quote that never closes either at the end of the file or, more often, where a later quote
   * closes it and text follows. When that happens on a later line than the record began, the record's own quote
   * was left open.
   */
  private static ReadFailure brokenRecord(long line, RuntimeException e) {
    String message = String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
    String lower = message.toLowerCase(Locale.ROOT);
    if (lower.contains("eof reached before encapsulated token finished")) {
      return new ReadFailure(line, "unbalanced quote opened on this line; the rows after it were not read");
    }
    Matcher at = AT_LINE.matcher(message);
    if (lower.contains("between encapsulated token and delimiter") && at.find()) {
      long end = Long.parseLong(at.group(1).replace(",", ""));
      if (end > line) {
        return new ReadFailure(line, "unbalanced quote opened on this line; the rows after it were not read");
      }
      return new ReadFailure(line, "text after a closing quote; quote the whole cell and double any quote inside it;"
          + " the rows after it were not read");
    }
    return new ReadFailure(line, "broken CSV record: " + message);
  }
}
