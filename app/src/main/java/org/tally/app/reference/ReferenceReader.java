package org.tally.app.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.tally.link.DaySpan;
import org.tally.model.PlacePrecision;
import org.tally.verify.CountedDeaths;
import org.tally.verify.RecordPlacer;
import org.tally.verify.ReferenceRecord;

/**
 * Reads a reference file: CSV (or tab- or semicolon-separated, as the header line shows), UTF-8, optionally gzipped.
 * Its format is chosen by its header ({@link ReferenceFormat}), or given by a column map. A file without a column
 * its format needs fails as a whole ({@code FILE: no column X (has: ...)}); a row that cannot give a record is
 * skipped and counted by reason ({@code FILE: 12 rows skipped: unreadable date, first at line 40}).
 */
public final class ReferenceReader {
  private static final Set<String> BLANK = Set.of("", "na", "n/a", "null", "none", "-");

  private final RecordPlacer placer;
  private final ColumnMap mapped;

  /** @param referenceColumns "field=column,..." for files of no known format, or null */
  public ReferenceReader(RecordPlacer placer, String referenceColumns) {
    this.placer = placer;
    this.mapped = referenceColumns == null ? null : ColumnMap.parse(referenceColumns);
  }

  public ReferenceFile read(Path file) {
    String name = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(name, file.getFileName().toString(), name.endsWith(".gz") ? new GZIPInputStream(in) : in);
    } catch (NoSuchFileException e) {
      throw new ReferenceException(name + ": no such file");
    } catch (IOException e) {
      throw new ReferenceException(name + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /** @param name the file as messages name it; {@code base} its own name, the source of a mapped file's records */
  public ReferenceFile read(String name, String base, InputStream in) throws IOException {
    BufferedReader text = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    text.mark(1 << 16);
    String first = text.readLine();
    if (first == null) {
      throw new ReferenceException(name + ": empty file, no header");
    }
    text.reset();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
        .setAllowMissingColumnNames(true).setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
        .setDelimiter(delimiter(first)).setIgnoreSurroundingSpaces(true).get();
    try (CSVParser parser = CSVParser.parse(skipMark(text), format)) {
      Map<String, String> header = new HashMap<>();  // folded key -> the column as written
      for (String column : parser.getHeaderNames()) {
        header.putIfAbsent(key(column), column);
      }
      ReferenceColumnNames.bundled().addTo(header);
      Optional<ReferenceFormat> known = ReferenceFormat.of(header.keySet());
      // one map is given for all --reference files: it reads those of no known format, and a known one only where
      // the file has every column it names (a UCDP GED file beside a monitor's spreadsheet is read as UCDP GED)
      ColumnMap map = mapped != null && (known.isEmpty() || mapped.foundIn(header.keySet())) ? mapped : null;
      ColumnMap columns = map != null ? map : known.map(ReferenceFormat::columns).orElseThrow(() ->
          new ReferenceException(name + ": not a reference format Tally knows (UCDP GED, ACLED, Airwars-style,"
              + " VDC-style): give its columns with --reference-columns, e.g. date=day,deaths=killed,admin1=province"
              + " (has: " + String.join(", ", parser.getHeaderNames()) + ")"));
      if (map != null) {
        // a column the user names and the file lacks is named, not left to surface as some other field missing
        for (String column : map.columns().values()) {
          if (!header.containsKey(key(column))) {
            throw new ReferenceException(name + ": no column " + column + " (has: "
                + String.join(", ", parser.getHeaderNames()) + ")");
          }
        }
      }
      boolean victims = map == null && known.get() == ReferenceFormat.VDC;
      String source = map != null ? base : known.get().source();
      PrecisionScale scale = map != null ? PrecisionScale.UCDP : known.get().precision();
      CountedDeaths counts = map != null ? CountedDeaths.ALL : known.get().counts();
      Columns at = new Columns(name, header, columns, parser.getHeaderNames(), victims, scale, counts);
      return victims ? readVictims(name, source, parser, at, header) : readEvents(name, source, parser, at);
    } catch (IllegalStateException | java.io.UncheckedIOException e) {
      throw new ReferenceException(name + ": not readable as CSV: " + e.getMessage(), e);
    }
  }

  /** A byte-order mark is no part of the first column's name. */
  private static Reader skipMark(BufferedReader text) throws IOException {
    text.mark(1);
    if (text.read() != '\uFEFF') {
      text.reset();
    }
    return text;
  }

  private static char delimiter(String header) {
    long tabs = header.chars().filter(c -> c == '\t').count();
    long commas = header.chars().filter(c -> c == ',').count();
    long semis = header.chars().filter(c -> c == ';').count();
    return tabs > commas && tabs >= semis ? '\t' : semis > commas ? ';' : ',';
  }

  /** "Date of death", "date_of_death" and "DATE-OF-DEATH" name one column. */
  static String key(String column) {
    return column.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
  }

  /** Where each field sits in this file's rows; checks that the fields a record needs have a column. */
  private static final class Columns {
    private final Map<Field, String> at = new HashMap<>();
    private final PrecisionScale scale;
    /** Whose deaths the file's figures count. */
    private final CountedDeaths counts;

    Columns(String name, Map<String, String> header, ColumnMap columns, List<String> written, boolean victims,
        PrecisionScale scale, CountedDeaths counts) {
      this.scale = scale;
      for (Field f : Field.values()) {
        columns.column(f).map(c -> header.get(key(c))).ifPresent(c -> at.put(f, c));
      }
      String civilians = at.get(Field.CIVILIANS);
      if (!victims && civilians != null && !at.containsKey(Field.LOW) && !at.containsKey(Field.BEST)
          && !at.containsKey(Field.HIGH)) {
        // a file that gives civilian deaths alone: its records count civilians only
        at.put(Field.LOW, civilians);
        at.put(Field.HIGH, civilians);
        counts = CountedDeaths.CIVILIANS;
      }
      this.counts = counts;
      List<Field> required = new ArrayList<>(List.of(Field.DATE_START));
      if (!victims && !at.containsKey(Field.LOW) && !at.containsKey(Field.BEST) && !at.containsKey(Field.HIGH)) {
        required.add(columns.column(Field.BEST).isPresent() ? Field.BEST : Field.LOW);
      }
      if (!at.containsKey(Field.PLACE) && !at.containsKey(Field.ADMIN1) && !at.containsKey(Field.LATITUDE)) {
        required.add(Field.ADMIN1);
      }
      for (Field f : required) {
        if (!at.containsKey(f)) {
          throw new ReferenceException(name + ": no column " + columns.column(f).orElse(f.key()) + " (has: "
              + String.join(", ", written) + ")");
        }
      }
    }

    String get(CSVRecord row, Field f) {
      String column = at.get(f);
      if (column == null || !row.isMapped(column) || !row.isSet(column)) {
        return null;
      }
      String v = row.get(column).strip();
      return BLANK.contains(v.toLowerCase(Locale.ROOT)) ? null : v;
    }

    boolean has(Field f) {
      return at.containsKey(f);
    }
  }

  private ReferenceFile readEvents(String name, String source, CSVParser parser, Columns at) {
    List<ReferenceRecord> records = new ArrayList<>();
    SkippedRows skipped = new SkippedRows();
    Set<String> ids = new LinkedHashSet<>();
    long previousEnd = parser.getCurrentLineNumber();
    for (CSVRecord row : parser) {
      long line = previousEnd + 1;
      previousEnd = parser.getCurrentLineNumber();
      if (row.size() == 1 && row.get(0).isBlank()) {
        continue;
      }
      String problem = event(row, at, source, line, records, ids);
      if (problem != null) {
        skipped.add(problem, line);
      }
    }
    return new ReferenceFile(name, source, records, skipped.lines(name));
  }

  /** Adds the row's record, or says why it gives none. */
  private String event(CSVRecord row, Columns at, String source, long line, List<ReferenceRecord> out,
      Set<String> ids) {
    LocalDate start = ReferenceDates.parse(at.get(row, Field.DATE_START)).orElse(null);
    if (start == null) {
      return "unreadable date";
    }
    String endWritten = at.get(row, Field.DATE_END);
    LocalDate end = endWritten == null ? start : ReferenceDates.parse(endWritten).orElse(null);
    if (end == null) {
      return "unreadable date";
    }
    if (end.isBefore(start)) {
      return "end date before start date";
    }
    Integer low;
    Integer best;
    Integer high;
    try {
      low = count(at.get(row, Field.LOW));
      best = count(at.get(row, Field.BEST));
      high = count(at.get(row, Field.HIGH));
    } catch (NumberFormatException e) {
      return "unreadable death toll";
    }
    if (low == null && best == null && high == null) {
      return "no death toll";
    }
    if (best == null) {
      best = low != null && high != null ? (low + high) / 2 : low != null ? low : high;
    }
    low = low == null ? Math.min(best, high == null ? best : high) : low;
    high = high == null ? Math.max(best, low) : high;
    if (low > best || best > high) {
      // UCDP GED itself has about a hundred rows whose best lies outside low-high (177, 142, 177): the record
      // still says how many died at least and at most, so it is kept with its three figures put in order
      int lowest = Math.min(low, Math.min(best, high));
      int highest = Math.max(low, Math.max(best, high));
      best = Math.max(lowest, Math.min(best, highest));
      low = lowest;
      high = highest;
    }
    Double lat = coordinate(at.get(row, Field.LATITUDE), 90);
    Double lon = coordinate(at.get(row, Field.LONGITUDE), 180);
    if (lat == null || lon == null) {
      lat = null;
      lon = null;
    }
    String place = at.get(row, Field.PLACE);
    String admin1 = at.get(row, Field.ADMIN1);
    if (place == null && admin1 == null && lat == null) {
      return "no place";
    }
    String id = at.get(row, Field.ID);
    id = id == null ? "line " + line : id;
    if (!ids.add(id)) {
      return "id given twice (the first row kept)";
    }
    List<String> sides = new ArrayList<>(2);
    for (Field f : new Field[] {Field.SIDE_A, Field.SIDE_B}) {
      String side = at.get(row, f);
      if (side != null) {
        sides.add(side);
      }
    }
    Integer civilians;
    try {
      civilians = count(at.get(row, Field.CIVILIANS));
    } catch (NumberFormatException e) {
      civilians = null;
    }
    out.add(new ReferenceRecord(source, id, new DaySpan(start, end),
        placer.place(place, admin1, at.get(row, Field.ADMIN2), at.get(row, Field.ADMIN3), at.get(row, Field.COUNTRY),
            lat, lon,
            precision(at.scale.read(at.get(row, Field.PRECISION)), lat != null)),
        sides, low, best, high, civilians, at.counts));
    return null;
  }

  private ReferenceFile readVictims(String name, String source, CSVParser parser, Columns at,
      Map<String, String> header) {
    VictimGroups groups = new VictimGroups();
    SkippedRows skipped = new SkippedRows();
    long previousEnd = parser.getCurrentLineNumber();
    for (CSVRecord row : parser) {
      long line = previousEnd + 1;
      previousEnd = parser.getCurrentLineNumber();
      if (row.size() == 1 && row.get(0).isBlank()) {
        continue;
      }
      LocalDate day = ReferenceDates.parse(at.get(row, Field.DATE_START)).orElse(null);
      if (day == null) {
        skipped.add("unreadable date", line);
        continue;
      }
      String province = at.get(row, Field.ADMIN1);
      String area = at.get(row, Field.PLACE);
      if (province == null && area == null) {
        skipped.add("no place", line);
        continue;
      }
      groups.add(day, province, area, value(row, header.get("cause")), value(row, header.get("status")),
          at.get(row, Field.SIDE_A));
    }
    return new ReferenceFile(name, source, groups.records(source, placer), skipped.lines(name));
  }

  /** The row's value in a column as the header writes it; null where the file has no such column. */
  private static String value(CSVRecord row, String column) {
    return column != null && row.isMapped(column) && row.isSet(column) ? row.get(column) : null;
  }

  private static Integer count(String written) {
    if (written == null) {
      return null;
    }
    String w = written.replace(",", "");
    int n = w.endsWith(".0") ? Integer.parseInt(w.substring(0, w.length() - 2)) : Integer.parseInt(w);
    if (n < 0) {
      throw new NumberFormatException("negative: " + written);
    }
    return n;
  }

  private static Double coordinate(String written, double limit) {
    if (written == null) {
      return null;
    }
    try {
      double v = Double.parseDouble(written);
      return Math.abs(v) <= limit && !Double.isNaN(v) ? v : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The precision the row writes; without one, a point where coordinates are given, else what the words reach. */
  private static PlacePrecision precision(PlacePrecision written, boolean point) {
    return written != null ? written : point ? PlacePrecision.POINT : null;
  }

}
