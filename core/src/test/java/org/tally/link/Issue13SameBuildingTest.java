package org.tally.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.link.ClaimFixture.killed;
import static org.tally.model.Victims.CIVILIANS;
import static org.tally.model.Victims.PEOPLE;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;

/**
 * Issue 13, link/written-10: two reports of one city and day that name one building ("the Omari Mosque") tell of one
 * attack, however each side tells who struck it; the same building word without a name joins nothing.
 */
class Issue13SameBuildingTest {
  private final IncidentLinker linker = IncidentLinker.from(Lexicons.bundled());

  private List<Incident> link(ClaimFixture... claims) {
    return linker.link(Arrays.stream(claims).map(ClaimFixture::ref).toList());
  }

  private static ClaimFixture barrelBombs() {
    return killed("a", CIVILIANS, 7).saidBy("syrian-opposition").by("syrian-government").on("2016-06-10", "Friday")
        .published("2016-06-10").at("Dar'a", "Daraa")
        .says("Regime helicopters dropped barrel bombs near the Omari Mosque in Daraa city during Friday prayers"
            + " killing seven civilians.");
  }

  @Test
  void theOtherSidesTellingOfTheNamedBuildingJoinsTheAttack() {
    ClaimFixture denial = killed("b", PEOPLE, 7).saidBy("sana").by("syrian-opposition").on("2016-06-10", "Friday")
        .published("2016-06-13").at("Dar'a", "Daraa")
        .says("A military source denied that the army had struck the Omari Mosque in Daraa on Friday and said the seven"
            + " people killed there died when terrorists blew up an arms depot near the mosque.");
    assertThat(link(barrelBombs(), denial)).hasSize(1);
  }

  @Test
  void theOtherSidesAttackWithoutTheBuildingsNameStaysApart() {
    // near miss: "a mosque" names no building, and the seat alone does not join two sides' attacks
    ClaimFixture other = killed("b", PEOPLE, 7).saidBy("sana").by("syrian-opposition").on("2016-06-10", "Friday")
        .published("2016-06-13").at("Dar'a", "Daraa")
        .says("Terrorists blew up an arms depot near a mosque in Daraa on Friday killing seven people.");
    assertThat(link(barrelBombs(), other)).hasSize(2);
  }
}
