package org.tally.app.cli;

import java.util.List;
import org.tally.analysis.Analysis;
import org.tally.app.export.ClaimRecord;
import org.tally.app.export.RecordWriter;
import org.tally.model.Claim;
import picocli.CommandLine.Command;

/** {@code tally extract}: one record per casualty claim (docs/claims.md). */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Prints every casualty claim: who says how many were harmed, by whom, with the words it came from.",
        "Fields (jsonl): doc, harm, victims, min, max, approx, count_text, perpetrator, claimant, location, when,",
        "scope, stance, attacks, section, evidence {start, end, text, count_start, count_end}; each field, type and",
        "value in docs/claims.md."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:success", "1:usage error", "2:some inputs failed; the others were printed"})
public final class ExtractCommand extends ListingCommand {
  @Override
  void write(Analysis doc, RecordWriter out) {
    for (Claim claim : doc.claims()) {
      out.write(ClaimRecord.of(claim, doc.document().text()));
    }
  }

  @Override
  List<String> tableColumns() {
    return List.of("doc", "harm", "victims", "min", "max", "claimant", "perpetrator", "scope", "stance", "section", "count_text");
  }
}
