package org.tally.app.cli;

import java.util.List;
import org.tally.analysis.Analysis;
import org.tally.app.export.DocumentRecord;
import org.tally.app.export.RecordWriter;
import picocli.CommandLine.Command;

/** {@code tally docs}: one record per document with its title, outlet, date and claim count. */
@Command(name = "docs", mixinStandardHelpOptions = true,
    description = {"Prints each document's facts: id, title, outlet, publication date, language and number of claims.",
        "Fields (jsonl): doc, title, outlet, date, event_location, event_date, event_killed, claims, language, source,",
        "event_evidence (the sentence the main incident was read from)."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:success", "1:usage error", "2:some inputs failed; the others were printed"})
public final class DocsCommand extends ListingCommand {
  @Override
  void write(Analysis doc, RecordWriter out) {
    out.write(DocumentRecord.of(doc.document().id(), doc.document().source(), doc.facts(), doc.mainIncident(),
        doc.claims().size(), doc.document().text()));
  }

  @Override
  List<String> tableColumns() {
    return List.of("doc", "outlet", "date", "claims", "title");
  }
}
