package org.tally.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.tally.analysis.Analyser;
import org.tally.app.read.ReadProblem;
import org.tally.app.run.Batch;
import org.tally.event.MainIncidentFinder;
import org.tally.extract.ClaimExtractor;
import org.tally.facts.FactFinder;
import org.tally.lexicon.Lexicons;
import org.tally.model.Document;
import org.tally.model.Layout;
import org.tally.resolve.ClaimResolver;
import org.tally.text.TextCleaner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tally bench}: single-threaded throughput of cleaning, fact finding and extraction over a corpus
 * held in memory. Figures, not a pass/fail test: run it on a quiet machine.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measures articles per second of each stage on one thread.",
        "The inputs are held in memory; the stages are",
        "clean, facts, extract (claims), resolve (their places and times), and all: the whole analysis, main",
        "incident included, as the batch commands (extract, docs, incidents, ingest, verify) run it on each worker:",
        "blocks of 32 documents, each stage over the whole block before the next. 'per-doc' (timed with 'all') is",
        "the same analysis one document at a time, as the web pages, the API and the Spark job run it; 'bare' is a",
        "pass that only splits the text into words, the floor any reading pays.",
        "Each stage warms until the JIT has settled (at least --warmup seconds, at most --warmup-cap): on one core",
        "the compiler keeps compiling for 30 s and more beside the measured thread, and a fixed 3-second warm-up read",
        "'all' at a quarter of its steady speed (FA-KES dev, 2026-12-07: 553 against about 2,000-2,400 articles/s;",
        "bare about 255,000/s by CPU time). Each line gives the warm-up used and the JIT's seconds; the CPU-time",
        "figure is the one to compare when other processes share the core."})
public final class BenchCommand implements Callable<Integer> {
  private static final int ROUNDS = 3;

  @Spec CommandSpec spec;
  @Mixin InputOptions input;

  @Option(names = "--seconds", defaultValue = "5", description = "Measured seconds per stage after warm-up (default: ${DEFAULT-VALUE}).")
  double seconds;

  @Option(names = "--warmup", defaultValue = "3", description = {"Least warm-up seconds per stage (default: "
      + "${DEFAULT-VALUE}); each stage warms on until the JIT has settled: in two 2-second windows in a row, the JIT's "
      + "compilation time and the CPU time of the JVM's other threads each grew by at most 1%% of the window."})
  double warmup;

  @Option(names = "--warmup-cap", defaultValue = "90", description = "Most warm-up seconds per stage, settled or "
      + "not (default: ${DEFAULT-VALUE}); a stage that hits it says so.")
  double warmupCap;

  @Option(names = "--stages", split = ",", paramLabel = "STAGE",
      description = "Only these stages, comma-separated, of: bare, clean, facts, extract, resolve, all (with per-doc;"
          + " default: every stage).")
  Set<String> stages = new LinkedHashSet<>(STAGES);

  private static final List<String> STAGES = List.of("bare", "clean", "facts", "extract", "resolve", "all");

  @Option(names = "--paragraphs", split = ",", paramLabel = "MB",
      description = {"Instead of the corpus: time each stage on one generated paragraph of each size in MB "
          + "(sentences, numbers and place names with no full stop between them), printing seconds per MB, "
          + "so that work growing faster than the text shows: e.g. --paragraphs 1,2,4,8."})
  List<Integer> paragraphs = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (!paragraphs.isEmpty()) {
      new ParagraphBench(input.lexicons(), out).run(paragraphs);
      return 0;
    }
    for (String stage : stages) {
      if (!STAGES.contains(stage)) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--stages: unknown stage '" + stage + "' (the stages are " + String.join(", ", STAGES) + ")");
      }
    }
    List<Document> docs = new ArrayList<>();
    Batch batch = new Batch(input.inputs.isEmpty() ? List.of("corpus") : input.inputs, input.readOptions(), System.in,
        spec.commandLine().getErr());
    batch.run(docs::add);
    if (docs.isEmpty()) {
      batch.problem(new ReadProblem("bench", null, "no documents to measure"));
      return 2;
    }
    org.tally.lexicon.Lexicons rules = input.lexicons();
    TextCleaner cleaner = TextCleaner.from(rules);
    FactFinder facts = FactFinder.from(rules);
    ClaimExtractor extractor = ClaimExtractor.from(rules);
    ClaimResolver resolver = ClaimResolver.from(rules);
    MainIncidentFinder incidents = MainIncidentFinder.from(rules);
    List<Layout> layouts = docs.stream().map(cleaner::clean).toList();
    long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
    out.printf(Locale.ROOT, "%d documents, %.1f KB of text, one thread, %s%n", docs.size(), chars / 1024.0,
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    Timing bare = null;
    if (stages.contains("bare") || stages.contains("all")) {
      bare = measure(() -> docs.forEach(d -> sink += bareTokens(d.text())));
      report(out, "bare", docs.size(), bare);
    }
    if (stages.contains("clean")) {
      report(out, "clean", docs.size(), measure(() -> docs.forEach(cleaner::clean)));
    }
    if (stages.contains("facts")) {
      report(out, "facts", docs.size(), measure(() -> {
        for (int i = 0; i < docs.size(); i++) {
          facts.find(docs.get(i), layouts.get(i));
        }
      }));
    }
    if (stages.contains("extract")) {
      report(out, "extract", docs.size(), measure(() -> {
        for (int i = 0; i < docs.size(); i++) {
          extractor.extract(docs.get(i), layouts.get(i));
        }
      }));
    }
    if (stages.contains("resolve")) {
      List<java.time.LocalDate> dates = new ArrayList<>();
      List<List<org.tally.model.Claim>> claims = new ArrayList<>();
      for (int i = 0; i < docs.size(); i++) {
        dates.add(facts.find(docs.get(i), layouts.get(i)).date());
        claims.add(extractor.extract(docs.get(i), layouts.get(i)));
      }
      report(out, "resolve", docs.size(), measure(() -> {
        for (int i = 0; i < docs.size(); i++) {
          resolver.resolve(docs.get(i), layouts.get(i), dates.get(i), claims.get(i));
        }
      }));
    }
    if (stages.contains("all")) {
      Analyser analyser = new Analyser(cleaner, facts, extractor, resolver, incidents);
      Timing all = measure(() -> {
        for (int from = 0; from < docs.size(); from += Analyser.BLOCK) {
          analyser.analyse(docs.subList(from, Math.min(docs.size(), from + Analyser.BLOCK)));
        }
      });
      report(out, "all", docs.size(), all);
      report(out, "per-doc", docs.size(), measure(() -> docs.forEach(analyser::analyse)));
      // the bare pass is timed whenever 'all' is, so the ratio always compares figures of one run
      out.printf(Locale.ROOT, "all stages take %.1f times a bare tokeniser pass (%.1f by CPU time)%n",
          all.wall() / bare.wall(), all.cpu() / bare.cpu());
    }
    return 0;
  }

  /** Keeps the bare pass's result alive, so the JIT cannot drop the pass. */
  private long sink;

  /**
   * The floor any reading of the text must pay: one pass that splits on whitespace and punctuation and counts
   * the words, nothing else.
   */
  static int bareTokens(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }

  /**
   * Seconds per pass, by the clock and by the measuring thread's CPU time (what other processes cannot add to); the
   * warm-up before them, and the JIT's compilation seconds while they were measured.
   */
  private record Timing(double wall, double cpu, WarmUp.Result warm, double compiledWhileMeasured) {}

  /** The best of three rounds after warming up until the JIT has settled, since JIT and GC add noise. */
  private Timing measure(Runnable pass) {
    WarmUp.Probe probe = WarmUp.Probe.jvm();
    WarmUp.Result warm = new WarmUp(warmup, warmupCap, probe).run(pass);
    long compileStart = probe.compileMillis();
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    double wall = Double.MAX_VALUE;
    double cpu = Double.MAX_VALUE;
    for (int round = 0; round < ROUNDS; round++) {
      int passes = 0;
      long start = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      long end = start + (long) (seconds / ROUNDS * 1e9);
      while (System.nanoTime() < end || passes == 0) {
        pass.run();
        passes++;
      }
      wall = Math.min(wall, (System.nanoTime() - start) / 1e9 / passes);
      cpu = Math.min(cpu, (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9 / passes);
    }
    double compiled = compileStart < 0 ? 0 : (probe.compileMillis() - compileStart) / 1e3;
    return new Timing(wall, cpu, warm, compiled);
  }

  private static void report(PrintWriter out, String stage, int docs, Timing timing) {
    WarmUp.Result warm = timing.warm();
    out.printf(Locale.ROOT, "%-10s %10.0f articles/s  (%.2f ms per pass; by the thread's CPU time %.0f articles/s;"
            + " warm-up %.1f s, %d passes, JIT %.1f s of it, %.2f s while measured)%n",
        stage, docs / timing.wall(), timing.wall() * 1000, docs / timing.cpu(), warm.seconds(), warm.passes(),
        warm.compileSeconds(), timing.compiledWhileMeasured());
    if (warm.capped()) {
      out.printf(Locale.ROOT, "%-10s the JIT had not settled when the warm-up cap (--warmup-cap) ended it after %.1f s:"
          + " the figure may read low%n", stage, warm.seconds());
    }
    out.flush();
  }

  /**
   * Issue 10's linearity check: one long paragraph per size, each stage timed once on it. Time per MB that stays
   * flat from 1 to 8 MB means the stage is linear in the document's length; a stage that looks things up across
   * the whole paragraph for each word shows as seconds per MB doubling with the size.
   */
  static final class ParagraphBench {
    private static final String[] PLACES = {"Aleppo", "Homs", "Idlib", "Daraa", "Raqqa", "Hama", "Douma",
        "Deir ez-Zor", "Latakia", "Tartus", "Eastern Ghouta", "Khan Sheikhoun", "Palmyra", "Kobani", "Damascus"};
    private static final String[] MONTHS = {"January", "March", "May", "July", "September", "December"};
    /** Clause shapes: # a number, @ a place, ~ a month, ^ a number in words. */
    private static final String[] CLAUSES = {
        "# civilians were killed and # wounded in an air strike on @ on Monday",
        "the Syrian Observatory for Human Rights said that # people including # children died in @",
        "rebels shelled @ on # ~ 2016 killing # fighters",
        "at least # people were injured in @ according to activists while # others were missing",
        "government forces said they had killed # militants near @ in ~",
        "a car bomb in @ killed # and wounded # on Friday",
        "the toll rose to #, #, # and then # in the villages around @",
        "some ^ soldiers were captured in @ on # ~"};
    private static final String[] WORDS = {"two", "twelve", "forty-two", "a hundred", "three hundred and five"};

    private final Lexicons rules;
    private final PrintWriter out;

    ParagraphBench(Lexicons rules, PrintWriter out) {
      this.rules = rules;
      this.out = out;
    }

    private static final int WARM_PASSES = 3;

    void run(List<Integer> sizes) {
      TextCleaner cleaner = TextCleaner.from(rules);
      FactFinder facts = FactFinder.from(rules);
      ClaimExtractor extractor = ClaimExtractor.from(rules);
      ClaimResolver resolver = ClaimResolver.from(rules);
      Analyser analyser = new Analyser(cleaner, facts, extractor, resolver, MainIncidentFinder.from(rules));
      // a 1 MB paragraph first, every stage, three times, so the sizes compare compiled code, not the interpreter and
      // the JIT (one pass left the 1 MB figure at 2.5 times the others)
      Document warm = document(paragraph(1024 * 1024, 99));
      for (int pass = 0; pass < WARM_PASSES; pass++) {
        Layout warmLayout = cleaner.clean(warm);
        resolver.resolve(warm, warmLayout, facts.find(warm, warmLayout).date(), extractor.extract(warm, warmLayout));
        analyser.analyse(warm);
      }
      out.printf(Locale.ROOT, "%-6s %9s %9s %9s %9s %9s   (seconds per MB of text; one pass each)%n",
          "MB", "clean", "facts", "extract", "resolve", "all");
      for (int mb : sizes) {
        Document doc = document(paragraph(mb * 1024 * 1024, mb));
        double size = doc.text().length() / (1024.0 * 1024.0);
        long t0 = System.nanoTime();
        Layout layout = cleaner.clean(doc);
        long t1 = System.nanoTime();
        java.time.LocalDate date = facts.find(doc, layout).date();
        long t2 = System.nanoTime();
        List<org.tally.model.Claim> claims = extractor.extract(doc, layout);
        long t3 = System.nanoTime();
        resolver.resolve(doc, layout, date, claims);
        long t4 = System.nanoTime();
        analyser.analyse(doc);
        long t5 = System.nanoTime();
        out.printf(Locale.ROOT, "%-6d %9.2f %9.2f %9.2f %9.2f %9.2f   (%d claims)%n", mb, (t1 - t0) / 1e9 / size,
            (t2 - t1) / 1e9 / size, (t3 - t2) / 1e9 / size, (t4 - t3) / 1e9 / size, (t5 - t4) / 1e9 / size,
            claims.size());
        out.flush();
      }
    }

    private static Document document(String text) {
      return new Document("paragraph", "bench", text, null);
    }

    /** About {@code chars} characters of clauses joined by commas and "and", with one full stop at the very end. */
    static String paragraph(int chars, long seed) {
      java.util.Random random = new java.util.Random(seed);
      StringBuilder text = new StringBuilder(chars + 200);
      while (text.length() < chars) {
        if (!text.isEmpty()) {
          text.append(random.nextBoolean() ? ", and " : "; meanwhile ");
        }
        for (char c : CLAUSES[random.nextInt(CLAUSES.length)].toCharArray()) {
          switch (c) {
            case '#' -> text.append(2 + random.nextInt(5000));
            case '@' -> text.append(PLACES[random.nextInt(PLACES.length)]);
            case '~' -> text.append(MONTHS[random.nextInt(MONTHS.length)]);
            case '^' -> text.append(WORDS[random.nextInt(WORDS.length)]);
            default -> text.append(c);
          }
        }
      }
      return text.append(".\n").toString();
    }
  }
}
