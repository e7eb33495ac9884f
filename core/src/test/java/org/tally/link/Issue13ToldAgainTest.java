package org.tally.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.link.ClaimFixture.killed;
import static org.tally.model.Victims.CIVILIANS;
import static org.tally.model.Victims.FIGHTERS;
import static org.tally.model.Victims.PEOPLE;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;

/**
 * Issue 13, written-2 and its check: a claim that names an incident's town and gives one of its reports' exact tolls is
 * that report told again, even when its sentence blames another attacker (the field read worst from text) or names
 * the weapon of a second attack it tells beside it ("Shells kill 8 in Busra as a car bomb hits Izraa").
 */
class Issue13ToldAgainTest {
  private final IncidentLinker linker = IncidentLinker.from(Lexicons.bundled());

  private List<Incident> link(ClaimFixture... claims) {
    return linker.link(Arrays.stream(claims).map(ClaimFixture::ref).toList());
  }

  /** Regime air raids on Kafr Nabl, 17 civilians, stated Sunday. */
  private static ClaimFixture raidOnTown(String doc, int toll) {
    return killed(doc, CIVILIANS, toll).saidBy("syrian-opposition").by("syrian-government")
        .on("2016-08-14", "Sunday").published("2016-08-14").at("Kafr Nabl", "Idlib")
        .says("Regime warplanes killed " + toll + " civilians in air raids on the town of Kafr Nabl on Sunday.");
  }

  @Test
  void aFollowUpThatBlamesAnotherSideButGivesTheTownAndTheExactTollJoinsTheRaid() {
    // "the town buried the 17 victims of Sunday's raids, Jaish al-Fateh said": the attacker read is the speaker's side
    List<Incident> incidents = link(raidOnTown("a", 17),
        killed("b", PEOPLE, 17).saidBy("local-sources").by("syrian-opposition").on("2016-08-14", "Sundays")
            .published("2016-08-16").at("Kafr Nabl", "Idlib")
            .says("Mourners in Kafr Nabl buried the victims of Sundays raids which killed 17 people, rebels said."));
    assertThat(incidents).hasSize(1);
  }

  @Test
  void anotherSidesTollOfAnotherFigureInTheTownStaysApart() {
    // one mark only (the town): a rebel attack that killed four there is another incident
    assertThat(link(raidOnTown("a", 17),
        killed("b", PEOPLE, 4).saidBy("local-sources").by("syrian-opposition").on("2016-08-14", "Sunday")
            .published("2016-08-14").at("Kafr Nabl", "Idlib")
            .says("Rebel fire killed four people in Kafr Nabl on Sunday."))).hasSize(2);
  }

  @Test
  void theSameTollInAnotherTownByAnotherSideStaysApart() {
    assertThat(link(raidOnTown("a", 17),
        killed("b", PEOPLE, 17).saidBy("local-sources").by("syrian-opposition").on("2016-08-14", "Sunday")
            .published("2016-08-14").at("Maarrat an Nu'man", "Idlib")
            .says("Rebel fire killed 17 people in Maarrat al-Numan on Sunday."))).hasSize(2);
  }

  @Test
  void aHeadlineOfTwoAttacksJoinsTheOneWhoseTownAndTollItGives() {
    // the headline names the shells of Busra, but its town and its figure are those of the air raid on Izraa
    ClaimFixture raid = killed("a", CIVILIANS, 8).saidBy("syrian-opposition").by("syrian-government")
        .on("2015-06-02", "Tuesday").published("2015-06-02").at("Izra'", "Daraa")
        .says("Regime warplanes killed eight civilians in an air raid on Izraa on Tuesday.");
    ClaimFixture shells = killed("c", PEOPLE, 3).saidBy("sana").by("syrian-opposition")
        .on("2015-06-02", "Tuesday").published("2015-06-02").at("Dar'a", "Daraa")
        .says("Rebel mortar shells killed three people in Daraa city on Tuesday.");
    ClaimFixture headline = killed("b", PEOPLE, 8).saidBy("syrian-opposition").by(null)
        .published("2015-06-02").at("Izra'", "Daraa")
        .says("Raids on Izraa kill 8 as mortar shells hit Daraa city.");
    List<Incident> incidents = link(raid, shells, headline);
    assertThat(incidents).hasSize(2);
    assertThat(incidents).filteredOn(i -> i.claims().stream().anyMatch(r -> r.doc().equals("b")))
        .singleElement().satisfies(i -> assertThat(i.claims()).extracting(ClaimRef::doc).containsExactly("a", "b"));
  }

  @Test
  void aSentenceNamingAnotherWeaponWithAnotherTollStaysApart() {
    ClaimFixture raid = killed("a", CIVILIANS, 8).saidBy("syrian-opposition").by("syrian-government")
        .on("2015-06-02", "Tuesday").published("2015-06-02").at("Izra'", "Daraa")
        .says("Regime warplanes killed eight civilians in an air raid on Izraa on Tuesday.");
    assertThat(link(raid, killed("b", PEOPLE, 3).saidBy("sana").by(null).on("2015-06-02", "Tuesday")
        .published("2015-06-02").at("Izra'", "Daraa")
        .says("Mortar shells killed three people in Izraa on Tuesday."))).hasSize(2);
  }

  /** Regime raids on Kafr Nabl told by the raiders' own outlet: the town's dead are "terrorists". */
  private static ClaimFixture raidersTelling(String town) {
    return killed("b", FIGHTERS, 30, null).saidBy("sana").by("syrian-government").on("2016-08-14", "Sunday")
        .published("2016-08-14").at(town, "Idlib")
        .says("Army units destroyed terrorist hideouts in " + town + " on Sunday killing scores of terrorists.");
  }

  @Test
  void theRaidersOwnTellingOfTheirRaidOnTheTownJoinsTheCivilians() {
    assertThat(link(raidOnTown("a", 17), raidersTelling("Kafr Nabl"))).hasSize(1);
  }

  @Test
  void theRaidersTellingOfAnotherTownStaysApart() {
    assertThat(link(raidOnTown("a", 17), raidersTelling("Hish"))).hasSize(2);
  }

  @Test
  void fightersKilledInTheTownByTheOtherSideStayApartFromTheCivilians() {
    assertThat(link(raidOnTown("a", 17), killed("b", FIGHTERS, 30, null).saidBy("syrian-opposition")
        .by("syrian-opposition").on("2016-08-14", "Sunday").published("2016-08-14").at("Kafr Nabl", "Idlib")
        .says("Rebels killed scores of regime fighters near Kafr Nabl on Sunday."))).hasSize(2);
  }
}
