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
 * Issue 13: a report cannot tell of a day after it was printed, so a day a text gives the harm, even its own
 * report's day, keeps out a report printed before it; a day something was said does not.
 */
class PrintedDayTest {
  private final IncidentLinker linker = IncidentLinker.from(Lexicons.bundled());

  private List<Incident> link(ClaimFixture... claims) {
    return linker.link(Arrays.stream(claims).map(ClaimFixture::ref).toList());
  }

  @Test
  void aDayAfterAReportWasPrintedIsAnotherAttack() {
    // Monday's paper gives no day; Tuesday's says its raids were on Tuesday
    assertThat(link(
        killed("mon", PEOPLE, 22).by("syrian-government").guessed("2017-03-05", "2017-03-06").in("Rif Dimashq")
            .says("Government air strikes kill 22 in the besieged suburbs."),
        killed("tue", PEOPLE, 17).by("syrian-government").on("2017-03-07", "Tuesday").published("2017-03-07")
            .in("Rif Dimashq").says("At least 17 people were killed in the suburbs on Tuesday, the monitor said.")))
        .hasSize(2);
    // the order the claims come in does not matter
    assertThat(link(
        killed("tue", PEOPLE, 17).by("syrian-government").on("2017-03-07", "Tuesday").published("2017-03-07")
            .in("Rif Dimashq").says("At least 17 people were killed in the suburbs on Tuesday, the monitor said."),
        killed("mon", PEOPLE, 22).by("syrian-government").guessed("2017-03-05", "2017-03-06").in("Rif Dimashq")
            .says("Government air strikes kill 22 in the besieged suburbs.")))
        .hasSize(2);
  }

  @Test
  void twoReportsThatEachGiveTheirOwnDayAreTwoAttacks() {
    assertThat(link(
        killed("wed", CIVILIANS, 13).by("syrian-government").on("2015-09-09", "Wednesday").published("2015-09-09")
            .in("Hama").says("Thirteen civilians were killed in air raids on villages of the province Wednesday."),
        killed("thu", CIVILIANS, 9).by("syrian-government").on("2015-09-10", "Thursday").published("2015-09-11")
            .in("Hama").says("Barrel bombs dropped on Thursday killed nine civilians in a town of the province.")))
        .hasSize(2);
  }

  @Test
  void aDayStatedBeforeItsReportAndAnotherReportsOwnStatedDayAreTwoAttacks() {
    // Thursday's paper tells of Wednesday's raids; a second Thursday paper states its own raids were on Thursday (the
    // harm's day, not the day a monitor spoke): two days of one city, two attacks, in either order
    ClaimFixture wednesday = killed("a", CIVILIANS, 12).by("russia").on("2018-05-09", "Wednesday")
        .published("2018-05-10").in("Homs").says("Russian air strikes on the city killed 12 civilians on Wednesday.");
    ClaimFixture thursday = killed("b", CIVILIANS, 17).by("syrian-government").on("2018-05-10", "Thursday")
        .published("2018-05-10").in("Homs")
        .says("Government air strikes killed at least 17 civilians and injured 30 on Thursday, a monitor said.");
    assertThat(link(wednesday, thursday)).hasSize(2);
    assertThat(link(thursday, wednesday)).hasSize(2);
    // near miss: "a monitor said on Thursday" dates the statement, so Thursday's paper may tell of Wednesday's raids
    ClaimFixture said = killed("c", CIVILIANS, 14).by("syrian-government").on("2018-05-10", "Thursday")
        .published("2018-05-10").in("Homs")
        .says("Government air strikes killed at least 14 civilians in the city, a monitor said on Thursday.");
    assertThat(link(wednesday, said)).hasSize(1);
  }

  @Test
  void oneArticlesFigureToldAgainOnANeighbouringDayStaysOneIncident() {
    // the lead dates the 80 by its own day ("a day after"), a later line by the day before: one article's two tellings
    // of one assault, which the stated-day rule does not part
    assertThat(link(
        killed("a", PEOPLE, 80).by("syrian-government").on("2012-03-05", "Monday").published("2012-03-05")
            .in("Hama").says("Tanks shelled the city Monday, a day after security forces killed 80 there."),
        killed("a", PEOPLE, 80).ordinal(1).by("syrian-government").on("2012-03-04", "March 4")
            .published("2012-03-05").in("Hama").says("On March 4 a tank-backed assault killed at least 80 people.")))
        .hasSize(1);
  }

  @Test
  void aPastDayCountedBackFromTheReportIsAfterAnEarlierPaper() {
    // "the past 24 hours" in Saturday's paper are Friday and Saturday; Thursday's paper cannot have told of them
    assertThat(link(
        killed("thu", CIVILIANS, 20).by("syrian-opposition").guessed("2016-05-04", "2016-05-05").in("Homs")
            .says("Rebel rockets kill 20 civilians in the city."),
        killed("sat", CIVILIANS, 25).by("syrian-opposition").during("2016-05-06", "2016-05-07").published("2016-05-07")
            .in("Homs").says("25 civilians were killed by rocket fire on the city during the past 24 hours.")))
        .hasSize(2);
  }

  @Test
  void theDayAMonitorSpokeIsNotTheAttacksDay() {
    assertThat(link(
        killed("sat", PEOPLE, 60).by(null).guessed("2017-06-09", "2017-06-10").in("Idlib")
            .says("A car bomb hit the convoy of buses, killing at least 60 people."),
        killed("sun", PEOPLE, 68).by(null).on("2017-06-11", "Sunday").published("2017-06-11").in("Idlib")
            .says("At least 68 people were among the dead of the car bomb on the buses, a monitor said on Sunday.")))
        .hasSize(1);
    assertThat(link(
        killed("tue", PEOPLE, 70).by(null).guessed("2017-06-12", "2017-06-13").in("Idlib")
            .says("A gas attack killed 70 people in the town."),
        killed("wed", PEOPLE, 72).by(null).on("2017-06-14", "Wednesday").published("2017-06-14").in("Idlib")
            .says("The two governments traded assertions Wednesday over the gas attack that killed 72 people.")))
        .hasSize(1);
  }

  @Test
  void aDayStatedBeforeTheOtherReportWasPrintedStillJoins() {
    // Tuesday's paper tells of Monday; Monday's paper, without a day, may have told of it
    assertThat(link(
        killed("mon", PEOPLE, 9).by(null).guessed("2015-03-01", "2015-03-02").in("Homs")
            .says("Rockets killed nine people in the city, the governor said."),
        killed("tue", PEOPLE, 11).by(null).on("2015-03-02", "Monday").published("2015-03-03").in("Homs")
            .says("Rockets killed eleven people in the city on Monday.")))
        .hasSize(1);
    // and a report with no date is held to nothing
    assertThat(link(
        killed("a", PEOPLE, 9).by(null).on("2015-03-03", "Tuesday").in("Homs")
            .says("Rockets killed nine people in the city on Tuesday."),
        killed("b", PEOPLE, 11).by(null).on("2015-03-03", "Tuesday").published("2015-03-03").in("Homs")
            .says("Rockets killed eleven people in the city on Tuesday.")))
        .hasSize(1);
  }

}
