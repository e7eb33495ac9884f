package org.tally.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

/** Linking block by block (a window of time at once) gives the incidents and series of linking everything at once. */
class BlockLinkingTest {
  private static final String[] GOVERNORATES = {"Aleppo", "Idlib", "Ar-Raqqah", "Deir ez-Zor", "Al-Hasakah", "Homs",
      "Hama", "Damascus", "Rif Dimashq", "Daraa"};
  private static final String[] REGIONS = {"northern Syria", "northwest Syria", "eastern Syria", "central Syria"};
  private static final String[] PERPETRATORS = {"us-led-coalition", "united-states", "russia", "syrian-government",
      "isis", "turkey", "syrian-opposition", "sdf"};
  private static final String[] CLAIMANTS = {"outlet", "outlet", "sohr", "russia-mod", "us-military", "syria-mfa"};
  private static final Harm[] HARMS = {Harm.KILLED, Harm.KILLED, Harm.KILLED, Harm.INJURED, Harm.INJURED,
      Harm.DETAINED};

  private final IncidentLinker linker = IncidentLinker.from(org.tally.lexicon.Lexicons.bundled());

  /**
   * Claims as many outlets make them over {@code days} days, from a seed: several per document, places from a village
   * to none, times from a stated day to none at all, counts exact, open, ranged and approximate, some related-article
   * teasers. With {@code longTimes}, a few claims span a month or a year ("in 2016").
   */
  static List<ClaimRef> corpus(long seed, int docs, int days, boolean longTimes) {
    Random random = new Random(seed);
    LocalDate first = LocalDate.of(2015, 1, 1);
    List<ClaimRef> refs = new ArrayList<>();
    for (int d = 0; d < docs; d++) {
      String doc = "d" + d;
      LocalDate published = random.nextInt(50) == 0 ? null : first.plusDays(random.nextInt(days));
      String outlet = "outlet-" + random.nextInt(8);
      int claims = 1 + random.nextInt(3);
      String claimant = CLAIMANTS[random.nextInt(CLAIMANTS.length)];
      for (int i = 0; i < claims; i++) {
        Claim claim = new Claim(doc, HARMS[random.nextInt(HARMS.length)],
            Victims.values()[random.nextInt(Victims.values().length)], count(random), "n",
            random.nextInt(5) == 0 ? null : PERPETRATORS[random.nextInt(PERPETRATORS.length)],
            random.nextInt(3) == 0 ? CLAIMANTS[random.nextInt(CLAIMANTS.length)] : claimant, place(random),
            time(random, published, first, days, longTimes), scope(random), Stance.ASSERTED, null,
            random.nextInt(20) == 0 ? ClaimSection.RELATED : ClaimSection.BODY, new Span(0, 10));
        refs.add(new ClaimRef(doc, i, outlet, published, claim, "claim " + i + " of " + doc));
      }
    }
    return refs;
  }

  private static Count count(Random random) {
    int n = 1 + (int) Math.abs(random.nextGaussian() * 25);
    return switch (random.nextInt(6)) {
      case 0 -> new Count(n, null, false, new Span(0, 2));
      case 1 -> new Count(null, n, false, new Span(0, 2));
      case 2 -> new Count(n, n + 1 + random.nextInt(20), false, new Span(0, 2));
      case 3 -> Count.exactly(n, true, new Span(0, 2));
      default -> Count.exactly(n, false, new Span(0, 2));
    };
  }

  private static ClaimPlace place(Random random) {
    String governorate = GOVERNORATES[random.nextInt(GOVERNORATES.length)];
    int draw = random.nextInt(100);
    if (draw < 40) {
      return new ClaimPlace(governorate, governorate, governorate, "SY", null, null, PlacePrecision.GOVERNORATE, null);
    }
    if (draw < 52) {
      String village = governorate + " village " + random.nextInt(4);
      return new ClaimPlace(village, village, governorate, "SY", null, null, PlacePrecision.POINT, null);
    }
    if (draw < 60) {
      String region = REGIONS[random.nextInt(REGIONS.length)];
      return new ClaimPlace(region, region, null, "SY", null, null, PlacePrecision.REGION, null);
    }
    if (draw < 70) {
      return new ClaimPlace("Syria", "Syria", null, random.nextInt(5) == 0 ? "SY,IQ" : "SY", null, null,
          PlacePrecision.COUNTRY, null);
    }
    return null;
  }

  private static ClaimTime time(Random random, LocalDate published, LocalDate first, int days, boolean longTimes) {
    LocalDate anchor = published != null ? published : first.plusDays(random.nextInt(days));
    int draw = random.nextInt(100);
    if (longTimes && draw < 2) {
      LocalDate year = LocalDate.of(anchor.getYear(), 1, 1);
      return new ClaimTime(year, year.plusYears(1).minusDays(1), "in " + anchor.getYear(), null);
    }
    if (longTimes && draw < 6) {
      LocalDate month = anchor.withDayOfMonth(1);
      return new ClaimTime(month, month.plusMonths(1).minusDays(1), "in that month", null);
    }
    if (draw < 45) {
      LocalDate day = anchor.minusDays(random.nextInt(4));
      return new ClaimTime(day, day, "on that day", null);
    }
    if (draw < 55) {
      LocalDate day = anchor.minusDays(random.nextInt(6));
      return new ClaimTime(day, day.plusDays(1 + random.nextInt(3)), "over those days", null);
    }
    if (draw < 80 && published != null) {
      // a time the text does not state: the report's day or the day before
      return new ClaimTime(published.minusDays(1), published, null, null);
    }
    return published == null && draw < 90 ? new ClaimTime(anchor, anchor, "that day", null) : null;
  }

  private static Scope scope(Random random) {
    int draw = random.nextInt(10);
    return draw < 8 ? Scope.INCIDENT : draw == 8 ? Scope.AGGREGATE : Scope.CUMULATIVE;
  }

  /** The claims as a store hands them to incident linking: by harm, then by the first day of their time. */
  private static List<ClaimRef> byHarmAndTime(List<ClaimRef> claims) {
    List<ClaimRef> sorted = new ArrayList<>(claims);
    sorted.sort(Comparator.comparing((ClaimRef r) -> r.claim().harm().jsonName())
        .thenComparing(r -> DaySpan.of(r).map(DaySpan::start).orElse(null),
            Comparator.nullsFirst(Comparator.naturalOrder())));
    return sorted;
  }

  /** The claims as a store hands them to series linking: by harm, victims and scope. */
  private static List<ClaimRef> byHarmVictimsAndScope(List<ClaimRef> claims) {
    List<ClaimRef> sorted = new ArrayList<>(claims);
    sorted.sort(Comparator.comparing((ClaimRef r) -> r.claim().harm().jsonName())
        .thenComparing(r -> r.claim().victims().jsonName()).thenComparing(r -> r.claim().scope().jsonName()));
    return sorted;
  }

  private List<Incident> blockByBlock(List<ClaimRef> claims) {
    List<Incident> out = new ArrayList<>();
    linker.linkIncidents(byHarmAndTime(claims)::forEach, out::add);
    linker.linkSeries(byHarmVictimsAndScope(claims)::forEach, out::add);
    return byId(out);
  }

  private static List<Incident> byId(List<Incident> incidents) {
    return incidents.stream().sorted(Comparator.comparing(Incident::id)).toList();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void blockByBlockGivesTheIncidentsOfLinkingAllAtOnce(long seed) {
    List<ClaimRef> claims = corpus(seed, 3000, 730, false);
    List<Incident> whole = linker.link(claims);
    assertThat(whole.stream().filter(i -> i.kind() == IncidentKind.INCIDENT && i.claims().size() > 1))
        .hasSizeGreaterThan(100);
    assertThat(blockByBlock(claims)).isEqualTo(byId(whole));
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13})
  void blockByBlockGivesTheIncidentsOfLinkingAllAtOnceWhenSomeClaimsSpanAMonthOrAYear(long seed) {
    List<ClaimRef> claims = corpus(seed, 3000, 730, true);
    assertThat(blockByBlock(claims)).isEqualTo(byId(linker.link(claims)));
  }

  @Test
  void denseWeeksGiveTheIncidentsOfLinkingAllAtOnce() {
    List<ClaimRef> claims = corpus(21, 4000, 40, false);
    assertThat(blockByBlock(claims)).isEqualTo(byId(linker.link(claims)));
  }

  /** Four years of claims that each state one day and name a governorate or no place: one lag is a few weeks. */
  private static List<ClaimRef> dailyReports(long seed, int count) {
    Random random = new Random(seed);
    List<ClaimRef> refs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      LocalDate day = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(1461));
      String governorate = GOVERNORATES[random.nextInt(GOVERNORATES.length)];
      ClaimPlace place = random.nextInt(3) == 0 ? null
          : new ClaimPlace(governorate, governorate, governorate, "SY", null, null, PlacePrecision.GOVERNORATE, null);
      Claim claim = new Claim("r" + i, Harm.KILLED, Victims.CIVILIANS, count(random), "n", null, "outlet", place,
          new ClaimTime(day, day, "on that day", null), Scope.INCIDENT, Stance.ASSERTED, null, ClaimSection.BODY,
          new Span(0, 10));
      refs.add(new ClaimRef("r" + i, 0, "outlet-" + random.nextInt(8), day, claim, "report " + i));
    }
    return byHarmAndTime(refs);
  }

  @Test
  void incidentsAreHandedOutWhileLaterClaimsAreStillToCome() {
    List<ClaimRef> sorted = dailyReports(7, 6000);
    int[] passes = {0};
    int[] handedOutBeforeTheLast = {0};
    List<Incident> out = new ArrayList<>();
    ClaimSource source = each -> {
      passes[0]++;
      for (ClaimRef ref : sorted) {
        if (passes[0] == 2 && ref == sorted.get(sorted.size() - 1)) {
          handedOutBeforeTheLast[0] = out.size();
        }
        each.accept(ref);
      }
    };
    linker.linkIncidents(source, out::add);
    assertThat(passes[0]).isEqualTo(2);
    assertThat(byId(out)).isEqualTo(byId(linker.link(sorted)));
    // the window is a few weeks of four years: all but the last weeks' incidents are out before the last claim
    assertThat(handedOutBeforeTheLast[0]).isGreaterThan(out.size() * 95 / 100);
  }

  @Test
  void claimsOutOfTimeOrderAreRefused() {
    List<ClaimRef> claims = List.of(
        ClaimFixture.killed("a", Victims.CIVILIANS, 10).on("2017-03-05").ref(),
        ClaimFixture.killed("b", Victims.CIVILIANS, 10).on("2017-03-01").ref());
    Consumer<Incident> ignore = i -> { };
    assertThatThrownBy(() -> linker.linkIncidents(claims::forEach, ignore))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("b#0")
        .hasMessageContaining("2017-03-05");
  }

  @Test
  void harmThatComesBackIsRefused() {
    List<ClaimRef> claims = List.of(
        ClaimFixture.killed("a", Victims.CIVILIANS, 10).on("2017-03-01").ref(),
        ClaimFixture.killed("b", Victims.CIVILIANS, 10).on("2017-03-02").harm(Harm.INJURED).ref(),
        ClaimFixture.killed("c", Victims.CIVILIANS, 10).on("2017-03-03").ref());
    assertThatThrownBy(() -> linker.linkIncidents(claims::forEach, i -> { }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("grouped by harm");
  }
}
