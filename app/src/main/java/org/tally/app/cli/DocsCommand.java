package org.tally.app.cli;

import java.util.List;
import org.tally.analysis.Analysis;
import org.tally.app.export.DocumentRecord;
import org.tally.app.export.RecordWriter;
import org.tally.event.MainIncident;
import org.tally.event.MainIncidentFinder;
import org.tally.store.StoredAnalysis;
import picocli.CommandLine.Command;

/** {@code tally docs}: one record per document with its title, outlet, date and claim count. */
@Command(name = "docs", mixinStandardHelpOptions = true,
    description = {"Prints each document's facts: id, title, outlet, publication date, language and number of claims.",
        "Fields (jsonl): doc, title, outlet, date, event_location, event_date, event_killed, claims, language, source,",
        "event_evidence (the sentence the main incident was read from), reported_killed and reported_detained",
        "(everyone the document's own text says was killed or detained, added up: a press release's tally of its",
        "operations).",
        "With --db, everything comes from the stored rows. Documents ingested before Tally kept main incidents",
        "(database schema 5) have none stored: it is worked out from their stored claims, and a note says so."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:success", "1:usage error", "2:some inputs failed; the others were printed"})
public final class DocsCommand extends ListingCommand {
  private int unkept;
  private int listed;

  @Override
  void write(Analysis doc, RecordWriter out) {
    listed++;
    out.write(DocumentRecord.of(doc.document().id(), doc.document().source(), doc.facts(), doc.mainIncident(),
        doc.claims(), doc.document().text()));
  }

  /** Worked out as ingest would have: from the stored text, sections, date and claims, without extracting again. */
  @Override
  MainIncident unkeptMainIncident(StoredAnalysis stored) {
    unkept++;
    return MainIncidentFinder.from(input.lexicons()).find(stored.stored().document(), stored.stored().layout(),
        stored.stored().facts().date(), stored.claims());
  }

  @Override
  void afterStore(String location) {
    if (unkept > 0) {
      spec.commandLine().getErr().printf("tally: %d of %d documents in %s were stored by an older Tally, which did not"
          + " keep their main incident; it was worked out from their stored claims for this listing. To store it,"
          + " ingest them again: tally ingest --refresh --db %s INPUT...%n", unkept, listed, location, location);
    }
  }

  @Override
  List<String> tableColumns() {
    return List.of("doc", "outlet", "date", "claims", "title");
  }
}
