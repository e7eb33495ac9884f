package org.tally.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.link.ClaimFixture.killed;
import static org.tally.model.Victims.PEOPLE;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;

/**
 * Issue 13, link/written-3: a toll update of a governorate's seat ("Tartus bombings toll reaches 45", three days on)
 * reaches back to the city's attack as an update of a village's toll does, and a risen toll there joins it whoever
 * its sentence blames; a figure that is no update, or one of another city, does not.
 */
class Issue13SeatCityUpdateTest {
  private final IncidentLinker linker = IncidentLinker.from(Lexicons.bundled());

  private List<Incident> link(ClaimFixture... claims) {
    return linker.link(Arrays.stream(claims).map(ClaimFixture::ref).toList());
  }

  /** SANA's first toll of the twin bombings, Thursday 14 July 2016, its "terrorists" read as rebels. */
  private static ClaimFixture bombings() {
    return killed("a", PEOPLE, 12).saidBy("sana").by("syrian-opposition").on("2016-07-14", "Thursday")
        .published("2016-07-14").at("Tartus", "Tartus")
        .says("Twelve citizens were martyred on Thursday in two terrorist bombings at the entrance of Tartus city.");
  }

  private static ClaimFixture later(String city, String sentence) {
    return killed("b", PEOPLE, 45).saidBy("sohr").by("isis").guessed("2016-07-16", "2016-07-17")
        .published("2016-07-17").at(city, "Tartus".equals(city) ? "Tartus" : "Latakia").says(sentence);
  }

  @Test
  void theSeatsRisenTollThreeDaysOnJoinsItsAttack() {
    assertThat(link(bombings(), later("Tartus", "Tartus bombings toll reaches 45 as more wounded die."))).hasSize(1);
  }

  @Test
  void aFigureOfTheSeatThatIsNoUpdateStaysApart() {
    assertThat(link(bombings(), later("Tartus", "Islamic State bombings killed 45 people in Tartus."))).hasSize(2);
  }

  @Test
  void anUpdateOfAnotherCityStaysApart() {
    assertThat(link(bombings(), later("Latakia", "Latakia bombings toll reaches 45 as more wounded die.")))
        .hasSize(2);
  }
}
