package org.tally.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.tally.link.ClaimRef;
import org.tally.link.Incident;
import org.tally.link.IncidentKind;
import org.tally.link.IncidentLinker;
import org.tally.link.LinkUpdate;
import org.tally.model.Claim;
import org.tally.model.ClaimPlace;
import org.tally.model.ClaimTime;
import org.tally.model.Count;
import org.tally.model.Harm;
import org.tally.model.PlacePrecision;
import org.tally.model.Scope;
import org.tally.model.Span;
import org.tally.model.Stance;
import org.tally.model.Victims;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tally bench-link}: how long linking takes on synthetic claims (seeded), all at once and incrementally.
 * Figures, not a pass/fail test: run it on a quiet machine.
 */
@Command(name = "bench-link", mixinStandardHelpOptions = true,
    description = "Measures linking time on synthetic claims: a whole corpus at once, then one more batch added.")
public final class LinkBenchCommand implements Callable<Integer> {
  private static final String[] GOVERNORATES = {"Aleppo", "Idlib", "Ar-Raqqah", "Deir ez-Zor", "Al-Hasakah", "Homs",
      "Hama", "Damascus", "Rif Dimashq", "Daraa", "Latakia", "Tartus", "Quneitra", "As-Suwayda"};
  private static final String[] PERPETRATORS = {"us-led-coalition", "russia", "syrian-government", "isis", "turkey",
      "syrian-opposition", "sdf"};
  private static final String[] CLAIMANTS = {"outlet", "sohr", "russia-mod", "us-military", "syria-mfa", "airwars"};

  @Spec CommandSpec spec;

  @Option(names = "--claims", defaultValue = "100000", description = "Synthetic claims to link (default: ${DEFAULT-VALUE}).")
  int claims;

  @Option(names = "--days", defaultValue = "1461", description = "Days the claims spread over (default: ${DEFAULT-VALUE}, four years).")
  int days;

  @Option(names = "--add", defaultValue = "1000", description = "Claims added incrementally afterwards (default: ${DEFAULT-VALUE}).")
  int add;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Random random = new Random(seed);
    List<ClaimRef> corpus = synthetic(random, claims, 0, 0, days);
    // a day's ingest: new articles report the last week, so only the blocks of that week are relinked
    List<ClaimRef> more = synthetic(random, add, claims, days - 7, 7);
    IncidentLinker linker = IncidentLinker.from(org.tally.lexicon.Lexicons.bundled());
    linker.link(synthetic(new Random(seed + 1), Math.min(claims, 20_000), 0, 0, days));  // warm-up
    long start = System.nanoTime();
    List<Incident> incidents = linker.link(corpus);
    double all = (System.nanoTime() - start) / 1e9;
    start = System.nanoTime();
    LinkUpdate update = linker.add(incidents, more);
    double incremental = (System.nanoTime() - start) / 1e9;
    long series = incidents.stream().filter(i -> i.kind() == IncidentKind.SERIES).count();
    long multi = incidents.stream().filter(i -> i.kind() == IncidentKind.INCIDENT && i.claims().size() > 1).count();
    out.printf(Locale.ROOT, "%d synthetic claims over %d days (seed %d), one thread, %s%n", claims, days, seed,
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    out.printf(Locale.ROOT, "link all      %8.3f s  %10.0f claims/s  -> %d incidents (%d with 2+ claims), %d series%n",
        all, claims / all, incidents.size() - series, multi, series);
    out.printf(Locale.ROOT, "add %-9d %8.3f s  %10.0f claims/s  -> %d written, %d removed%n", add, incremental,
        add / incremental, update.written().size(), update.removed().size());
    out.flush();
    return 0;
  }

  /** Claims as many outlets would make them: a fifth running counts, some without place, perpetrator or time. */
  private static List<ClaimRef> synthetic(Random random, int n, int firstDoc, int firstDay, int dayCount) {
    LocalDate first = LocalDate.of(2015, 1, 1);
    List<ClaimRef> refs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String doc = "syn-" + (firstDoc + i);
      LocalDate day = first.plusDays(firstDay + random.nextInt(dayCount));
      int toll = 1 + (int) Math.abs(random.nextGaussian() * 20);
      Count count = random.nextInt(4) == 0 ? new Count(toll, null, false, new Span(0, 2))
          : new Count(toll, toll, random.nextInt(10) == 0, new Span(0, 2));
      String governorate = GOVERNORATES[random.nextInt(GOVERNORATES.length)];
      ClaimPlace place = random.nextInt(10) < 3 ? null
          : new ClaimPlace(governorate, governorate, governorate, "SY", null, null, PlacePrecision.GOVERNORATE, null);
      ClaimTime when = random.nextBoolean() ? null : new ClaimTime(day, day, "on " + day, null);
      int scopeDraw = random.nextInt(10);
      Scope scope = scopeDraw < 8 ? Scope.INCIDENT : scopeDraw == 8 ? Scope.AGGREGATE : Scope.CUMULATIVE;
      Claim claim = new Claim(doc, Harm.values()[random.nextInt(3)], Victims.values()[random.nextInt(Victims.values().length)],
          count, String.valueOf(toll), random.nextInt(5) == 0 ? null : PERPETRATORS[random.nextInt(PERPETRATORS.length)],
          CLAIMANTS[random.nextInt(CLAIMANTS.length)], place, when, scope, Stance.ASSERTED, null, org.tally.model.ClaimSection.BODY,
          new Span(0, 10));
      refs.add(new ClaimRef(doc, 0, "outlet-" + random.nextInt(15), day, claim, "synthetic claim " + i));
    }
    return refs;
  }
}
