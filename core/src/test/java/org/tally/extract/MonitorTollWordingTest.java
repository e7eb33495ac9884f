package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.model.Document;
import org.tally.model.Layout;
import org.tally.model.Section;
import org.tally.model.SectionKind;

/**
 * A monitor's wording of its tolls: "casualties" that a verb says were killed, and a toll named after its figure
 * ("raising to 45 the death toll of regime forces").
 */
class MonitorTollWordingTest {
  private static final ClaimExtractor EXTRACTOR = ClaimExtractor.from(Lexicons.bundled());

  private static List<String> claims(String text) {
    Layout layout = new Layout(List.of(new Section(SectionKind.BODY, 0, text.length())));
    return EXTRACTOR.extract(new Document("t", "test", text, null), layout).stream().map(ConstructionsTest::shortForm)
        .toList();
  }

  @Test
  void casualtiesThatWereKilled() {
    assertThat(claims("Ten casualties were killed in the shelling of the town on Tuesday."))
        .containsExactly("killed/people/10-10");
  }

  @Test
  void casualtiesLeftDead() {
    assertThat(claims("The strikes left five casualties dead in the village.")).containsExactly("killed/people/5-5");
  }

  @Test
  void casualtiesAloneAreKilledAndInjuredTogether() {
    // near miss: no verb says which harm, so they stay casualties
    assertThat(claims("The strikes caused 25 civilian casualties in the village."))
        .containsExactly("casualties/civilians/25-25");
    assertThat(claims("Eight casualties were reported among regime forces.")).containsExactly("casualties/people/8-8");
  }

  @Test
  void aTollNamedAfterItsFigure() {
    assertThat(claims("This raises to 45 the death toll of regime forces in the attack."))
        .containsExactly("killed/soldiers/45-45");
    assertThat(claims("More casualties raise to 45, the death toll of the regime forces in the attack."))
        .containsExactly("killed/soldiers/45-45");
  }

  @Test
  void aTollOfNoPeopleNamesNoVictims() {
    // near miss: "the death toll of the day" counts no people the words name
    assertThat(claims("The attack raised to 12 the death toll of the day.")).doesNotContain("killed/people/12-12");
  }
}
