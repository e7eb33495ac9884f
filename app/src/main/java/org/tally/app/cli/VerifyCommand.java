package org.tally.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tally.analysis.Analysis;
import org.tally.app.export.Format;
import org.tally.app.export.RecordWriter;
import org.tally.app.export.VerdictRecord;
import org.tally.app.reference.ReferenceFile;
import org.tally.app.run.AnalysisBlocks;
import org.tally.app.run.Batch;
import org.tally.app.run.GuardedAnalyser;
import org.tally.event.MainIncident;
import org.tally.event.MainIncidentFinder;
import org.tally.link.ClaimRef;
import org.tally.link.Incident;
import org.tally.link.IncidentKind;
import org.tally.link.IncidentLinker;
import org.tally.store.Store;
import org.tally.verify.DocumentVerdict;
import org.tally.verify.RecordIndex;
import org.tally.verify.Verifier;
import org.tally.verify.VerifyRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tally verify}: every document's tolls checked against casualty records and other outlets, with a verdict. */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = {"Checks each article's death tolls against casualty records and other outlets, and judges it.",
        "Each incident death toll (the main incident's first) is matched to the records of its place and time (a",
        "day's slack; places compared at the coarser precision; sides that rule out its perpetrator left out) and",
        "graded per reference: corroborated, exceeds, below (an early or partial count) or no-record. The article's",
        "verdict: contradicted when its main toll exceeds the records (or, with no record, a clear consensus of",
        "other outlets) and nothing bears it out; corroborated, mixed or unverified otherwise.",
        "Fields (jsonl): doc, credible (false only when contradicted), score (0..1; 0.5 when nothing could be",
        "checked), verdict, reasons (sentences), records [{source, id, date_start, date_end, place, low, best,",
        "high, grade, claim, count_text}], incident {id, grade (confirmed|fair|weak|contested), outlets, reasons}.",
        "References: the bundled UCDP GED Syria 2016-2019 extract (CC BY 4.0), plus any --reference FILE."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:success", "1:usage error", "2:some inputs or reference files failed; the others were used"})
public final class VerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin InputOptions input;
  @Mixin ListingOptions listing;
  @Mixin ReferenceOptions references;

  /** One document as verification needs it. */
  private record Checked(String doc, List<ClaimRef> refs, MainIncident main) {
    static Checked of(Analysis a) {
      return new Checked(a.document().id(), a.claimRefs(), a.mainIncident());
    }
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    VerifyRules rules = VerifyRules.from(input.lexicons());
    String stored = input.inputs.isEmpty() ? listing.database(spec) : null;
    ReferenceOptions.Loaded loaded = references.load(rules, err);
    RecordIndex index = new RecordIndex(rules);
    for (ReferenceFile file : loaded.files()) {
      file.records().forEach(index::add);
    }
    List<Checked> docs = new ArrayList<>();
    int status = stored != null ? readStore(stored, docs) : analyse(docs, err);
    List<ClaimRef> all = new ArrayList<>();
    docs.forEach(d -> all.addAll(d.refs()));
    Map<String, Incident> incidentOf = new HashMap<>();
    for (Incident incident : IncidentLinker.from(input.lexicons()).link(all)) {
      if (incident.kind() == IncidentKind.INCIDENT) {
        incident.claims().forEach(c -> incidentOf.put(c.key(), incident));
      }
    }
    Verifier verifier = new Verifier(rules, index);
    try (RecordWriter out = new RecordWriter(listing.format, spec.commandLine().getOut(),
        List.of("doc", "credible", "score", "verdict", "incident_grade", "records", "reasons"))) {
      for (Checked d : docs) {
        DocumentVerdict v = verifier.verify(d.doc(), d.refs(), d.main(), incidentOf::get);
        out.write(listing.format == Format.jsonl ? VerdictRecord.of(v) : VerdictRecord.flat(v));
      }
    }
    return loaded.failed() ? 2 : status;
  }

  private int readStore(String location, List<Checked> docs) {
    try (Store store = Store.openReadOnly(location)) {
      MainIncidentFinder finder = MainIncidentFinder.from(input.lexicons());
      store.eachAnalysis(doc -> docs.add(Checked.of(doc.analysis(s -> finder.find(s.stored().document(),
          s.stored().layout(), s.stored().facts().date(), s.claims())))));
    }
    return 0;
  }

  private int analyse(List<Checked> docs, PrintWriter err) {
    try (GuardedAnalyser analyser = input.guardedAnalyser()) {
      Batch batch = new Batch(input.inputs, input.readOptions(), System.in, err);
      AnalysisBlocks blocks = new AnalysisBlocks(analyser, 64, batch, done -> done.forEach(a -> docs.add(Checked.of(a))));
      batch.run(blocks);
      blocks.finish();
      return batch.exitStatus();
    }
  }
}
