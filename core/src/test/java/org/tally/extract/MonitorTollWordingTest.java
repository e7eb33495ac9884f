package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.extract.ExtractionFixture.shortForms;

import org.junit.jupiter.api.Test;

/**
 * A monitor's wording of its tolls: "casualties" that a verb says were killed, a toll named after its figure
 * ("raising to 45 the death toll of regime forces"), burns as injuries.
 */
class MonitorTollWordingTest {
  @Test
  void casualtiesThatWereKilled() {
    assertThat(shortForms("Ten casualties were killed in the shelling of the town on Tuesday."))
        .containsExactly("killed/people/10-10");
  }

  @Test
  void casualtiesLeftDead() {
    assertThat(shortForms("The strikes left five casualties dead in the village.")).containsExactly("killed/people/5-5");
  }

  @Test
  void casualtiesAloneAreKilledAndInjuredTogether() {
    // near miss: no verb says which harm, so they stay casualties
    assertThat(shortForms("The strikes caused 25 civilian casualties in the village."))
        .containsExactly("casualties/civilians/25-25");
    assertThat(shortForms("Eight casualties were reported among regime forces.")).containsExactly("casualties/people/8-8");
  }

  @Test
  void aTollNamedAfterItsFigure() {
    assertThat(shortForms("This raises to 45 the death toll of regime forces in the attack."))
        .containsExactly("killed/soldiers/45-45");
    assertThat(shortForms("More casualties raise to 45, the death toll of the regime forces in the attack."))
        .containsExactly("killed/soldiers/45-45");
  }

  @Test
  void aTollOfNoPeopleNamesNoVictims() {
    // near miss: "the death toll of the day" counts no people the words name
    assertThat(shortForms("The attack raised to 12 the death toll of the day.")).doesNotContain("killed/people/12-12");
  }

  @Test
  void burnsAreInjuriesNotTheDeathBefore() {
    // "three others" took the harm of "died" before them when "sustained burns" was no harm of its own
    assertThat(shortForms("A child died and three others sustained burns when a fire broke out in a tent in the camp."))
        .containsExactly("killed/children/1-1", "injured/people/3-3");
  }
}
