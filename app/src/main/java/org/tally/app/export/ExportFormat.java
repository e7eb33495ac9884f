package org.tally.app.export;

/** What {@code tally export} writes: the shapes other tools read. */
public enum ExportFormat {
  /** incidents as UCDP GED event rows (CSV, GED's column names) */
  UCDP_GED("ucdp-ged"),
  /** incidents as ACLED event rows (CSV, ACLED's column names) */
  ACLED("acled"),
  /** an RFC 7946 FeatureCollection of points, for QGIS and web maps */
  GEOJSON("geojson"),
  /** CSV with a header; claims with their evidence text */
  CSV("csv"),
  /** one JSON object per line, as {@code tally extract} or {@code tally incidents} print them */
  JSONL("jsonl");

  private final String cliName;

  ExportFormat(String cliName) {
    this.cliName = cliName;
  }

  public String cliName() {
    return cliName;
  }

  /** True for the formats whose rows are events, which have no shape for single claims. */
  public boolean incidentsOnly() {
    return this == UCDP_GED || this == ACLED;
  }

  public static ExportFormat ofCliName(String name) {
    for (ExportFormat format : values()) {
      if (format.cliName.equals(name)) {
        return format;
      }
    }
    throw new IllegalArgumentException("unknown format " + name + "; use one of ucdp-ged, acled, geojson, csv, jsonl");
  }
}
