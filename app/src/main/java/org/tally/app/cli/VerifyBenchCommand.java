package org.tally.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.tally.lexicon.Lexicons;
import org.tally.link.DaySpan;
import org.tally.model.ClaimPlace;
import org.tally.model.PlacePrecision;
import org.tally.model.Span;
import org.tally.verify.ClaimGrade;
import org.tally.verify.ClaimGrader;
import org.tally.verify.RecordIndex;
import org.tally.verify.RecordPlace;
import org.tally.verify.ReferenceRecord;
import org.tally.verify.Toll;
import org.tally.verify.VerifyRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tally bench-verify}: how long matching and grading synthetic tolls against synthetic records takes, blocked
 * by governorate area and day, beside two baselines of the same run: a bare pass over the tolls (what any method
 * pays), and every toll against every record (timed on a sample, scaled up). Figures, not a pass/fail test.
 */
@Command(name = "bench-verify", mixinStandardHelpOptions = true,
    description = {"Measures verifying synthetic death tolls against synthetic reference records, blocked by place and",
        "day, beside a bare pass over the tolls and an all-pairs comparison (timed on a sample and scaled up)."})
public final class VerifyBenchCommand implements Callable<Integer> {
  private record Seat(String admin1, double lat, double lon) {}

  private static final Seat[] SEATS = {new Seat("Aleppo", 36.20, 37.16), new Seat("Idlib", 35.93, 36.63),
      new Seat("Ar-Raqqah", 35.95, 39.01), new Seat("Deir ez-Zor", 35.34, 40.14), new Seat("Al-Hasakah", 36.50, 40.75),
      new Seat("Homs", 34.73, 36.71), new Seat("Hama", 35.13, 36.76), new Seat("Damascus", 33.51, 36.29),
      new Seat("Rif Dimashq", 33.57, 36.40), new Seat("Daraa", 32.62, 36.10), new Seat("Latakia", 35.52, 35.79),
      new Seat("Tartus", 34.89, 35.89), new Seat("Quneitra", 33.13, 35.82), new Seat("As-Suwayda", 32.71, 36.57)};
  private static final String[] SIDES = {"Government of Syria", "Syrian insurgents", "IS", "SDF", "Government of Iraq",
      "Civilians", "HTS"};
  private static final String[] PERPETRATORS = {"us-led-coalition", "russia", "syrian-government", "isis", "turkey",
      "syrian-opposition", "sdf", null};
  private static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);

  @Spec CommandSpec spec;

  @Option(names = "--claims", defaultValue = "100000", description = "Synthetic tolls (default: ${DEFAULT-VALUE}).")
  int claims;

  @Option(names = "--records", defaultValue = "100000", description = "Synthetic records (default: ${DEFAULT-VALUE}).")
  int records;

  @Option(names = "--days", defaultValue = "1461", description = "Days both spread over (default: ${DEFAULT-VALUE}).")
  int days;

  @Option(names = "--sample", defaultValue = "500",
      description = "Tolls the all-pairs baseline is timed on (default: ${DEFAULT-VALUE}).")
  int sample;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    VerifyRules rules = VerifyRules.from(Lexicons.bundled());
    ClaimGrader grader = new ClaimGrader(rules.settings());
    SplittableRandom random = new SplittableRandom(seed);
    List<ReferenceRecord> recordList = new ArrayList<>(records);
    for (int i = 0; i < records; i++) {
      recordList.add(record(random, i));
    }
    List<Toll> tolls = new ArrayList<>(claims);
    for (int i = 0; i < claims; i++) {
      tolls.add(toll(random, i));
    }
    // warm-up: the same work on a tenth, so that the figures are of compiled code
    RecordIndex warm = new RecordIndex(rules, recordList.subList(0, records / 10));
    for (Toll t : tolls.subList(0, claims / 10)) {
      grader.grade(t, warm.matches(t));
    }

    long start = System.nanoTime();
    RecordIndex index = new RecordIndex(rules, recordList);
    double built = seconds(start);
    start = System.nanoTime();
    long matched = 0;
    int[] grades = new int[ClaimGrade.values().length];
    for (Toll t : tolls) {
      List<ReferenceRecord> found = index.matches(t);
      matched += found.size();
      grades[grader.grade(t, found).ordinal()]++;
    }
    double blocked = seconds(start);

    start = System.nanoTime();
    long bare = 0;
    for (Toll t : tolls) {
      DaySpan window = index.window(t);
      bare += window == null ? 0 : window.days();
    }
    double pass = seconds(start);

    int n = Math.min(sample, claims);
    start = System.nanoTime();
    long pairs = 0;
    for (Toll t : tolls.subList(0, n)) {
      DaySpan window = index.window(t);
      for (ReferenceRecord r : recordList) {
        if (window != null && r.when().overlaps(window, 0) && r.place().admin1().equals(t.place().admin1())) {
          pairs++;
        }
      }
    }
    double allPairs = seconds(start) * claims / Math.max(1, n);

    out.printf(Locale.ROOT, "%,d tolls against %,d records over %,d days (seed %d)%n", claims, records, days, seed);
    out.printf(Locale.ROOT, "  index built                %8.3f s%n", built);
    out.printf(Locale.ROOT, "  blocked matching + grading %8.3f s  (%,d tolls/s; %,d record matches; %s)%n", blocked,
        (long) (claims / blocked), matched, gradeCounts(grades));
    out.printf(Locale.ROOT, "  baseline, bare pass        %8.3f s  (windows only, %,d days)%n", pass, bare);
    out.printf(Locale.ROOT, "  baseline, all pairs        %8.1f s  (timed on %,d tolls and scaled up; %,d in-block"
        + " pairs among them)%n", allPairs, n, pairs);
    return 0;
  }

  private static String gradeCounts(int[] grades) {
    StringBuilder s = new StringBuilder();
    for (ClaimGrade g : ClaimGrade.values()) {
      s.append(s.length() == 0 ? "" : ", ").append(g.jsonName()).append(' ').append(grades[g.ordinal()]);
    }
    return s.toString();
  }

  private ReferenceRecord record(SplittableRandom random, int i) {
    Seat seat = SEATS[random.nextInt(SEATS.length)];
    LocalDate day = FIRST_DAY.plusDays(random.nextInt(days));
    int low = random.nextInt(30);
    int high = low + random.nextInt(5);
    String a = SIDES[random.nextInt(SIDES.length)];
    String b = SIDES[random.nextInt(SIDES.length)];
    return new ReferenceRecord("SYNTHETIC", Integer.toString(i), new DaySpan(day, day.plusDays(random.nextInt(2))),
        new RecordPlace("place " + i, seat.admin1(), null, "SY", seat.lat() + random.nextDouble(-0.5, 0.5),
            seat.lon() + random.nextDouble(-0.5, 0.5), PlacePrecision.POINT), List.of(a, b), low, low, high, null);
  }

  private Toll toll(SplittableRandom random, int i) {
    Seat seat = SEATS[random.nextInt(SEATS.length)];
    LocalDate day = FIRST_DAY.plusDays(random.nextInt(days));
    boolean point = random.nextBoolean();
    ClaimPlace place = point
        ? new ClaimPlace("a town", "a town", seat.admin1(), "SY", seat.lat() + random.nextDouble(-0.5, 0.5),
            seat.lon() + random.nextDouble(-0.5, 0.5), PlacePrecision.POINT, new Span(0, 6))
        : new ClaimPlace(seat.admin1(), seat.admin1(), seat.admin1(), "SY", null, null, PlacePrecision.GOVERNORATE,
            new Span(0, 6));
    int min = 1 + random.nextInt(60);
    return new Toll("doc" + i, 0, Integer.toString(min), min, random.nextInt(4) == 0 ? null : min, false, place,
        new DaySpan(day, day.plusDays(random.nextInt(2))), random.nextBoolean(),
        PERPETRATORS[random.nextInt(PERPETRATORS.length)]);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
