package org.tally.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tally.app.export.AcledRow;
import org.tally.app.export.ClaimRecord;
import org.tally.app.export.ExportFormat;
import org.tally.app.export.Format;
import org.tally.app.export.GeoJsonWriter;
import org.tally.app.export.IncidentPoint;
import org.tally.app.export.IncidentRecord;
import org.tally.app.export.RecordWriter;
import org.tally.app.export.UcdpGedRow;
import org.tally.link.Incident;
import org.tally.link.IncidentLinker;
import org.tally.lexicon.Lexicons;
import org.tally.model.Claim;
import org.tally.store.Store;
import org.tally.store.StoredAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tally export}: what a database holds, in the shapes that UCDP, ACLED, GIS and spreadsheet users read. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Writes what a database holds in formats other tools open.",
        "  ucdp-ged  incidents of deaths as UCDP GED rows: id, year, side_a, side_b,",
        "            number_of_sources, source_article, where_prec,",
        "            where_coordinates, adm_1, latitude, longitude, date_start,",
        "            date_end, low, best, high, ...",
        "  acled     the same as ACLED rows: event_id_cnty, event_date, admin1,",
        "            location, latitude, longitude, geo_precision, actor1,",
        "            fatalities (the conservative figure), source, notes",
        "  geojson   an RFC 7946 FeatureCollection of points (incidents, or",
        "            claims), their figures as properties",
        "  csv       claims with their evidence text (--what incidents: incidents)",
        "  jsonl     claims as tally extract prints them, with outlet, date, url",
        "            (--what incidents: as tally incidents prints them)",
        "Claims stored since the last link are linked first when the database",
        "can be written. Offsets count Unicode code points. GeoJSON leaves out",
        "what has no known place, and says how many on standard error."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:success", "1:usage error or a database that cannot be read"})
public final class ExportCommand implements Callable<Integer> {
  /** What is exported. */
  enum What { incidents, claims }

  @Spec CommandSpec spec;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", required = true,
      description = "ucdp-ged, acled, geojson, csv or jsonl.")
  String format;

  @Option(names = "--what", paramLabel = "WHAT",
      description = "incidents or claims (default: incidents for ucdp-ged, acled and geojson; claims for csv and jsonl).")
  What what;

  @Option(names = "--db", paramLabel = "PATH", description = "The database to export (default: tally.db); a file or a postgresql:// URL.")
  String db;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write here instead of standard output; the file appears only once it is complete.")
  Path output;

  @Override
  public Integer call() {
    ExportFormat shape;
    try {
      shape = ExportFormat.ofCliName(format);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    What chosen = what != null ? what
        : shape == ExportFormat.CSV || shape == ExportFormat.JSONL ? What.claims : What.incidents;
    if (shape.incidentsOnly() && chosen == What.claims) {
      throw new ParameterException(spec.commandLine(), format + " rows are events: export incidents (--what incidents)"
          + " or claims as csv, jsonl or geojson");
    }
    String location = StoreOption.existing(spec, db);
    try (Store store = Store.writable(location) ? Store.open(location) : Store.openReadOnly(location)) {
      if (chosen == What.incidents && !store.readOnly()) {
        store.linkNew(IncidentLinker.from(Lexicons.bundled()));
      }
      writeTo(out -> write(store, shape, chosen, out));
    }
    return 0;
  }

  private void write(Store store, ExportFormat shape, What chosen, PrintWriter text) {
    if (shape == ExportFormat.GEOJSON) {
      int[] unplaced = {0};
      try (GeoJsonWriter geo = new GeoJsonWriter(text)) {
        if (chosen == What.incidents) {
          store.eachIncident(incident -> {
            Optional<IncidentPoint> point = IncidentPoint.of(incident);
            if (point.isPresent()) {
              Map<String, Object> properties = IncidentRecord.flat(incident);
              properties.put("where_prec", point.get().ucdpPrecision());
              properties.put("precision", point.get().precision().jsonName());
              geo.write(incident.id(), point.get().lon(), point.get().lat(), properties);
            } else {
              unplaced[0]++;
            }
          });
        } else {
          store.eachAnalysis(doc -> {
            for (int i = 0; i < doc.claims().size(); i++) {
              Claim claim = doc.claims().get(i);
              if (claim.location() != null && claim.location().lat() != null && claim.location().lon() != null) {
                geo.write(claim.doc() + "#" + i, claim.location().lon(), claim.location().lat(), claim(doc, claim));
              } else {
                unplaced[0]++;
              }
            }
          });
        }
      }
      if (unplaced[0] > 0) {
        spec.commandLine().getErr().printf("tally: %d %s without a known place left out of the GeoJSON%n", unplaced[0],
            chosen);
      }
      return;
    }
    try (RecordWriter rows = new RecordWriter(shape == ExportFormat.JSONL ? Format.jsonl : Format.csv, text, List.of())) {
      if (chosen == What.claims) {
        store.eachAnalysis(doc -> doc.claims().forEach(claim -> rows.write(claim(doc, claim))));
      } else {
        store.eachIncident(incident -> {
          if (shape == ExportFormat.UCDP_GED || shape == ExportFormat.ACLED) {
            if (isEvent(incident)) {
              rows.write(shape == ExportFormat.UCDP_GED ? UcdpGedRow.of(incident) : AcledRow.of(incident));
            }
          } else {
            rows.write(shape == ExportFormat.JSONL ? IncidentRecord.of(incident) : IncidentRecord.flat(incident));
          }
        });
      }
    }
    text.flush();
  }

  /** UCDP and ACLED rows are single events with deaths: series (running counts) and other harms are left out. */
  private static boolean isEvent(Incident incident) {
    return incident.kind() == org.tally.link.IncidentKind.INCIDENT && incident.harm() == org.tally.model.Harm.KILLED;
  }

  /** A claim as extract prints it, with where it was published: outlet, the document's date and address. */
  private static Map<String, Object> claim(StoredAnalysis doc, Claim claim) {
    Map<String, Object> record = ClaimRecord.of(claim, doc.stored().document().text());
    Map<String, Object> withSource = new java.util.LinkedHashMap<>();
    withSource.put("doc", record.remove("doc"));
    withSource.put("outlet", doc.stored().facts().outlet());
    withSource.put("date", doc.stored().facts().date() == null ? null : doc.stored().facts().date().toString());
    withSource.put("url", doc.stored().document().metadata().url());
    withSource.putAll(record);
    return withSource;
  }

  /** To standard output, or to a temporary file beside --output that is moved over it once complete. */
  private void writeTo(java.util.function.Consumer<PrintWriter> body) {
    if (output == null) {
      body.accept(spec.commandLine().getOut());
      return;
    }
    Path target = output.toAbsolutePath();
    if (!Files.isDirectory(target.getParent())) {
      throw new UncheckedIOException("cannot write " + output + ": folder " + target.getParent() + " does not exist",
          new IOException("no folder " + target.getParent()));
    }
    Path partial = null;
    try {
      partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
      try (PrintWriter file = new PrintWriter(Files.newBufferedWriter(partial, StandardCharsets.UTF_8))) {
        body.accept(file);
        if (file.checkError()) {
          throw new IOException("the disk refused the write (full?)");
        }
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage(), e);
    } finally {
      if (partial != null) {
        try {
          Files.deleteIfExists(partial);
        } catch (IOException ignored) {
          // the export's own failure is what the user needs to see
        }
      }
    }
  }
}
