// Compares the speed of two Tally builds on a shared, busy machine: both are loaded in one JVM (each in its own class
// loader) and whole passes of Analyser.analyse over the same documents alternate between them, each pass timed by the
// thread's CPU time, so both builds meet the same load at the same moments. Single runs of `tally bench` on this
// machine differ by a third from run to run; a paired ratio is steadier. Each build is a directory holding
// tally-app.jar and lib/ (copy app/target/tally-app.jar and app/target/lib after `mvn package`).
//
//   taskset -c 1 java -XX:+UseSerialGC -Xss4m -Xmx2g scripts/BenchPair.java corpus/fakes-dev.csv 20 50 BUILD_A BUILD_B
//
// arguments: documents, warm-up passes, measured passes; prints each build's articles/s (mean, median, best pass) and
// the median of the per-pass time ratio A/B (above 1: B is faster). The JIT still compiles each build its own way, so
// run it twice with the builds in both orders. An optional sixth argument, a block size, times a build whose Analyser
// has analyse(List) over blocks of that many documents, as the batch commands run it (2026-12-07, speed24); a build
// without it is timed document by document.
import java.io.*;
import java.lang.management.*;
import java.lang.reflect.*;
import java.net.*;
import java.nio.file.*;
import java.util.*;
import java.util.function.Consumer;

public class BenchPair {
  static final class Build {
    final String name; final Object analyser; final Method analyse; final Method analyseBlock; final int block;
    final List<Object> docs = new ArrayList<>();
    long cpu; long passes; final List<Double> perPass = new ArrayList<>();
    Build(String dir, String csv, int block) throws Exception {
      String name = Paths.get(dir).getFileName().toString();
      List<URL> urls = new ArrayList<>();
      urls.add(Paths.get(dir, "tally-app.jar").toUri().toURL());
      try (DirectoryStream<Path> s = Files.newDirectoryStream(Paths.get(dir, "lib"), "*.jar")) { for (Path p : s) urls.add(p.toUri().toURL()); }
      ClassLoader cl = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
      Class<?> lex = cl.loadClass("org.tally.lexicon.Lexicons");
      Object rules = lex.getMethod("bundled").invoke(null);
      Class<?> an = cl.loadClass("org.tally.analysis.Analyser");
      analyser = an.getMethod("from", lex).invoke(null, rules);
      Class<?> docClass = cl.loadClass("org.tally.model.Document");
      analyse = an.getMethod("analyse", docClass);
      Method blocks = null;
      try { blocks = block > 0 ? an.getMethod("analyse", List.class) : null; } catch (NoSuchMethodException e) { }
      analyseBlock = blocks; this.block = block;
      this.name = name + (blocks == null ? "" : "/blocks-of-" + block);
      Class<?> ro = cl.loadClass("org.tally.app.read.ReadOptions");
      Object opts = ro.getMethod("defaults").invoke(null);
      Class<?> batch = cl.loadClass("org.tally.app.run.Batch");
      Object b = batch.getConstructor(List.class, ro, InputStream.class, PrintWriter.class)
          .newInstance(List.of(csv), opts, System.in, new PrintWriter(System.err));
      Consumer<Object> add = docs::add;
      batch.getMethod("run", Consumer.class).invoke(b, add);
    }
    void pass(ThreadMXBean t) throws Exception {
      long c0 = t.getCurrentThreadCpuTime();
      if (analyseBlock == null) for (Object d : docs) analyse.invoke(analyser, d);
      else for (int i = 0; i < docs.size(); i += block) analyseBlock.invoke(analyser, docs.subList(i, Math.min(docs.size(), i + block)));
      long c = t.getCurrentThreadCpuTime() - c0;
      cpu += c; passes++; perPass.add(c / 1e9);
    }
  }
  public static void main(String[] a) throws Exception {
    if (a.length != 5 && a.length != 6) {
      System.err.println("usage: java scripts/BenchPair.java DOCUMENTS WARMUP_PASSES PASSES BUILD_A BUILD_B [BLOCK]");
      System.exit(2);
    }
    String csv = a[0]; int warm = Integer.parseInt(a[1]); int rounds = Integer.parseInt(a[2]);
    List<Build> builds = new ArrayList<>();
    int block = a.length == 6 ? Integer.parseInt(a[5]) : 0;
    for (int i = 3; i < 5; i++) builds.add(new Build(a[i], csv, block));
    ThreadMXBean t = ManagementFactory.getThreadMXBean();
    for (int w = 0; w < warm; w++) for (Build b : builds) b.pass(t);
    for (Build b : builds) { b.cpu = 0; b.passes = 0; b.perPass.clear(); }
    for (int r = 0; r < rounds; r++) {
      List<Build> order = new ArrayList<>(builds); if (r % 2 == 1) Collections.reverse(order);
      for (Build b : order) b.pass(t);
    }
    for (Build b : builds) {
      List<Double> s = new ArrayList<>(b.perPass); Collections.sort(s);
      double med = s.get(s.size() / 2), min = s.get(0);
      System.out.printf(Locale.ROOT, "%-16s docs %d passes %d  mean %.0f  median %.0f  best %.0f articles/s (CPU)%n", b.name,
          b.docs.size(), b.passes, b.docs.size() * b.passes / (b.cpu / 1e9), b.docs.size() / med, b.docs.size() / min);
    }
    // paired: ratio per round
    List<Double> ratios = new ArrayList<>();
    for (int r = 0; r < rounds; r++) ratios.add(builds.get(0).perPass.get(r) / builds.get(1).perPass.get(r));
    Collections.sort(ratios);
    System.out.printf(Locale.ROOT, "paired time ratio %s/%s: median %.3f (quartiles %.3f .. %.3f)%n", builds.get(0).name, builds.get(1).name,
        ratios.get(rounds / 2), ratios.get(rounds / 4), ratios.get(3 * rounds / 4));
  }
}
