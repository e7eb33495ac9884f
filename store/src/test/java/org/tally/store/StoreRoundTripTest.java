package org.tally.store;

import org.tally.model.ClaimSection;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tally.model.Claim;
import org.tally.model.ClaimPlace;
import org.tally.model.ClaimTime;
import org.tally.model.Count;
import org.tally.model.Document;
import org.tally.model.DocumentFacts;
import org.tally.model.Harm;
import org.tally.model.Layout;
import org.tally.model.Metadata;
import org.tally.model.Scope;
import org.tally.model.Section;
import org.tally.model.SectionKind;
import org.tally.model.Span;
import org.tally.model.Stance;
import org.tally.model.Victims;
import org.tally.analysis.Analysis;
import org.tally.event.MainIncident;

@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(StoreBackend.class)
class StoreRoundTripTest {
  @org.junit.jupiter.params.Parameter StoreBackend backend;

  private static final Instant NOW = Instant.parse("2024-05-06T07:08:09.123456Z");
  private static final String TEXT = "Strike kills 62\nDEIR EZ-ZOR, 18/09/2016 - Some 62 soldiers were killed and"
      + " over 100 injured in 37 strikes by the US-led coalition, the ministry said.";

  @TempDir Path dir;
  private Store store;

  @BeforeEach
  void open() {
    store = Store.open(backend.location(dir, "tally.db"), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void close() {
    // null when the PostgreSQL run was skipped (no TALLY_TEST_POSTGRES) before the store was opened
    if (store != null) {
      store.close();
    }
  }

  @Test
  void documentWithEveryFieldSetReadsBackEqual() {
    Analysis full = full();
    store.put(full);
    StoredDocument stored = store.document("deir-ez-zor").orElseThrow();
    assertThat(stored).isEqualTo(new StoredDocument("deir-ez-zor", "seeds/deir-ez-zor.txt",
        full.document().contentHash(), full.document(), full.layout(), full.facts(), NOW));
  }

  @Test
  void claimWithEveryFieldSetReadsBackEqual() {
    store.put(full());
    assertThat(store.claims("deir-ez-zor")).isEqualTo(full().claims());
  }

  @Test
  void analysisWithEveryFieldSetReadsBackEqualWithoutAnalysingAgain() {
    store.put(full());
    List<Analysis> read = new ArrayList<>();
    store.eachAnalysis(stored -> read.add(stored.analysis(s -> {
      throw new AssertionError("the main incident of " + s.stored().id() + " was not stored");
    })));
    assertThat(read).containsExactly(full());
  }

  @Test
  void mainIncidentWithNothingKnownReadsBackAsStoredNotAsMissing() {
    Analysis full = full();
    store.put(new Analysis(full.document(), full.layout(), full.facts(), full.claims(), MainIncident.NONE));
    List<StoredAnalysis> read = new ArrayList<>();
    store.eachAnalysis(read::add);
    assertThat(read).singleElement().satisfies(s -> assertThat(s.mainIncident()).contains(MainIncident.NONE));
  }

  @Test
  void everyAnalysisReadsBackInIdOrderWithItsOwnClaimsSectionsAndMainIncident() {
    List<Analysis> docs = SyntheticDocuments.range(0, 12);
    List<Analysis> shuffled = new ArrayList<>(docs);
    java.util.Collections.shuffle(shuffled, new java.util.Random(9));
    store.putAll(shuffled);
    List<Analysis> read = new ArrayList<>();
    store.eachAnalysis(stored -> read.add(stored.analysis(s -> {
      throw new AssertionError("the main incident of " + s.stored().id() + " was not stored");
    })));
    assertThat(read).isEqualTo(docs);
  }

  @Test
  void documentWithNullsReadsBackWithNulls() {
    Document bare = new Document("bare", "-", "Nothing dated here.", Metadata.NONE);
    Analysis ingested = new Analysis(bare, new Layout(List.of()), new DocumentFacts(null, null, null, null, null),
        List.of(), MainIncident.NONE);
    store.put(ingested);
    StoredDocument stored = store.document("bare").orElseThrow();
    assertThat(stored.document()).isEqualTo(bare);
    assertThat(stored.layout().sections()).isEmpty();
    assertThat(stored.facts()).isEqualTo(new DocumentFacts(null, null, null, null, "und"));
  }

  @Test
  void claimWithNullsReadsBackWithNulls() {
    Claim sparse = new Claim("sparse", Harm.MISSING, Victims.PEOPLE, new Count(null, 24, false, new Span(0, 5)),
        null, null, null, null, null, Scope.INCIDENT, Stance.ASSERTED, null, ClaimSection.BODY, new Span(0, 20));
    store.put(new Analysis(new Document("sparse", "-", "Up to 24 are missing.", null), new Layout(List.of()),
        new DocumentFacts(null, null, null, null, "en"), List.of(sparse), MainIncident.NONE));
    assertThat(store.claims("sparse")).containsExactly(sparse);
  }

  @Test
  void everyEnumValueOfTheModelIsAccepted() {
    List<Claim> claims = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    List<Section> sections = new ArrayList<>();
    for (SectionKind kind : SectionKind.values()) {
      sections.add(new Section(kind, text.length(), text.length() + 1));
      text.append("x ");
    }
    int widest = Math.max(Math.max(Harm.values().length, Victims.values().length),
        Math.max(Scope.values().length, Stance.values().length));
    org.tally.model.ClaimSection[] claimSections = org.tally.model.ClaimSection.values();
    for (int i = 0; i < widest; i++) {
      claims.add(new Claim("enums", Harm.values()[i % Harm.values().length],
          Victims.values()[i % Victims.values().length], Count.exactly(i, false, new Span(i, i + 1)), null, null,
          null, null, null, Scope.values()[i % Scope.values().length], Stance.values()[i % Stance.values().length],
          null, claimSections[i % claimSections.length], new Span(i, i + 1)));
    }
    store.put(new Analysis(new Document("enums", "-", text.toString(), null), new Layout(sections),
        new DocumentFacts(null, null, null, null, null), claims, MainIncident.NONE));
    assertThat(store.claims("enums")).isEqualTo(claims);
    assertThat(store.document("enums").orElseThrow().layout().sections()).isEqualTo(sections);
  }

  @Test
  void documentsComeOrderedById() {
    store.putAll(List.of(SyntheticDocuments.ingested(3), SyntheticDocuments.ingested(1),
        SyntheticDocuments.ingested(2)));
    assertThat(store.documents()).extracting(StoredDocument::id)
        .containsExactly(SyntheticDocuments.id(1), SyntheticDocuments.id(2), SyntheticDocuments.id(3));
  }

  @Test
  void documentsCarryTheirOwnSections() {
    store.putAll(SyntheticDocuments.range(0, 6));
    assertThat(store.documents()).extracting(StoredDocument::layout)
        .isEqualTo(SyntheticDocuments.range(0, 6).stream().map(Analysis::layout).toList());
  }

  @Test
  void claimsComeOrderedByDocumentThenEvidence() {
    Analysis reversed = withClaimsReversed(SyntheticDocuments.ingested(4));
    store.putAll(List.of(reversed, SyntheticDocuments.ingested(3)));
    List<Claim> expected = new ArrayList<>(SyntheticDocuments.ingested(3).claims());
    expected.addAll(SyntheticDocuments.ingested(4).claims());
    assertThat(store.claims()).isEqualTo(expected);
  }

  @Test
  void unknownIdHasNoDocumentAndNoClaims() {
    store.put(SyntheticDocuments.ingested(4));
    assertThat(store.document("nope")).isEmpty();
    assertThat(store.claims("nope")).isEmpty();
  }

  private static Analysis withClaimsReversed(Analysis doc) {
    List<Claim> claims = new ArrayList<>(doc.claims());
    java.util.Collections.reverse(claims);
    return new Analysis(doc.document(), doc.layout(), doc.facts(), claims, doc.mainIncident());
  }

  private static Analysis full() {
    Document document = new Document("deir-ez-zor", "seeds/deir-ez-zor.txt", TEXT,
        new Metadata("Strike kills 62", "https://example.org/a?id=1", "RT", "2016-09-18T10:00"));
    int dateline = TEXT.indexOf("DEIR");
    Layout layout = new Layout(List.of(new Section(SectionKind.TITLE, 0, 15),
        new Section(SectionKind.DATELINE, dateline, dateline + 24),
        new Section(SectionKind.BODY, dateline + 27, TEXT.length())));
    DocumentFacts facts = new DocumentFacts("Strike kills 62", "RT", LocalDate.of(2016, 9, 18),
        new Span(dateline + 13, dateline + 23), "en");
    int some = TEXT.indexOf("Some 62");
    int sentenceEnd = TEXT.length();
    Claim claim = new Claim("deir-ez-zor", Harm.KILLED, Victims.SOLDIERS,
        Count.exactly(62, true, new Span(some, some + 7)), "Some 62", "us-led-coalition", "syria-mfa",
        new ClaimPlace("DEIR EZ-ZOR", "Deir ez-Zor", "Deir ez-Zor", "SY", 35.336111, 40.145, org.tally.model.PlacePrecision.NEAR_POINT, new Span(10, 21)),
        new ClaimTime(LocalDate.of(2016, 9, 17), LocalDate.of(2016, 9, 18), "on Saturday", new Span(30, 41)),
        Scope.INCIDENT, Stance.ASSERTED, 37, ClaimSection.BODY, new Span(some, sentenceEnd));
    int over = TEXT.indexOf("over 100");
    Claim injured = new Claim("deir-ez-zor", Harm.INJURED, Victims.SOLDIERS,
        new Count(101, null, false, new Span(over, over + 8)), "over 100", "us-led-coalition", "syria-mfa",
        new ClaimPlace("DEIR EZ-ZOR", null, null, "SY,IQ", null, null, null, null), new ClaimTime(null, null, "recently", null),
        Scope.AGGREGATE, Stance.ESTIMATED, 37, ClaimSection.BODY, new Span(some, sentenceEnd));
    MainIncident main = new MainIncident(claim.location(), LocalDate.of(2016, 9, 17), 62, 62, claim.evidence(),
        claim.count().span());
    return new Analysis(document, layout, facts, List.of(claim, injured), main);
  }
}
