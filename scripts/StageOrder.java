// Issue 9's 'all' gap: the whole analysis of a document costs about 1.6 times its stages timed one at a time (tally
// bench: clean + facts + extract + resolve about 0.74 ms a document, all 1.29 ms, 2026-12-07), yet no stage's work is
// done twice. This times the same work in two orders, in one JVM, passes alternating, by the thread's CPU time:
// document by document (Analyser.analyse, as every caller runs it), and stage by stage (each stage over a block of
// documents before the next stage starts). The analyses of the two orders are checked equal on the first pass.
// A document's stages each read their own tries, tables and gazetteer; run one after the other on one document, each
// finds the processor's caches filled by the others.
//
//   taskset -c 1 java -XX:+UseSerialGC -Xss4m -Xmx2g -cp "BUILD/tally-app.jar:BUILD/lib/*" scripts/StageOrder.java \
//       corpus/fakes-dev.csv 20 15 32
//
// arguments: documents, warm-up passes, measured passes, documents per block in the second stage-by-stage pass.
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.tally.analysis.Analyser;
import org.tally.analysis.Analysis;
import org.tally.app.read.ReadOptions;
import org.tally.app.run.Batch;
import org.tally.event.MainIncident;
import org.tally.event.MainIncidentFinder;
import org.tally.extract.ClaimExtractor;
import org.tally.extract.token.DocumentTokens;
import org.tally.facts.FactFinder;
import org.tally.lexicon.Lexicons;
import org.tally.model.Claim;
import org.tally.model.Document;
import org.tally.model.DocumentFacts;
import org.tally.model.Layout;
import org.tally.resolve.ClaimResolver;
import org.tally.text.TextCleaner;

public class StageOrder {
  private final TextCleaner cleaner;
  private final FactFinder facts;
  private final ClaimExtractor extractor;
  private final ClaimResolver resolver;
  private final MainIncidentFinder incidents;

  StageOrder(Lexicons rules) {
    cleaner = TextCleaner.from(rules);
    facts = FactFinder.from(rules);
    extractor = ClaimExtractor.from(rules);
    resolver = ClaimResolver.from(rules);
    incidents = MainIncidentFinder.from(rules);
  }

  /** Analyser.analyse's steps, each over every document of the block before the next. */
  List<Analysis> stageByStage(List<Document> docs) {
    int n = docs.size();
    List<Layout> layouts = new ArrayList<>(n);
    List<DocumentFacts> found = new ArrayList<>(n);
    List<DocumentTokens> tokens = new ArrayList<>(n);
    List<ClaimResolver.Focus> focus = new ArrayList<>(n);
    List<List<Claim>> claims = new ArrayList<>(n);
    List<ClaimResolver.Resolved> resolved = new ArrayList<>(n);
    List<Analysis> out = new ArrayList<>(n);
    for (Document doc : docs) layouts.add(cleaner.clean(doc));
    for (int i = 0; i < n; i++) found.add(facts.find(docs.get(i), layouts.get(i)));
    for (Document doc : docs) tokens.add(DocumentTokens.of(doc.text()));
    for (int i = 0; i < n; i++) focus.add(resolver.focus(tokens.get(i), layouts.get(i)));
    for (int i = 0; i < n; i++) {
      claims.add(extractor.extract(docs.get(i), layouts.get(i), tokens.get(i), focus.get(i).context().country()));
    }
    for (int i = 0; i < n; i++) {
      resolved.add(resolver.resolveWithFocus(focus.get(i), layouts.get(i), found.get(i).date(), claims.get(i)));
    }
    for (int i = 0; i < n; i++) {
      ClaimResolver.Resolved r = resolved.get(i);
      MainIncident main = incidents.find(docs.get(i), layouts.get(i), found.get(i).date(), r.claims(), r.focus(),
          focus.get(i).reading(), r.times());
      out.add(new Analysis(docs.get(i), layouts.get(i), found.get(i), r.claims(), main));
    }
    return out;
  }

  List<Analysis> inBlocks(List<Document> docs, int block) {
    List<Analysis> out = new ArrayList<>(docs.size());
    for (int i = 0; i < docs.size(); i += block) {
      out.addAll(stageByStage(docs.subList(i, Math.min(docs.size(), i + block))));
    }
    return out;
  }

  public static void main(String[] a) {
    if (a.length != 4) {
      System.err.println("usage: java -cp BUILD/tally-app.jar:BUILD/lib/* scripts/StageOrder.java DOCUMENTS WARMUP PASSES BLOCK");
      System.exit(2);
    }
    List<Document> docs = new ArrayList<>();
    new Batch(List.of(a[0]), ReadOptions.defaults(), System.in, new PrintWriter(System.err)).run(docs::add);
    int warm = Integer.parseInt(a[1]);
    int rounds = Integer.parseInt(a[2]);
    int block = Integer.parseInt(a[3]);
    Lexicons rules = Lexicons.bundled();
    Analyser analyser = Analyser.from(rules);
    StageOrder order = new StageOrder(rules);
    ThreadMXBean thread = ManagementFactory.getThreadMXBean();
    long[] cpu = new long[3];
    List<List<Double>> ratios = List.of(new ArrayList<>(), new ArrayList<>());
    for (int r = 0; r < warm + rounds; r++) {
      long c0 = thread.getCurrentThreadCpuTime();
      List<Analysis> byDocument = docs.stream().map(analyser::analyse).toList();
      long c1 = thread.getCurrentThreadCpuTime();
      List<Analysis> byStage = order.stageByStage(docs);
      long c2 = thread.getCurrentThreadCpuTime();
      List<Analysis> byBlock = order.inBlocks(docs, block);
      long c3 = thread.getCurrentThreadCpuTime();
      if (r == 0 && !(byDocument.equals(byStage) && byDocument.equals(byBlock))) {
        throw new AssertionError("the analyses differ between the orders");
      }
      if (r >= warm) {
        cpu[0] += c1 - c0;
        cpu[1] += c2 - c1;
        cpu[2] += c3 - c2;
        ratios.get(0).add((c1 - c0) / (double) (c2 - c1));
        ratios.get(1).add((c1 - c0) / (double) (c3 - c2));
      }
    }
    ratios.forEach(Collections::sort);
    double n = docs.size() * (double) rounds;
    System.out.printf(Locale.ROOT, "%d documents, %d passes, analyses equal in every order%n", docs.size(), rounds);
    System.out.printf(Locale.ROOT, "document by document       %6.0f articles/s (CPU)%n", n / (cpu[0] / 1e9));
    System.out.printf(Locale.ROOT, "stage by stage, all        %6.0f articles/s; time ratio by document/this: median %.3f"
        + " (quartiles %.3f .. %.3f)%n", n / (cpu[1] / 1e9), ratios.get(0).get(rounds / 2),
        ratios.get(0).get(rounds / 4), ratios.get(0).get(3 * rounds / 4));
    System.out.printf(Locale.ROOT, "stage by stage, blocks of %-3d %5.0f articles/s; time ratio by document/this: median"
        + " %.3f (quartiles %.3f .. %.3f)%n", block, n / (cpu[2] / 1e9), ratios.get(1).get(rounds / 2),
        ratios.get(1).get(rounds / 4), ratios.get(1).get(3 * rounds / 4));
  }
}
