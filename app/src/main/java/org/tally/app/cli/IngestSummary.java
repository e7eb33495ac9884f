package org.tally.app.cli;

/** The closing line of an ingest that met problems: it says what was stored only when that is true. */
final class IngestSummary {
  private IngestSummary() {}

  static String problems(int problems, int stored, boolean stopped) {
    String counted = problems + (problems == 1 ? " problem (above)" : " problems (above)");
    if (stored == 0) {
      return counted + "; nothing was stored";
    }
    String documents = stored + (stored == 1 ? " document" : " documents");
    return stopped ? counted + "; " + documents + " read before the stop were stored"
        : counted + "; the other " + documents + " read were stored";
  }
}
