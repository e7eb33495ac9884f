package org.tally.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tally.app.reference.BundledReference;
import org.tally.app.reference.ReferenceException;
import org.tally.app.reference.ReferenceFile;
import org.tally.app.reference.ReferenceReader;
import org.tally.verify.RecordPlacer;
import org.tally.verify.VerifyRules;
import picocli.CommandLine.Option;

/** The reference files of {@code verify} and {@code reference add}, and how to read them. */
final class ReferenceOptions {
  @Option(names = "--reference", paramLabel = "FILE",
      description = "A casualty dataset to check against, besides the bundled UCDP GED Syria 2016-2019 extract:"
          + " UCDP GED CSV, ACLED export CSV, an Airwars-style export (date, location, latitude, longitude,"
          + " belligerent, killed min, killed max) or a VDC-style per-victim export (name, status, sex, province,"
          + " area, date of death, cause, actors), chosen by its header; .gz is read too. Repeatable.")
  List<Path> references = new ArrayList<>();

  @Option(names = "--reference-columns", paramLabel = "MAP",
      description = "For --reference files of another shape: which column gives which field, as"
          + " field=column,... Fields: id, date (or date_start, date_end), place, admin1, admin2, admin3,"
          + " country, latitude, longitude, precision, side_a, side_b, deaths (or low, best, high), civilians."
          + " Example: date=day,deaths=killed,admin1=province,place=town. A file of a known shape beside them is"
          + " read in its own shape unless it has every column the map names.")
  String referenceColumns;

  @Option(names = "--no-bundled-reference",
      description = "Check only against the --reference files, not the bundled UCDP GED extract.")
  boolean noBundled;

  /** What was read, and whether some file failed. */
  record Loaded(List<ReferenceFile> files, boolean failed) {}

  /**
   * Reads the bundled reference (unless left out) and each --reference file. A file that cannot be read is one
   * line on {@code err} and the others are read; skipped rows are counted there by reason.
   */
  Loaded load(VerifyRules rules, PrintWriter err) {
    RecordPlacer placer = new RecordPlacer(rules.gazetteer());
    List<ReferenceFile> files = new ArrayList<>();
    if (!noBundled) {
      ReferenceFile bundled = BundledReference.read(new ReferenceReader(placer, null));
      files.add(bundled);
    }
    ReferenceReader reader = new ReferenceReader(placer, referenceColumns);
    boolean failed = false;
    for (Path path : references) {
      try {
        ReferenceFile file = reader.read(path);
        file.skipped().forEach(line -> err.println("tally: " + line));
        files.add(file);
      } catch (ReferenceException e) {
        err.println("tally: " + e.getMessage());
        failed = true;
      }
    }
    return new Loaded(files, failed);
  }
}
