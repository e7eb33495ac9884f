package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.extract.ExtractionFixture.claims;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A relative clause between the people counted and their verb of harm ("Two insurgents who tried to flee the compound
 * were taken into custody") does not hide the harm; a harm told in the clause and another in the main clause are two
 * claims of the same people.
 */
class HarmPastARelativeClauseTest {
  private static List<String> harms(String text) {
    return claims("Release", text).stream().map(c -> c.harm().jsonName() + " " + c.count().min()).toList();
  }

  @Test
  void theMainClausesHarmReachesThePeoplePastTheClause() {
    assertThat(harms("Two insurgents who tried to flee the compound were taken into custody."))
        .containsExactly("detained 2");
    assertThat(harms("Three insurgents who were wounded during the firefight were later detained by the force."))
        .containsExactlyInAnyOrder("injured 3", "detained 3");
  }

  @Test
  void aMainClauseWithoutHarmAddsNone() {
    // near misses: taken to hospital, released: no harm after the clause
    assertThat(harms("Twelve people who were wounded in the blast were taken to hospital."))
        .containsExactly("injured 12");
    assertThat(harms("Two men who were arrested last week were released on Monday.")).containsExactly("detained 2");
    // near miss: "that" opening what was said, with its own count: the harm is the five's, not the journalists'
    assertThat(harms("The governor told two journalists that five people were killed.")).containsExactly("killed 5");
  }

  @Test
  void aParticiplePhraseLikeSuspectedOfIsARelativeClause() {
    assertThat(harms("Two insurgents suspected of emplacing the device were later detained by Afghan police."))
        .containsExactly("detained 2");
    // near miss: the suspected deed is no harm of the people counted
    assertThat(harms("Two men suspected of planting the bomb were questioned by police.")).isEmpty();
  }
}
