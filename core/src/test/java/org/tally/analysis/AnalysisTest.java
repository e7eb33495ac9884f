package org.tally.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.event.MainIncident;
import org.tally.model.Claim;
import org.tally.model.ClaimSection;
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

class AnalysisTest {
  private static final String TEXT = "62 soldiers were killed.";
  private static final DocumentFacts FACTS = new DocumentFacts(null, "Sputnik", LocalDate.of(2016, 9, 18), null, "en");

  private static Document doc(String id) {
    return new Document(id, id + ".txt", TEXT, new Metadata(null, null, "Sputnik Arabic", null));
  }

  private static Claim claim(String doc) {
    return new Claim(doc, Harm.KILLED, Victims.SOLDIERS, Count.exactly(62, false, new Span(0, 2)), "62", null,
        "outlet", null, null, Scope.INCIDENT, Stance.ASSERTED, null, ClaimSection.BODY, new Span(0, TEXT.length()));
  }

  @Test
  void claimOfAnotherDocumentIsRejected() {
    assertThatThrownBy(() -> new Analysis(doc("four"), new Layout(List.of()), FACTS, List.of(claim("three")),
            MainIncident.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("three")
        .hasMessageContaining("four");
  }

  @Test
  void sectionPastTheEndOfTheTextIsRejected() {
    assertThatThrownBy(() -> new Analysis(doc("short"), new Layout(List.of(new Section(SectionKind.BODY, 0, 60))),
            FACTS, List.of(), MainIncident.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("short")
        .hasMessageContaining("60");
  }

  @Test
  void mainIncidentEvidencePastTheEndOfTheTextIsRejected() {
    MainIncident past = new MainIncident(null, null, 62, 62, new Span(0, 90), new Span(0, 2));
    assertThatThrownBy(() -> new Analysis(doc("short"), new Layout(List.of()), FACTS, List.of(), past))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("main incident")
        .hasMessageContaining("90");
  }

  @Test
  void missingFactsAreNamed() {
    assertThatThrownBy(() -> new Analysis(doc("one"), new Layout(List.of()), null, List.of(), MainIncident.NONE))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("facts");
  }

  @Test
  void outletReadFromTheTextComesBeforeTheOneTheSourceNames() {
    Analysis read = new Analysis(doc("a"), new Layout(List.of()), FACTS, List.of(), MainIncident.NONE);
    Analysis unread = new Analysis(doc("a"), new Layout(List.of()), new DocumentFacts(null, null, null, null, "en"),
        List.of(), MainIncident.NONE);
    assertThat(read.outlet()).isEqualTo("Sputnik");
    assertThat(unread.outlet()).isEqualTo("Sputnik Arabic");
  }
}
