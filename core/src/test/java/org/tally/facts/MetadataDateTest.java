package org.tally.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.model.Document;
import org.tally.model.Layout;
import org.tally.model.Metadata;
import org.tally.model.Section;
import org.tally.model.SectionKind;

class MetadataDateTest {
  private static LocalDate dateOf(String written) {
    String text = "Twelve people were killed.";
    Document doc = new Document("d", "test", text, new Metadata(null, null, null, written));
    return FactFinder.from(Lexicons.bundled()).find(doc, new Layout(List.of(new Section(SectionKind.BODY, 0, text.length())))).date();
  }

  @Test
  void monthFirstSlashedDateIsReadMonthFirst() {
    assertThat(dateOf("10/31/2018")).isEqualTo(LocalDate.of(2018, 10, 31));
  }

  @Test
  void slashedDateThatCannotBeMonthFirstIsReadDayFirst() {
    assertThat(dateOf("31/10/2018")).isEqualTo(LocalDate.of(2018, 10, 31));
  }
}
