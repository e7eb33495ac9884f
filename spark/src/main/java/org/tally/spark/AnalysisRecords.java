package org.tally.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tally.analysis.Analyser;
import org.tally.analysis.Analysis;
import org.tally.app.export.ClaimRecord;
import org.tally.app.export.DocumentRecord;
import org.tally.lexicon.Lexicons;
import org.tally.model.Claim;

/**
 * The analysis on an executor: each document through the same chain as the CLI (clean, facts, extract, resolve), its
 * claims and itself as the JSON objects {@code tally extract} and {@code tally docs} print. One analyser per executor
 * JVM: the rule files are read once, not once per task.
 */
final class AnalysisRecords {
  /** Tags the two kinds of line one pass gives, so both outputs come from one analysis of each document. */
  static final String CLAIM = "C";
  static final String DOCUMENT = "D";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static Analyser analyser;

  private AnalysisRecords() {}

  private static synchronized Analyser analyser() {
    if (analyser == null) {
      analyser = Analyser.from(Lexicons.bundled());
    }
    return analyser;
  }

  /** The tagged JSON lines of one document: "C" and a claim for each claim, then "D" and the document. */
  static List<String> of(DocumentRow row) {
    Analysis doc = analyser().analyse(row.document());
    List<String> lines = new ArrayList<>();
    for (Claim claim : doc.claims()) {
      lines.add(CLAIM + json(ClaimRecord.of(claim, doc.document().text())));
    }
    lines.add(DOCUMENT + json(DocumentRecord.of(doc.document().id(), doc.document().source(), doc.facts(),
        doc.mainIncident(), doc.claims(), doc.document().text())));
    return lines;
  }

  private static String json(Map<String, Object> record) {
    try {
      return JSON.writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON for " + record.get("doc"), e);
    }
  }
}
