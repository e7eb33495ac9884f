package org.tally.store;

import org.tally.model.ClaimSection;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tally.link.ClaimRef;
import org.tally.link.Incident;
import org.tally.link.IncidentKind;
import org.tally.link.IncidentLinker;
import org.tally.model.Claim;
import org.tally.model.Count;
import org.tally.model.Document;
import org.tally.model.DocumentFacts;
import org.tally.model.Harm;
import org.tally.model.Layout;
import org.tally.model.Metadata;
import org.tally.model.Scope;
import org.tally.model.Span;
import org.tally.model.Stance;
import org.tally.model.Victims;
import org.tally.analysis.Analysis;
import org.tally.event.MainIncident;
import org.tally.lexicon.Lexicons;

@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(StoreBackend.class)
class StoreIncidentsTest {
  @org.junit.jupiter.params.Parameter StoreBackend backend;

  private final IncidentLinker linker = IncidentLinker.from(Lexicons.bundled());
  @TempDir Path dir;
  private Store store;

  @BeforeEach
  void open() {
    store = Store.open(backend.location(dir, "tally.db"));
  }

  @AfterEach
  void close() {
    // null when the PostgreSQL run was skipped (no TALLY_TEST_POSTGRES) before the store was opened
    if (store != null) {
      store.close();
    }
  }

  /** A one-sentence article whose one claim counts soldiers killed on its publication date. */
  private static Analysis report(String id, String outlet, String date, Integer min, Integer max, Scope scope) {
    String count = min != null && max != null ? String.valueOf(min) : min != null ? "over " + (min - 1) : "up to " + max;
    String text = count + " soldiers were killed in a strike by the US-led coalition.";
    Claim claim = new Claim(id, Harm.KILLED, Victims.SOLDIERS, new Count(min, max, false, new Span(0, count.length())),
        count, "us-led-coalition", "outlet", null, null, scope, Stance.ASSERTED, null, ClaimSection.BODY, new Span(0, text.length()));
    return new Analysis(new Document(id, id + ".txt", text, Metadata.NONE), new Layout(List.of()),
        new DocumentFacts(null, outlet, LocalDate.parse(date), null, "en"), List.of(claim), MainIncident.NONE);
  }

  private static Analysis report(String id, String outlet, String date, int exactly) {
    return report(id, outlet, date, exactly, exactly, Scope.INCIDENT);
  }

  @Test
  void claimsOfTwoOutletsAreStoredAsOneIncidentWithTheirQuotes() {
    store.putAll(List.of(report("sputnik-1", "Sputnik", "2016-09-17", 62),
        report("alalam-1", "Alalam", "2016-09-18", 81, null, Scope.INCIDENT)));
    store.linkNew(linker);
    assertThat(store.incidents()).singleElement().satisfies(incident -> {
      assertThat(incident.consensus().contradictionSize()).isEqualTo(19);
      assertThat(incident.claims()).extracting(ClaimRef::outlet).containsExactly("Alalam", "Sputnik");
      assertThat(incident.claims().get(1).quote()).isEqualTo("62 soldiers were killed in a strike by the US-led coalition.");
    });
  }

  @Test
  void storedIncidentsEqualWhatTheLinkerMakesOfTheStoredClaims() {
    store.putAll(List.of(report("a", "A", "2016-09-17", 62), report("b", "B", "2016-09-17", 81, null, Scope.INCIDENT),
        report("c", "C", "2016-12-01", 173, 173, Scope.CUMULATIVE), report("d", "D", "2016-10-01", 5)));
    store.linkNew(linker);
    List<ClaimRef> refs = new ArrayList<>();
    store.incidents().forEach(i -> refs.addAll(i.claims()));
    assertThat(store.incidents()).isEqualTo(linker.link(refs));
  }

  @Test
  void linkingAgainWithNothingNewChangesNothing() {
    store.put(report("a", "A", "2016-09-17", 62));
    store.linkNew(linker);
    assertThat(store.linkNew(linker)).isEqualTo(new LinkResult(0, 0, 0));
  }

  @Test
  void newDocumentRewritesOnlyTheIncidentItJoins() {
    store.putAll(List.of(report("a", "A", "2016-09-17", 62), report("far", "F", "2017-03-01", 7)));
    store.linkNew(linker);
    store.put(report("b", "B", "2016-09-17", 81, null, Scope.INCIDENT));
    assertThat(store.linkNew(linker)).isEqualTo(new LinkResult(1, 1, 1));
    assertThat(store.incidents()).extracting(i -> i.claims().size()).containsExactly(2, 1);
  }

  @Test
  void cumulativeReadingsOfLaterDocumentsExtendTheStoredSeries() {
    store.put(report("c1", "C", "2016-12-01", 173, 173, Scope.CUMULATIVE));
    store.linkNew(linker);
    store.put(report("c2", "C", "2019-06-01", 1319, null, Scope.CUMULATIVE));
    store.linkNew(linker);
    assertThat(store.incidents()).singleElement().satisfies(series -> {
      assertThat(series.kind()).isEqualTo(IncidentKind.SERIES);
      assertThat(series.claims()).extracting(ClaimRef::doc).containsExactly("c1", "c2");
      assertThat(series.consensus().best()).isEqualTo(1319);
    });
  }

  @Test
  void replacedDocumentIsLinkedAgain() {
    store.putAll(List.of(report("a", "A", "2016-09-17", 62), report("b", "B", "2016-09-17", 81, null, Scope.INCIDENT)));
    store.linkNew(linker);
    store.put(report("b", "B", "2016-09-17", 62));
    store.linkNew(linker);
    List<Incident> incidents = store.incidents();
    assertThat(incidents).singleElement().satisfies(i -> {
      assertThat(i.claims()).hasSize(2);
      assertThat(i.consensus().contradiction()).isFalse();
    });
  }

  /**
   * Seeded random reports over two years: several claims each, of three harms, in one of five governorates or none,
   * on a stated day or on the report's day, some of them aggregate or cumulative.
   */
  private static List<Analysis> randomReports(long seed, int from, int count) {
    java.util.Random random = new java.util.Random(seed);
    String[] governorates = {"Aleppo", "Idlib", "Homs", "Daraa", "Deir ez-Zor"};
    List<Analysis> docs = new ArrayList<>();
    for (int n = from; n < from + count; n++) {
      String id = String.format(java.util.Locale.ROOT, "r%05d", n);
      LocalDate published = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(730));
      StringBuilder text = new StringBuilder();
      List<Claim> claims = new ArrayList<>();
      for (int c = 0; c < 1 + random.nextInt(3); c++) {
        int start = text.length();
        String figure = String.valueOf(1 + random.nextInt(40));
        text.append(figure).append(" people were harmed. ");
        String governorate = governorates[random.nextInt(governorates.length)];
        LocalDate day = published.minusDays(random.nextInt(3));
        int scope = random.nextInt(10);
        claims.add(new Claim(id, Harm.values()[random.nextInt(3)], Victims.values()[random.nextInt(6)],
            Count.exactly(Integer.parseInt(figure), random.nextInt(4) == 0, new Span(start, start + figure.length())),
            figure, random.nextBoolean() ? "russia" : null, random.nextInt(3) == 0 ? "sohr" : "outlet",
            random.nextInt(3) == 0 ? null : new org.tally.model.ClaimPlace(governorate, governorate, governorate,
                "SY", null, null, org.tally.model.PlacePrecision.GOVERNORATE, null),
            random.nextBoolean() ? new org.tally.model.ClaimTime(day, day, "that day", null) : null,
            scope < 8 ? Scope.INCIDENT : scope == 8 ? Scope.AGGREGATE : Scope.CUMULATIVE, Stance.ASSERTED, null,
            ClaimSection.BODY, new Span(start, text.length() - 1)));
      }
      docs.add(new Analysis(new Document(id, id + ".txt", text.toString(), Metadata.NONE), new Layout(List.of()),
          new DocumentFacts(null, "outlet-" + random.nextInt(6), published, null, "en"), claims, MainIncident.NONE));
    }
    return docs;
  }

  private List<Incident> linkedAllAtOnce() {
    List<ClaimRef> refs = new ArrayList<>();
    store.eachAnalysis(stored -> refs.addAll(stored.analysis(s -> MainIncident.NONE).claimRefs()));
    return linker.link(refs);
  }

  @Test
  void firstLinkOfAFullStoreGoesBlockByBlockAndGivesWhatLinkingAllAtOnceGives() {
    store.putAll(randomReports(5, 0, 600));
    LinkResult result = store.linkNew(linker);
    List<Incident> expected = linkedAllAtOnce();
    assertThat(expected.stream().filter(i -> i.claims().size() > 1)).hasSizeGreaterThan(50);
    assertThat(result.written()).isEqualTo(expected.size());
    assertThat(store.incidents()).isEqualTo(expected);
  }

  @Test
  void moreNewClaimsThanLinkedOnesAreLinkedTogetherWithTheOldOnesAgain() {
    store.putAll(randomReports(6, 0, 100));
    store.linkNew(linker);
    int before = store.incidents().size();
    store.putAll(randomReports(7, 100, 300));
    LinkResult result = store.linkNew(linker);
    assertThat(result.removed()).isEqualTo(before);
    assertThat(store.incidents()).isEqualTo(linkedAllAtOnce());
  }
}
