package org.tally.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tally.analysis.Analyser;
import org.tally.app.read.ReadProblem;
import org.tally.app.run.Batch;
import org.tally.event.MainIncidentFinder;
import org.tally.extract.ClaimExtractor;
import org.tally.facts.FactFinder;
import org.tally.model.Document;
import org.tally.model.Layout;
import org.tally.resolve.ClaimResolver;
import org.tally.text.TextCleaner;
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
        "clean, facts, extract (claims), resolve (their places and times), and all: the whole analysis of a",
        "document in a row, main incident included, as ingest runs it."})
public final class BenchCommand implements Callable<Integer> {
  private static final int ROUNDS = 3;

  @Spec CommandSpec spec;
  @Mixin InputOptions input;

  @Option(names = "--seconds", defaultValue = "5", description = "Measured seconds per stage after warm-up (default: ${DEFAULT-VALUE}).")
  double seconds;

  @Option(names = "--warmup", defaultValue = "3", description = "Warm-up seconds per stage (default: ${DEFAULT-VALUE}).")
  double warmup;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Document> docs = new ArrayList<>();
    Batch batch = new Batch(input.inputs.isEmpty() ? List.of("corpus") : input.inputs, input.readOptions(), System.in,
        spec.commandLine().getErr());
    batch.run(docs::add);
    if (docs.isEmpty()) {
      batch.problem(new ReadProblem("bench", null, "no documents to measure"));
      return 2;
    }
    TextCleaner cleaner = TextCleaner.standard();
    FactFinder facts = FactFinder.standard();
    ClaimExtractor extractor = ClaimExtractor.standard();
    ClaimResolver resolver = ClaimResolver.standard();
    List<Layout> layouts = docs.stream().map(cleaner::clean).toList();
    long chars = docs.stream().mapToLong(d -> d.text().length()).sum();
    out.printf(Locale.ROOT, "%d documents, %.1f KB of text, one thread, %s%n", docs.size(), chars / 1024.0,
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    report(out, "clean", docs.size(), measure(() -> docs.forEach(cleaner::clean)));
    report(out, "facts", docs.size(), measure(() -> {
      for (int i = 0; i < docs.size(); i++) {
        facts.find(docs.get(i), layouts.get(i));
      }
    }));
    List<java.time.LocalDate> dates = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      dates.add(facts.find(docs.get(i), layouts.get(i)).date());
    }
    List<List<org.tally.model.Claim>> claims = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      claims.add(extractor.extract(docs.get(i), layouts.get(i)));
    }
    report(out, "extract", docs.size(), measure(() -> {
      for (int i = 0; i < docs.size(); i++) {
        extractor.extract(docs.get(i), layouts.get(i));
      }
    }));
    report(out, "resolve", docs.size(), measure(() -> {
      for (int i = 0; i < docs.size(); i++) {
        resolver.resolve(docs.get(i), layouts.get(i), dates.get(i), claims.get(i));
      }
    }));
    Analyser analyser = new Analyser(cleaner, facts, extractor, resolver, MainIncidentFinder.standard());
    report(out, "all", docs.size(), measure(() -> docs.forEach(analyser::analyse)));
    return 0;
  }

  /** Seconds per pass over the corpus after warming up: the best of three rounds, since JIT and GC add noise. */
  private double measure(Runnable pass) {
    long warmEnd = System.nanoTime() + (long) (warmup * 1e9);
    while (System.nanoTime() < warmEnd) {
      pass.run();
    }
    double best = Double.MAX_VALUE;
    for (int round = 0; round < ROUNDS; round++) {
      int passes = 0;
      long start = System.nanoTime();
      long end = start + (long) (seconds / ROUNDS * 1e9);
      while (System.nanoTime() < end || passes == 0) {
        pass.run();
        passes++;
      }
      best = Math.min(best, (System.nanoTime() - start) / 1e9 / passes);
    }
    return best;
  }

  private static void report(PrintWriter out, String stage, int docs, double secondsPerPass) {
    out.printf(Locale.ROOT, "%-10s %10.0f articles/s  (%.2f ms per pass)%n", stage, docs / secondsPerPass, secondsPerPass * 1000);
    out.flush();
  }
}
