package org.tally.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.link.ClaimFixture.killed;
import static org.tally.model.Victims.CIVILIANS;
import static org.tally.model.Victims.CHILDREN;
import static org.tally.model.Victims.FIGHTERS;
import static org.tally.model.Victims.PEOPLE;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;

/**
 * Issue 13, the second written linking set: an article that names its attack's place two ways (a district in its
 * headline, the town in its lead), and one attack whose dead the two sides count as different victims.
 */
class Issue13TownNamesAndSidesTest {
  private final IncidentLinker linker = IncidentLinker.from(Lexicons.bundled());

  private List<Incident> link(ClaimFixture... claims) {
    return linker.link(Arrays.stream(claims).map(ClaimFixture::ref).toList());
  }

  private static ClaimFixture headlineAtDistrict() {
    return killed("a", PEOPLE, 6).ordinal(0).saidBy("syrian-opposition").by("syrian-government")
        .on("2015-04-02", "Thursday").published("2015-04-02").at("Jabal al Turkman", "Latakia")
        .says("Six killed in regime raids on Rabia in Jabal al-Turkman.");
  }

  private static ClaimFixture leadAtTown(String doc, int ordinal, int toll) {
    return killed(doc, CIVILIANS, toll).ordinal(ordinal).saidBy("syrian-opposition").by("syrian-government")
        .on("2015-04-02", "Thursday").published("2015-04-02").at("Rabia", "Latakia")
        .says("Civilians were killed on Thursday in raids by regime warplanes on the town of Rabia.");
  }

  @Test
  void aHeadlinesDistrictAndItsLeadsTownWithOneTollAreOneIncidentWithTheTownsOtherReports() {
    List<Incident> incidents = link(headlineAtDistrict(), leadAtTown("a", 1, 6),
        killed("b", CIVILIANS, 6).saidBy("local-sources").by("syrian-government").on("2015-04-02", "Thursday")
            .published("2015-04-02").at("Rabia", "Latakia").says("Warplanes struck the town of Rabia, killing six."));
    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).claims()).extracting(ClaimRef::doc).containsExactly("a", "a", "b");
  }

  @Test
  void twoPlacesOfOneArticleWithDifferentTollsStayTwoIncidents() {
    // "Six killed in raids on Jabal al-Turkman" beside "two civilians were killed in Rabia": the town's two dead are not
    // the district's six told again
    assertThat(link(headlineAtDistrict(), leadAtTown("a", 1, 2))).hasSize(2);
  }

  @Test
  void twoVillagesOfOneGovernorateInTwoArticlesWithOneTollStayTwoIncidents() {
    // the same toll links two places only within one article's sentences
    assertThat(link(headlineAtDistrict(), leadAtTown("b", 0, 6))).hasSize(2);
  }

  private static ClaimFixture bombingsOfCivilians() {
    return killed("a", CHILDREN, 7).ordinal(0).saidBy("sohr").by("isis").on("2015-03-14", "Saturday")
        .published("2015-03-15").at("Al Qamishli", "Al-Hasakah")
        .says("Seven children were among the dead of the twin car bombs that hit the city on Saturday.");
  }

  @Test
  void oneSidesMilitantsAndTheOthersChildrenOfOneBombingInOneTownAreOneIncident() {
    assertThat(link(bombingsOfCivilians(),
        killed("b", FIGHTERS, 12).saidBy("local-sources").by(null).on("2015-03-14", "Saturday")
            .published("2015-03-14").at("Al Qamishli", "Al-Hasakah")
            .says("Twin blasts kill 12 PYD militants in the city on Saturday."))).hasSize(1);
  }

  @Test
  void militantsKilledInClashesAndChildrenKilledByBombsInOneTownStayTwoIncidents() {
    // the attack words must fit: fighting is not the bombing
    assertThat(link(bombingsOfCivilians(),
        killed("b", FIGHTERS, 12).saidBy("local-sources").by(null).on("2015-03-14", "Saturday")
            .published("2015-03-14").at("Al Qamishli", "Al-Hasakah")
            .says("Clashes killed 12 militants in the city on Saturday."))).hasSize(2);
  }

  @Test
  void militantsWhoseSentenceNamesNoAttackStayApartFromChildren() {
    assertThat(link(bombingsOfCivilians(),
        killed("b", FIGHTERS, 12).saidBy("local-sources").by(null).on("2015-03-14", "Saturday")
            .published("2015-03-14").at("Al Qamishli", "Al-Hasakah")
            .says("Twelve militants were killed in the city on Saturday."))).hasSize(2);
  }

  @Test
  void militantsAndChildrenOfOneBombingDayInTwoTownsStayTwoIncidents() {
    assertThat(link(bombingsOfCivilians(),
        killed("b", FIGHTERS, 12).saidBy("local-sources").by(null).on("2015-03-14", "Saturday")
            .published("2015-03-14").at("Amuda", "Al-Hasakah")
            .says("Twin blasts kill 12 PYD militants in the town on Saturday."))).hasSize(2);
  }

  private static ClaimFixture rocketsOnJableh() {
    return killed("a", CIVILIANS, 7).saidBy("sana").by("syrian-opposition").on("2015-03-12", "Thursday")
        .published("2015-03-12").at("Jablah", "Latakia")
        .says("Seven citizens were killed on Thursday when terrorists fired rocket shells on the town.");
  }

  @Test
  void aRisenTollWhoseVictimsReadAsMilitantsJoinsTheCiviliansItUpdates() {
    // "the death toll of the terrorist attack ... rose to nine": the attackers' word is not the dead's
    assertThat(link(rocketsOnJableh(),
        killed("b", FIGHTERS, 9).saidBy("sana").by(null).on("2015-03-12", "Thursday").published("2015-03-13")
            .at("Jablah", "Latakia")
            .says("The death toll of the terrorist attack on the town on Thursday rose to nine."))).hasSize(1);
  }

  @Test
  void militantsKilledThatDayWithoutARiseStayApartFromTheCivilians() {
    assertThat(link(rocketsOnJableh(),
        killed("b", FIGHTERS, 9).saidBy("sana").by(null).on("2015-03-12", "Thursday").published("2015-03-13")
            .at("Jablah", "Latakia").says("Nine terrorists were killed near the town on Thursday."))).hasSize(2);
  }
}
