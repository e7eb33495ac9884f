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
 * Issue 13, the written linking set: of the incidents a claim fits, the one that shares its town and its exact toll is
 * the one it reports, however near the others lie in time.
 */
class Issue13TownAndTollAgreementTest {
  private final IncidentLinker linker = IncidentLinker.from(Lexicons.bundled());

  private List<Incident> link(ClaimFixture... claims) {
    return linker.link(Arrays.stream(claims).map(ClaimFixture::ref).toList());
  }

  private static ClaimFixture marketStrike() {
    return killed("a", CIVILIANS, 25).by("syrian-government").on("2017-10-03", "Tuesday").published("2017-10-04")
        .at("Maarat al-Numan", "Idlib").says("Raids on the market killed 25 civilians on Tuesday.");
  }

  private static ClaimFixture nextDayShelling() {
    return killed("b", CIVILIANS, 4).by("syrian-government").on("2017-10-04").published("2017-10-04")
        .at("Khan Shaykhun", "Idlib").says("Four civilians were killed in the town.");
  }

  @Test
  void aProvinceReportJoinsTheIncidentWhoseExactTollItGives() {
    // "Regime shelling kills 4 civilians in Idlib", undated: as near to the market strike as to the shelling that
    // killed four, and it reports the shelling
    List<Incident> incidents = link(marketStrike(), nextDayShelling(),
        killed("c", CIVILIANS, 4).by("syrian-government").guessed("2017-10-03", "2017-10-04").in("Idlib")
            .says("Shelling killed four civilians in the province."));
    assertThat(incidents).anySatisfy(i -> assertThat(i.claims()).extracting(ClaimRef::doc).containsExactly("b", "c"));
  }

  @Test
  void aProvinceReportGivingNeitherTollJoinsTheOlderOfEquallyNearIncidents() {
    List<Incident> incidents = link(marketStrike(), nextDayShelling(),
        killed("c", CIVILIANS, 5).by("syrian-government").guessed("2017-10-03", "2017-10-04").in("Idlib")
            .says("Shelling killed five civilians in the province."));
    assertThat(incidents).anySatisfy(i -> assertThat(i.claims()).extracting(ClaimRef::doc).containsExactly("a", "c"));
  }

  @Test
  void aTownsFollowUpJoinsTheIncidentAtThatTownNotTheSeatsOfThatDay() {
    // rockets on the governorate's seat and raids on a town of it the same day; the town's final toll, printed the
    // next day, is the raids'
    List<Incident> incidents = link(
        killed("a", CIVILIANS, 6).by("syrian-opposition").on("2017-10-05", "Thursday").published("2017-10-05")
            .at("Aleppo", "Aleppo").says("Six civilians were killed in the city on Thursday."),
        killed("b", CIVILIANS, 11).by("russia").on("2017-10-05", "Thursday").published("2017-10-05")
            .at("Al Atarib", "Aleppo").says("Eleven civilians were killed in the town on Thursday."),
        killed("c", PEOPLE, 12).by(null).on("2017-10-05", "Thursday").published("2017-10-06")
            .at("Al Atarib", "Aleppo").says("The final toll of the raids on the town on Thursday stood at 12 dead."));
    assertThat(incidents).anySatisfy(i -> assertThat(i.claims()).extracting(ClaimRef::doc).containsExactly("b", "c"));
  }

  private static ClaimFixture carBomb() {
    return killed("a", PEOPLE, 41).by("isis").on("2017-10-10", "Tuesday").published("2017-10-11")
        .at("Al Busayrah", "Deir ez-Zor").says("The car bomb on Tuesday killed 41 people.");
  }

  @Test
  void aYearDatedClaimGivingTheAttacksTownAndExactTollJoinsIt() {
    // "The attack near al-Busayrah killed 41 people ... one of the deadliest this year": the year is not its date
    assertThat(link(carBomb(),
        killed("b", PEOPLE, 41).by(null).during("2017-01-01", "2017-10-12").published("2017-10-12")
            .at("Al Busayrah", "Deir ez-Zor").says("The attack killed 41 people, one of the deadliest this year.")))
        .hasSize(1);
  }

  @Test
  void aYearDatedClaimWithTheTownButAnotherTollStaysApart() {
    assertThat(link(carBomb(),
        killed("b", PEOPLE, 40).by(null).during("2017-01-01", "2017-10-12").published("2017-10-12")
            .at("Al Busayrah", "Deir ez-Zor").says("Fighting has killed 40 people in the town this year.")))
        .hasSize(2);
  }
}
