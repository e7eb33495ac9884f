// Issue 9: the same analyses run about 1.6 times quicker stage by stage over a block of documents than document by
// document (seventeenth session; the batch commands run blocks since the eighteenth). This times both orders, in one
// JVM, passes alternating, by the thread's CPU time: document by document (Analyser.analyse(Document), a block of one),
// and stage by stage (Analyser.analyse(List): each stage over the block before the next starts), over all documents
// and in blocks. The analyses of the orders are checked equal on the first pass. A document's stages each read their
// own tries, tables and gazetteer; run one after the other on one document, each finds the processor's caches filled
// by the others.
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
import org.tally.lexicon.Lexicons;
import org.tally.model.Document;

public class StageOrder {
  /** Analyser.analyse(List), the stage-by-stage order the batch commands run, over blocks of {@code block}. */
  static List<Analysis> inBlocks(Analyser analyser, List<Document> docs, int block) {
    List<Analysis> out = new ArrayList<>(docs.size());
    for (int i = 0; i < docs.size(); i += block) {
      out.addAll(analyser.analyse(docs.subList(i, Math.min(docs.size(), i + block))));
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
    Analyser analyser = Analyser.from(Lexicons.bundled());
    ThreadMXBean thread = ManagementFactory.getThreadMXBean();
    long[] cpu = new long[3];
    List<List<Double>> ratios = List.of(new ArrayList<>(), new ArrayList<>());
    for (int r = 0; r < warm + rounds; r++) {
      long c0 = thread.getCurrentThreadCpuTime();
      List<Analysis> byDocument = docs.stream().map(analyser::analyse).toList();
      long c1 = thread.getCurrentThreadCpuTime();
      List<Analysis> byStage = analyser.analyse(docs);
      long c2 = thread.getCurrentThreadCpuTime();
      List<Analysis> byBlock = inBlocks(analyser, docs, block);
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
