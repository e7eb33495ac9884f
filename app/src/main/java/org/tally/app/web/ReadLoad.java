package org.tally.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A read load on a running server: {@code clients} threads, each with its own HTTP client and connection, each
 * requesting paths drawn at random from a mix, as fast as answers come, for a while. Latencies are kept per kind of
 * path and over all.
 */
public final class ReadLoad {
  /** A kind of path ("document page") and the paths of that kind to draw from. */
  public record Target(String kind, List<String> paths) {}

  /** The figures of one kind, or of all ("all"): milliseconds, and answers per second. */
  public record Figures(String kind, int requests, int errors, double p50, double p95, double p99, double max,
      double perSecond) {}

  private ReadLoad() {}

  public static List<Figures> run(String baseUrl, List<Target> targets, int clients, Duration warmup,
      Duration measure) throws InterruptedException {
    AtomicLong errors = new AtomicLong();
    // one kept-alive connection per client (the JDK keeps 5 per server otherwise, and opens the rest anew each time)
    System.setProperty("http.maxConnections", String.valueOf(Math.max(5, clients)));
    List<List<long[]>> perClient = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    long measureFrom = start + warmup.toNanos();
    long until = measureFrom + measure.toNanos();
    for (int c = 0; c < clients; c++) {
      List<long[]> samples = new ArrayList<>();
      perClient.add(samples);
      long seed = c;
      Thread thread = new Thread(() -> drive(baseUrl, targets, new SplittableRandom(seed), measureFrom, until, samples,
          errors), "load-" + c);
      threads.add(thread);
      thread.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    double seconds = measure.toNanos() / 1e9;
    Map<Integer, List<Long>> byKind = new LinkedHashMap<>();
    Map<Integer, Integer> errorsByKind = new LinkedHashMap<>();
    for (List<long[]> samples : perClient) {
      for (long[] s : samples) {
        if (s[2] != 0) {
          errorsByKind.merge((int) s[0], 1, Integer::sum);
        }
        byKind.computeIfAbsent((int) s[0], k -> new ArrayList<>()).add(s[1]);
      }
    }
    List<Figures> out = new ArrayList<>();
    List<Long> all = new ArrayList<>();
    int allErrors = 0;
    for (int k = 0; k < targets.size(); k++) {
      List<Long> times = byKind.getOrDefault(k, List.of());
      all.addAll(times);
      allErrors += errorsByKind.getOrDefault(k, 0);
      out.add(figures(targets.get(k).kind(), times, errorsByKind.getOrDefault(k, 0), seconds));
    }
    out.add(figures("all", all, allErrors, seconds));
    return out;
  }

  private static void drive(String baseUrl, List<Target> targets, SplittableRandom random, long measureFrom,
      long until, List<long[]> samples, AtomicLong errors) {
    byte[] sink = new byte[64 * 1024];
    while (true) {
      int kind = random.nextInt(targets.size());
      List<String> paths = targets.get(kind).paths();
      String path = paths.get(random.nextInt(paths.size()));
      long t0 = System.nanoTime();
      if (t0 >= until) {
        return;
      }
      int status;
      try {
        // the JDK's blocking client: light on threads, and it keeps each client's connection alive between requests
        HttpURLConnection connection = (HttpURLConnection) URI.create(baseUrl + path.substring(1)).toURL()
            .openConnection();
        connection.setConnectTimeout(10_000);
        connection.setReadTimeout(30_000);
        status = connection.getResponseCode();
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
          while (in != null && in.read(sink) >= 0) {
            // drained, so that the connection can be used again
          }
        }
      } catch (IOException e) {
        status = -1;
      }
      long t1 = System.nanoTime();
      if (t0 >= measureFrom && t1 <= until) {
        samples.add(new long[] {kind, t1 - t0, status == 200 ? 0 : 1});
      }
      if (status != 200) {
        errors.incrementAndGet();
      }
    }
  }

  private static Figures figures(String kind, List<Long> nanos, int errors, double seconds) {
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    return new Figures(kind, sorted.length, errors, ms(percentile(sorted, 50)), ms(percentile(sorted, 95)),
        ms(percentile(sorted, 99)), ms(sorted.length == 0 ? 0 : sorted[sorted.length - 1]), sorted.length / seconds);
  }

  private static long percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  public static String table(List<Figures> rows) {
    StringBuilder out = new StringBuilder(String.format(java.util.Locale.ROOT, "%-22s %9s %7s %9s %9s %9s %9s %10s%n",
        "paths", "requests", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms", "req/s"));
    for (Figures f : rows) {
      out.append(String.format(java.util.Locale.ROOT, "%-22s %9d %7d %9.1f %9.1f %9.1f %9.1f %10.1f%n", f.kind(),
          f.requests(), f.errors(), f.p50(), f.p95(), f.p99(), f.max(), f.perSecond()));
    }
    return out.toString();
  }

  /** The mix: pages and API reads, with ids drawn from the ledger. */
  public static List<Target> mix(Ledger ledger, int idsPerKind) {
    SplittableRandom random = new SplittableRandom(42);
    List<String> incidents = sample(ledger.incidents().stream().map(i -> "/incidents/" + Html.url(i.id())).toList(),
        idsPerKind, random);
    List<String> apiIncidents = incidents.stream().map(p -> "/api" + p).toList();
    List<String> documents = sample(ledger.documents().keySet().stream().map(d -> "/documents/" + Html.url(d)).toList(),
        idsPerKind, random);
    List<String> apiDocuments = documents.stream().map(p -> "/api" + p).toList();
    List<String> apiVerdicts = documents.stream().map(p -> "/api/verify" + p.substring("/documents".length())).toList();
    List<String> outlets = ledger.outlets().stream().map(o -> "/outlets/" + Html.url(o.outlet())).toList();
    List<Target> out = new ArrayList<>(List.of(
        new Target("overview", List.of("/", "/?harm=killed", "/?stack=claimant")),
        new Target("incident list", List.of("/incidents", "/incidents?sort=best", "/incidents?harm=killed")),
        new Target("incident page", incidents),
        new Target("document page", documents),
        new Target("api incident", apiIncidents),
        new Target("api document", apiDocuments),
        new Target("api incidents list", List.of("/api/incidents?limit=50", "/api/incidents?harm=killed&limit=50")),
        new Target("api verify", apiVerdicts),
        // words of every war report, one rarer place, a phrase; under a filter too
        new Target("search", List.of("/search?q=killed", "/search?q=airstrike+Aleppo", "/search?q=Deir+ez-Zor",
            "/search?q=civilians+hospital&harm=killed", "/search?q=Idlib+market"))));
    if (!outlets.isEmpty()) {
      out.add(new Target("outlet page", outlets));
    }
    return out.stream().filter(t -> !t.paths().isEmpty()).toList();
  }

  private static List<String> sample(List<String> all, int n, SplittableRandom random) {
    String[] copy = all.toArray(new String[0]);
    for (int i = copy.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      String t = copy[i];
      copy[i] = copy[j];
      copy[j] = t;
    }
    return Arrays.asList(copy).subList(0, Math.min(n, copy.length));
  }
}
