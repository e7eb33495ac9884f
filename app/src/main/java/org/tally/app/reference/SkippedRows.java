package org.tally.app.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rows a reference file could not give a record for, counted by reason with the first line of each. */
final class SkippedRows {
  private final Map<String, long[]> byReason = new LinkedHashMap<>();

  void add(String reason, long line) {
    long[] seen = byReason.computeIfAbsent(reason, r -> new long[] {0, line});
    seen[0]++;
  }

  List<String> lines(String file) {
    List<String> out = new ArrayList<>();
    byReason.forEach((reason, seen) -> out.add(file + ": " + seen[0] + (seen[0] == 1 ? " row" : " rows")
        + " skipped: " + reason + ", first at line " + seen[1]));
    return out;
  }
}
