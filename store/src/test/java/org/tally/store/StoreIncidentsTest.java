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

class StoreIncidentsTest {
  private final IncidentLinker linker = IncidentLinker.standard();
  @TempDir Path dir;
  private Store store;

  @BeforeEach
  void open() {
    store = Store.open(dir.resolve("tally.db").toString());
  }

  @AfterEach
  void close() {
    store.close();
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
}
