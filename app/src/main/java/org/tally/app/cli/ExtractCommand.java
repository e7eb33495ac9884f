package org.tally.app.cli;

import java.util.List;
import java.util.Map;
import org.tally.analysis.Analysis;
import org.tally.app.export.ClaimRecord;
import org.tally.app.export.ExplainRecord;
import org.tally.app.export.RecordWriter;
import org.tally.extract.ClaimExtractor;
import org.tally.extract.actor.AttributionWhy;
import org.tally.model.Claim;
import org.tally.model.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tally extract}: one record per casualty claim (docs/claims.md). */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Prints every casualty claim: who says how many were harmed, by whom, with the words it came from.",
        "Fields (jsonl): doc, harm, victims, min, max, approx, count_text, perpetrator, claimant, location, when,",
        "scope, stance, attacks, section, evidence {start, end, text, count_start, count_end}; each field, type and",
        "value in docs/claims.md."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:success", "1:usage error", "2:some inputs failed; the others were printed"})
public final class ExtractCommand extends ListingCommand {
  @Option(names = "--explain", description = {"Adds to each claim (json, jsonl) an \"explain\" field: for perpetrator and",
      "claimant, the rule rows that decided it (file:line and the words matched) and each candidate dropped, and why."})
  boolean explain;

  @Override
  void write(Analysis doc, RecordWriter out) {
    Map<Span, AttributionWhy> why = explain
        ? ClaimExtractor.from(input.lexicons()).explain(doc.document(), doc.layout(), focusCountry(doc)).why()
        : Map.of();
    for (Claim claim : doc.claims()) {
      Map<String, Object> record = ClaimRecord.of(claim, doc.document().text());
      if (explain) {
        record.put("explain", ExplainRecord.of(claim, why.get(claim.count().span())));
      }
      out.write(record);
    }
  }

  /** The country the document's places are mostly in, as the analysis read it before extraction. */
  private String focusCountry(Analysis doc) {
    return org.tally.resolve.ClaimResolver.from(input.lexicons())
        .focus(org.tally.extract.token.DocumentTokens.of(doc.document().text()), doc.layout()).context().country();
  }

  @Override
  List<String> tableColumns() {
    return List.of("doc", "harm", "victims", "min", "max", "claimant", "perpetrator", "scope", "stance", "section", "count_text");
  }
}
