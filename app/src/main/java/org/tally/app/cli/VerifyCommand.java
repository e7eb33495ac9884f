package org.tally.app.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
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
import org.tally.store.StoredVerdict;
import org.tally.verify.DocumentVerdict;
import org.tally.verify.RecordIndex;
import org.tally.verify.NamedPlaceFinder;
import org.tally.verify.NamedPlaces;
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
        "verdict: contradicted when its main toll exceeds the records and nothing bears it out, its place a",
        "district or narrower, or some of the records it exceeds at a town or site the article's text names; or",
        "when two or more other outlets agree on a clearly lower figure and the records cannot tell alone (none",
        "covers it, its place is too wide, or they reach it only added up or in a record of many days);",
        "corroborated, mixed or unverified otherwise.",
        "Fields (jsonl): doc, credible (false only when contradicted), score (0..1; 0.5 when nothing could be",
        "checked), verdict, reasons (sentences), records [{source, id, date_start, date_end, place, low, best,",
        "high, grade, claim, count_text, named_place}], incident {id, grade (confirmed|fair|weak|contested),",
        "outlets, reasons}.",
        "References: the bundled UCDP GED Syria 2016-2019 extract (CC BY 4.0), those stored with",
        "tally reference add FILE... --db, and any --reference FILE.",
        "With --db (no INPUT), verdicts are stored, and a verdict is rebuilt only when its document, the references",
        "or the incident its tolls belong to changed."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:success", "1:usage error", "2:some inputs or reference files failed; the others were used"})
public final class VerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin InputOptions input;
  @Mixin ListingOptions listing;
  @Mixin ReferenceOptions references;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {};

  /** One document as verification needs it; {@code contentHash} null for a document not from the store. */
  private record Checked(String doc, String contentHash, List<ClaimRef> refs, MainIncident main, NamedPlaces named) {
    static Checked of(Analysis a, String contentHash, NamedPlaceFinder places) {
      return new Checked(a.document().id(), contentHash, a.claimRefs(), a.mainIncident(), places.find(a));
    }
  }

  /** The towns and sites each document's own text names (set when the command runs). */
  private NamedPlaceFinder places;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    VerifyRules rules = VerifyRules.from(input.lexicons());
    places = NamedPlaceFinder.from(input.lexicons());
    String stored = input.inputs.isEmpty() ? listing.database(spec) : null;
    ReferenceOptions.Loaded loaded = references.load(rules, err);
    RecordIndex index = new RecordIndex(rules);
    for (ReferenceFile file : loaded.files()) {
      file.records().forEach(index::add);
    }
    List<Checked> docs = new ArrayList<>();
    if (stored == null) {
      int status = analyse(docs, err);
      write(docs, verdicts(rules, index, docs, null, null, err));
      return loaded.failed() ? 2 : status;
    }
    try (Store store = Store.writable(stored) ? Store.open(stored) : Store.openReadOnly(stored)) {
      int[] added = {0};
      store.eachReference(r -> {
        index.add(r);
        added[0]++;
      });
      MainIncidentFinder finder = MainIncidentFinder.from(input.lexicons());
      store.eachAnalysis(doc -> docs.add(Checked.of(doc.analysis(s -> finder.find(s.stored().document(),
          s.stored().layout(), s.stored().facts().date(), s.claims())), doc.stored().contentHash(), places)));
      write(docs, verdicts(rules, index, docs, store, basisOf(index, rules), err));
    }
    return loaded.failed() ? 2 : 0;
  }

  /**
   * Each document's verdict as a printed object, in document order. With a store, a stored verdict whose document,
   * references and incident are unchanged is printed as stored; the others are verified and stored (unless the
   * store is read-only).
   */
  private List<Map<String, Object>> verdicts(VerifyRules rules, RecordIndex index, List<Checked> docs, Store store,
      String referencesBasis, PrintWriter err) {
    List<ClaimRef> all = new ArrayList<>();
    docs.forEach(d -> all.addAll(d.refs()));
    Map<String, Incident> incidentOf = new HashMap<>();
    for (Incident incident : IncidentLinker.from(input.lexicons()).link(all)) {
      if (incident.kind() == IncidentKind.INCIDENT) {
        incident.claims().forEach(c -> incidentOf.put(c.key(), incident));
      }
    }
    Verifier verifier = new Verifier(rules, index);
    Map<String, StoredVerdict> kept = store == null ? Map.of() : store.verdicts();
    List<Map<String, Object>> out = new ArrayList<>(docs.size());
    List<StoredVerdict> fresh = new ArrayList<>();
    for (Checked d : docs) {
      String basis = store == null ? null : basis(referencesBasis, d, incidentOf);
      StoredVerdict old = kept.get(d.doc());
      if (old != null && old.basis().equals(basis) && old.contentHash().equals(d.contentHash())) {
        out.add(parse(old.json()));
        continue;
      }
      DocumentVerdict v = verifier.verify(d.doc(), d.refs(), d.main(), d.named(), incidentOf::get);
      Map<String, Object> record = VerdictRecord.of(v);
      out.add(record);
      if (store != null) {
        fresh.add(new StoredVerdict(d.doc(), d.contentHash(), basis, v.credible(), v.score(), v.verdict().jsonName(),
            json(record)));
      }
    }
    if (store != null) {
      if (store.readOnly()) {
        err.printf("tally: %s is read-only, so the %d verdicts rebuilt were not stored%n", listing.db, fresh.size());
      } else {
        store.putVerdicts(fresh);
        err.printf("tally: %d verdicts rebuilt and stored, %d unchanged%n", fresh.size(), docs.size() - fresh.size());
      }
    }
    return out;
  }

  private void write(List<Checked> docs, List<Map<String, Object>> verdicts) {
    try (RecordWriter out = new RecordWriter(listing.format, spec.commandLine().getOut(),
        List.of("doc", "credible", "score", "verdict", "incident_grade", "records", "reasons"))) {
      for (Map<String, Object> v : verdicts) {
        out.write(listing.format == Format.jsonl ? v : VerdictRecord.flat(v));
      }
    }
  }

  /** What every verdict rests on besides its document: the references and the rules that grade against them. */
  private static String basisOf(RecordIndex index, VerifyRules rules) {
    return Digest.of(rules.settings().toString() + "\n" + index.fingerprint());
  }

  /** A document's verdict rests on the references and on the claims of the incidents its claims are in. */
  private static String basis(String referencesBasis, Checked d, Map<String, Incident> incidentOf) {
    StringBuilder s = new StringBuilder(referencesBasis);
    java.util.Set<String> seen = new java.util.TreeSet<>();
    for (ClaimRef ref : d.refs()) {
      Incident incident = incidentOf.get(ref.key());
      if (incident != null && seen.add(incident.id())) {
        s.append('\n').append(incident.id());
        for (ClaimRef c : incident.claims()) {
          s.append(' ').append(c.key()).append(':').append(c.claim().count().min()).append('-')
              .append(c.claim().count().max()).append(':').append(c.outlet());
        }
      }
    }
    return Digest.of(s.toString());
  }

  private static Map<String, Object> parse(String json) {
    try {
      return JSON.readValue(json, OBJECT);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("a stored verdict is not JSON: " + e.getMessage(), e);
    }
  }

  private static String json(Map<String, Object> record) {
    try {
      return JSON.writeValueAsString(record);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private int analyse(List<Checked> docs, PrintWriter err) {
    try (GuardedAnalyser analyser = input.guardedAnalyser()) {
      Batch batch = new Batch(input.inputs, input.readOptions(), System.in, err);
      AnalysisBlocks blocks = new AnalysisBlocks(analyser, 64, batch,
          done -> done.forEach(a -> docs.add(Checked.of(a, null, places))));
      batch.run(blocks);
      blocks.finish();
      return batch.exitStatus();
    }
  }
}
