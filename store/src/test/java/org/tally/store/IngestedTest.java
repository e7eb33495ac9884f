package org.tally.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.model.Claim;
import org.tally.model.Document;
import org.tally.model.Layout;
import org.tally.model.Section;
import org.tally.model.SectionKind;

class IngestedTest {
  @Test
  void claimOfAnotherDocumentIsRejected() {
    Ingested four = SyntheticDocuments.ingested(4);
    List<Claim> foreign = SyntheticDocuments.ingested(3).claims();
    assertThatThrownBy(() -> new Ingested(four.document(), four.layout(), four.facts(), foreign))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(SyntheticDocuments.id(3))
        .hasMessageContaining(SyntheticDocuments.id(4));
  }

  @Test
  void sectionPastTheEndOfTheTextIsRejected() {
    Document doc = new Document("short", "-", "Short.", null);
    assertThatThrownBy(() -> new Ingested(doc, new Layout(List.of(new Section(SectionKind.BODY, 0, 60))),
            SyntheticDocuments.ingested(1).facts(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("short")
        .hasMessageContaining("60");
  }

  @Test
  void missingFactsAreNamed() {
    Ingested one = SyntheticDocuments.ingested(1);
    assertThatThrownBy(() -> new Ingested(one.document(), one.layout(), null, List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("facts");
  }
}
