package org.tally.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.tally.link.ClaimRef;
import org.tally.link.ClaimSource;
import org.tally.link.Incident;
import org.tally.link.IncidentKind;
import org.tally.link.IncidentLinker;
import org.tally.link.LinkUpdate;
import org.tally.model.Claim;
import org.tally.model.ClaimPlace;
import org.tally.model.ClaimSection;
import org.tally.model.ClaimTime;
import org.tally.model.Count;
import org.tally.model.Harm;
import org.tally.model.PlacePrecision;
import org.tally.model.Scope;
import org.tally.model.Span;
import org.tally.model.Stance;
import org.tally.model.Victims;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tally bench-link}: how long linking takes on synthetic claims (seeded), block by block as the store links a
 * whole corpus, then incrementally. The claims are made as linking reads them, never held all together, so memory
 * shows what linking holds. Figures, not a pass/fail test: run it on a quiet machine.
 */
@Command(name = "bench-link", mixinStandardHelpOptions = true,
    description = {"Measures linking time on synthetic claims: a whole corpus block by block, then one more batch added.",
        "The claims are made again from the seed each time linking reads them, and never held together."})
public final class LinkBenchCommand implements Callable<Integer> {
  private static final String[] GOVERNORATES = {"Aleppo", "Idlib", "Ar-Raqqah", "Deir ez-Zor", "Al-Hasakah", "Homs",
      "Hama", "Damascus", "Rif Dimashq", "Daraa", "Latakia", "Tartus", "Quneitra", "As-Suwayda"};
  private static final String[] PERPETRATORS = {"us-led-coalition", "russia", "syrian-government", "isis", "turkey",
      "syrian-opposition", "sdf"};
  private static final String[] CLAIMANTS = {"outlet", "sohr", "russia-mod", "us-military", "syria-mfa", "airwars"};

  private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
  /** Incidents this close to the corpus's end are kept for the incremental step: the new claims' blocks and more. */
  private static final int RECENT_DAYS = 60;

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
    IncidentLinker linker = IncidentLinker.from(org.tally.lexicon.Lexicons.bundled());
    Synthetic warmUp = new Synthetic(seed + 1, Math.min(claims, 20_000), 0, 0, days);
    linker.linkIncidents(warmUp.byHarmAndDay(), i -> { });
    linker.linkSeries(warmUp.byBlock(), i -> { });

    Synthetic corpus = new Synthetic(seed, claims, 0, 0, days);
    // kept for the incremental step: the series, and the incidents of the last weeks, which new claims may touch
    LocalDate recent = FIRST_DAY.plusDays(days - RECENT_DAYS);
    List<Incident> kept = new ArrayList<>();
    long[] counts = new long[3];
    Consumer<Incident> tally = incident -> {
      if (incident.kind() == IncidentKind.SERIES) {
        counts[2]++;
        kept.add(incident);
        return;
      }
      counts[0]++;
      counts[1] += incident.claims().size() > 1 ? 1 : 0;
      if (incident.claims().stream().anyMatch(c -> !c.docDate().isBefore(recent))) {
        kept.add(incident);
      }
    };
    ClaimSource byHarmAndDay = corpus.byHarmAndDay();
    ClaimSource byBlock = corpus.byBlock();
    long start = System.nanoTime();
    byHarmAndDay.forEach(ref -> { });
    double making = (System.nanoTime() - start) / 1e9;
    start = System.nanoTime();
    linker.linkIncidents(byHarmAndDay, tally);
    linker.linkSeries(byBlock, tally);
    double all = (System.nanoTime() - start) / 1e9;
    // a day's ingest: new articles report the last week, so only the blocks of that week are relinked
    List<ClaimRef> more = new ArrayList<>();
    new Synthetic(seed + 2, add, claims, days - 7, 7).byHarmAndDay().forEach(more::add);
    start = System.nanoTime();
    LinkUpdate update = linker.add(kept, more);
    double incremental = (System.nanoTime() - start) / 1e9;
    out.printf(Locale.ROOT, "%d synthetic claims over %d days (seed %d), one thread, %s%n", claims, days, seed,
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    out.printf(Locale.ROOT, "link all      %8.3f s  %10.0f claims/s  -> %d incidents (%d with 2+ claims), %d series%n",
        all, claims / all, counts[0], counts[1], counts[2]);
    out.printf(Locale.ROOT, "(of which making the claims, three readings: %.3f s)%n", 3 * making);
    out.printf(Locale.ROOT, "add %-9d %8.3f s  %10.0f claims/s  -> %d written, %d removed%n", add, incremental,
        add / incremental, update.written().size(), update.removed().size());
    out.flush();
    return 0;
  }

  /**
   * Claims as many outlets would make them, a fifth of them running counts and some without place, perpetrator or
   * time. Claim {@code i} is made from the seed and {@code i} alone, so the corpus is made again on each reading, in
   * the order linking reads it, and never held.
   */
  private static final class Synthetic {
    private final long seed;
    private final int count;
    private final int firstDoc;
    private final int firstDay;
    private final int dayCount;

    Synthetic(long seed, int count, int firstDoc, int firstDay, int dayCount) {
      this.seed = seed;
      this.count = count;
      this.firstDoc = firstDoc;
      this.firstDay = firstDay;
      this.dayCount = dayCount;
    }

    /** By harm, then day: what incident linking reads. */
    ClaimSource byHarmAndDay() {
      return ordered(ref -> ref.claim().harm().ordinal() * dayCount + (int) (ref.docDate().toEpochDay()
          - FIRST_DAY.toEpochDay() - firstDay), Harm.values().length * dayCount);
    }

    /** By harm, victims and scope: what series linking reads. */
    ClaimSource byBlock() {
      int victims = Victims.values().length;
      int scopes = Scope.values().length;
      return ordered(ref -> (ref.claim().harm().ordinal() * victims + ref.claim().victims().ordinal()) * scopes
          + ref.claim().scope().ordinal(), Harm.values().length * victims * scopes);
    }

    /** The claims ordered by a small key: a counting sort of their numbers, the claims made again as they are read. */
    private ClaimSource ordered(java.util.function.ToIntFunction<ClaimRef> key, int keys) {
      int[] start = new int[keys + 1];
      int[] keyOf = new int[count];
      for (int i = 0; i < count; i++) {
        keyOf[i] = key.applyAsInt(claim(i));
        start[keyOf[i] + 1]++;
      }
      for (int k = 0; k < keys; k++) {
        start[k + 1] += start[k];
      }
      int[] order = new int[count];
      for (int i = 0; i < count; i++) {
        order[start[keyOf[i]]++] = i;
      }
      return each -> {
        for (int i : order) {
          each.accept(claim(i));
        }
      };
    }

    ClaimRef claim(int i) {
      SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
      String doc = "syn-" + (firstDoc + i);
      LocalDate day = FIRST_DAY.plusDays(firstDay + random.nextInt(dayCount));
      int toll = 1 + (int) Math.abs(gaussian(random) * 20);
      Count count = random.nextInt(4) == 0 ? new Count(toll, null, false, new Span(0, 2))
          : new Count(toll, toll, random.nextInt(10) == 0, new Span(0, 2));
      String governorate = GOVERNORATES[random.nextInt(GOVERNORATES.length)];
      ClaimPlace place = random.nextInt(10) < 3 ? null
          : new ClaimPlace(governorate, governorate, governorate, "SY", null, null, PlacePrecision.GOVERNORATE, null);
      ClaimTime when = random.nextBoolean() ? null : new ClaimTime(day, day, "on " + day, null);
      int scopeDraw = random.nextInt(10);
      Scope scope = scopeDraw < 8 ? Scope.INCIDENT : scopeDraw == 8 ? Scope.AGGREGATE : Scope.CUMULATIVE;
      Claim claim = new Claim(doc, Harm.values()[random.nextInt(3)],
          Victims.values()[random.nextInt(Victims.values().length)], count, String.valueOf(toll),
          random.nextInt(5) == 0 ? null : PERPETRATORS[random.nextInt(PERPETRATORS.length)],
          CLAIMANTS[random.nextInt(CLAIMANTS.length)], place, when, scope, Stance.ASSERTED, null, ClaimSection.BODY,
          new Span(0, 10));
      return new ClaimRef(doc, 0, "outlet-" + random.nextInt(15), day, claim, "synthetic claim " + i);
    }

    private static double gaussian(SplittableRandom random) {
      // Box-Muller: SplittableRandom has no nextGaussian before Java 17's RandomGenerator default
      return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
  }
}
