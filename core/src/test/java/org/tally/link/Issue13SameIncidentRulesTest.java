package org.tally.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.link.ClaimFixture.killed;
import static org.tally.model.Victims.CIVILIANS;
import static org.tally.model.Victims.FIGHTERS;
import static org.tally.model.Victims.PEOPLE;
import static org.tally.model.Victims.SOLDIERS;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;

/** Issue 13: which claims of different outlets are one incident, on text the rules were not tuned to. */
class Issue13SameIncidentRulesTest {
  private final IncidentLinker linker = IncidentLinker.from(Lexicons.bundled());

  private List<Incident> link(ClaimFixture... claims) {
    return linker.link(Arrays.stream(claims).map(ClaimFixture::ref).toList());
  }

  @Test
  void anAircraftShotDownIsOneIncidentWhomeverEachReportBlames() {
    // one outlet's five dead are the side the helicopter belonged to, another's the rebels' deed: one downing
    assertThat(link(
        killed("a", PEOPLE, 5).by("russia").on("2016-08-01").published("2016-08-01").in("Idlib")
            .says("Five killed as a Russian military helicopter was shot down in the province."),
        killed("b", PEOPLE, 5).by("syrian-opposition").on("2016-08-01", "Monday").published("2016-08-02")
            .in("Idlib").says("Rebels downed a helicopter on Monday, killing all five people on board."))).hasSize(1);
    assertThat(link(
        killed("a", SOLDIERS, 2).by("syrian-government").guessed("2015-05-10", "2015-05-11").in("Hama")
            .says("Two pilots were killed when their jet was shot down over the plain."),
        killed("b", SOLDIERS, 2).by("nusra").on("2015-05-11", "Monday").published("2015-05-11").in("Hama")
            .says("Nusra fighters shot down a regime warplane on Monday and killed its two pilots.")))
        .hasSize(1);
  }

  @Test
  void anAircraftShotDownIsNotTheSameDaysAirStrikesOrShellingThere() {
    // a helicopter downed in a province and the air raids on a town of it that day: two incidents, even when one
    // report wrongly blames the downing on the side that lost the aircraft
    assertThat(link(
        killed("a", PEOPLE, 15).by("russia").on("2016-08-01").published("2016-08-01").at("Saraqib", "Idlib",
            35.86, 36.80).says("At least 15 people were killed by Russian airstrikes on the town."),
        killed("b", PEOPLE, 5).by("russia").on("2016-08-01").published("2016-08-01").in("Idlib")
            .says("Five killed as a Russian military helicopter was shot down in the province."))).hasSize(2);
    assertThat(link(
        killed("a", PEOPLE, 6).by("syrian-opposition").on("2016-08-01").published("2016-08-01").in("Idlib")
            .says("Rebel shelling killed six people in the province."),
        killed("b", PEOPLE, 5).by("syrian-opposition").on("2016-08-01").published("2016-08-01").in("Idlib")
            .says("Rebels downed a helicopter in the province, killing all five on board."))).hasSize(2);
  }

  @Test
  void aClaimNamingARareAttackJoinsTheIncidentOfThatAttackOverANearerOne() {
    // a chemical attack and, the next day, a market strike in one province; a report printed the day after that
    // blames no one fits both in time and place, and its gas is the chemical attack, not the nearer market strike
    List<Incident> incidents = link(
        killed("a", CIVILIANS, 58).by("syrian-government").on("2017-04-04", "Tuesday").published("2017-04-04")
            .in("Idlib").says("A chemical attack on the town killed 58 civilians on Tuesday, the monitor said."),
        killed("b", CIVILIANS, 15).by(null).on("2017-04-05").published("2017-04-05").in("Idlib")
            .says("Fifteen civilians were killed in the market of a village in the province, the monitor said."),
        killed("c", CIVILIANS, 70).by(null).guessed("2017-04-05", "2017-04-06").in("Idlib")
            .says("Doctors said the gas had killed 70 civilians, a news agency reported."));
    assertThat(incidents).anySatisfy(i -> assertThat(i.claims()).extracting(ClaimRef::doc).containsExactly("a", "c"));
    // near miss: a report that names no kind of attack still joins the nearer one
    incidents = link(
        killed("a", CIVILIANS, 58).by("syrian-government").on("2017-04-04", "Tuesday").published("2017-04-04")
            .in("Idlib").says("A chemical attack on the town killed 58 civilians on Tuesday, the monitor said."),
        killed("b", CIVILIANS, 15).by(null).on("2017-04-05").published("2017-04-05").in("Idlib")
            .says("Fifteen civilians were killed in the market of a village in the province, the monitor said."),
        killed("c", CIVILIANS, 70).by(null).guessed("2017-04-05", "2017-04-06").in("Idlib")
            .says("Doctors said 70 civilians had been killed, a news agency reported."));
    assertThat(incidents).anySatisfy(i -> assertThat(i.claims()).extracting(ClaimRef::doc).containsExactly("b", "c"));
  }

  @Test
  void anAssaultBeatenBackIsNotTheStrikesOnTheCityADayLater() {
    // the army's toll of attackers killed as it repelled an assault on Tuesday, and a doctor's toll of the strikes
    // of the night after, in a report two days later: one city, one attacker, two attacks
    assertThat(link(
        killed("a", FIGHTERS, 40).by("syrian-government").on("2016-09-20", "Tuesday").published("2016-09-20")
            .in("Aleppo").says("Regime forces repel an offensive on the northern edge of the city on Tuesday, killing"
                + " 40 attackers."),
        killed("b", PEOPLE, 45).by("syrian-government").guessed("2016-09-21", "2016-09-22").in("Aleppo")
            .says("The director of a hospital said the death toll from the strikes was 45."))).hasSize(2);
    // near misses: the strikes are "air raids" to another report, the assault beaten back "clashes" to another
    assertThat(link(
        killed("a", PEOPLE, 40).by("syrian-government").guessed("2016-09-21", "2016-09-22").in("Aleppo")
            .says("Air raids on the eastern districts killed 40 people overnight, the monitor said."),
        killed("b", PEOPLE, 45).by("syrian-government").guessed("2016-09-21", "2016-09-22").in("Aleppo")
            .says("The director of a hospital said the death toll from the strikes was 45."))).hasSize(1);
    assertThat(link(
        killed("a", FIGHTERS, 40).by("syrian-government").on("2016-09-20", "Tuesday").published("2016-09-20")
            .in("Aleppo").says("The army repelled an assault on the northern edge of the city on Tuesday, killing"
                + " 40 attackers."),
        killed("b", FIGHTERS, 38).by("syrian-government").guessed("2016-09-20", "2016-09-21").in("Aleppo")
            .says("Clashes on the northern edge of the city killed 38 rebels, the monitor said."))).hasSize(1);
  }

  @Test
  void raidsEachReportDatesToADifferentEarlierDayAreTwoIncidents() {
    assertThat(link(
        killed("a", CIVILIANS, 21).by("syrian-government").on("2016-07-18").published("2016-07-19").in("Aleppo")
            .says("On Monday air raids killed 21 civilians in the northern district, the monitor said."),
        killed("b", CIVILIANS, 56).by("syrian-government").on("2016-07-19").published("2016-07-20").in("Aleppo")
            .says("Air raids killed 56 civilians in the village yesterday, the monitor said."))).hasSize(2);
    assertThat(link(
        killed("a", PEOPLE, 9).by(null).on("2015-03-02").published("2015-03-04").in("Homs")
            .says("Rockets killed nine people in the city on Monday."),
        killed("b", PEOPLE, 11).by(null).on("2015-03-03").published("2015-03-04").in("Homs")
            .says("Rockets killed eleven people in the city on Tuesday."))).hasSize(2);
  }

  @Test
  void twoNearPlacesAFewKilometresApartOnOneDayAreOneIncident() {
    // Kafr Hamid lies about 10 km from Ain Qasr: an outlet names the town, another the village by the strike
    assertThat(link(
        killed("a", CIVILIANS, 40).by("russia").on("2016-03-08").published("2016-03-08").near("Ain Qasr", "Hama",
            35.10, 36.70).says("Air strikes killed 40 civilians near the town of Ain Qasr on Tuesday."),
        killed("b", CIVILIANS, 52).by("russia").on("2016-03-08").published("2016-03-09")
            .near("Kafr Hamid", "Hama", 35.19, 36.74)
            .says("Raids on Tuesday killed 52 civilians on the outskirts of the village of Kafr Hamid."))).hasSize(1);
  }

  @Test
  void nearPlacesFarApartOrTwoNamedVillagesAreTwoIncidents() {
    // some 33 km apart: "near" does not stretch that far
    assertThat(link(
        killed("a", CIVILIANS, 40).by("russia").on("2016-03-08").published("2016-03-08").near("Ain Qasr", "Hama",
            35.10, 36.70).says("Air strikes killed 40 civilians near the town of Ain Qasr on Tuesday."),
        killed("b", CIVILIANS, 52).by("russia").on("2016-03-08").published("2016-03-09")
            .near("Tell Sahl", "Hama", 35.40, 36.70)
            .says("Raids on Tuesday killed 52 civilians near the village of Tell Sahl."))).hasSize(2);
    // two villages each named as the place of the harm are two strikes, however near
    assertThat(link(
        killed("a", CIVILIANS, 40).by("russia").on("2016-03-08").published("2016-03-08").at("Ain Qasr", "Hama",
            35.10, 36.70).says("Air strikes killed 40 civilians in the town of Ain Qasr on Tuesday."),
        killed("b", CIVILIANS, 52).by("russia").on("2016-03-08").published("2016-03-09")
            .at("Kafr Hamid", "Hama", 35.19, 36.74)
            .says("Raids on Tuesday killed 52 civilians in the village of Kafr Hamid."))).hasSize(2);
    // the same two near places, a day apart by each report's own words
    assertThat(link(
        killed("a", CIVILIANS, 40).by("russia").on("2016-03-07", "Monday").published("2016-03-09")
            .near("Ain Qasr", "Hama", 35.10, 36.70)
            .says("Air strikes killed 40 civilians near the town of Ain Qasr on Monday."),
        killed("b", CIVILIANS, 52).by("russia").on("2016-03-08", "Tuesday").published("2016-03-09")
            .near("Kafr Hamid", "Hama", 35.19, 36.74)
            .says("Raids on Tuesday killed 52 civilians on the outskirts of the village of Kafr Hamid."))).hasSize(2);
  }

  @Test
  void aHeadlinesFigureOpenAboveHeadsTheBodysFigureAndKeepsItsAttacker() {
    // "Over 20 killed in Kurdish-led operations" over "12 killed by the SDF" near one city: one report, and the
    // army's toll of another day's raids (blamed on another side) stays apart from both
    List<Incident> incidents = link(
        killed("a", FIGHTERS, 21, null).by(null).saidBy("outlet").section("title").written("Over 20")
            .guessed("2017-06-01", "2017-06-02").in("Raqqa").says("Over 20 fighters killed in SDF operations"),
        killed("a", FIGHTERS, 12).ordinal(1).by("sdf").saidBy("outlet").guessed("2017-06-01", "2017-06-02")
            .in("Raqqa").says("Twelve fighters were killed by the SDF near the city, a news outlet said."),
        killed("b", FIGHTERS, 7).by("russia").saidBy("russia-mod").guessed("2017-06-02", "2017-06-03")
            .in("Raqqa").says("Seven field commanders were killed, the ministry said."));
    assertThat(incidents).hasSize(2);
    assertThat(incidents).anySatisfy(i -> assertThat(i.claims()).extracting(ClaimRef::doc).containsExactly("a", "a"));
  }

  @Test
  void aHeadlinesRoundWordHeadsTheBodysFigureOfOneStrike() {
    // "Dozens killed" over a body that counts 12 in one village: the headline rounds up the day's strikes
    assertThat(link(
        killed("a", PEOPLE, 24, null).by(null).saidBy("monitor").section("title").written("Dozens")
            .guessed("2017-03-13", "2017-03-14").in("Hama").says("Dozens killed as air strikes hit villages in Hama"),
        killed("a", PEOPLE, 12).ordinal(1).by("russia").saidBy("monitor").on("2017-03-14", "Tuesday")
            .published("2017-03-14").in("Hama")
            .says("Air strikes on a village early on Tuesday killed 12 people, the monitor said."),
        killed("b", PEOPLE, 27).by("russia").saidBy("monitor").on("2017-03-14", "Tuesday").published("2017-03-16")
            .in("Hama").says("Air strikes in and around a town on Tuesday killed 27 people, the monitor said.")))
        .hasSize(1);
  }

  @Test
  void anExactHeadlineFigureOrARoundWordInTheBodyStaysApartFromAnotherFigure() {
    // "40 killed" in a headline and "12 killed" in the body, one claimant: two counts that cannot both hold
    assertThat(link(
        killed("a", PEOPLE, 40).by(null).saidBy("monitor").section("title")
            .guessed("2017-03-13", "2017-03-14").in("Hama").says("40 killed as air strikes hit villages in Hama"),
        killed("a", PEOPLE, 12).ordinal(1).by("russia").saidBy("monitor").on("2017-03-14", "Tuesday")
            .published("2017-03-14").in("Hama")
            .says("Air strikes on a village early on Tuesday killed 12 people, the monitor said."))).hasSize(2);
    // "dozens" in the body is a figure of its own, not a headline's summary
    assertThat(link(
        killed("a", PEOPLE, 24, null).by(null).saidBy("monitor").written("dozens")
            .guessed("2017-03-13", "2017-03-14").in("Hama").says("Dozens were killed in the province, the monitor said."),
        killed("a", PEOPLE, 12).ordinal(1).by("russia").saidBy("monitor").on("2017-03-14", "Tuesday")
            .published("2017-03-14").in("Hama")
            .says("Air strikes on a village early on Tuesday killed 12 people, the monitor said."))).hasSize(2);
  }

  @Test
  void oneDayStatedByOneReportAndLeftToTheDateByAnotherIsStillOneIncident() {
    // the day's slack still holds where a report states no day, or gives its own date as the day a statement was made
    assertThat(link(
        killed("a", PEOPLE, 9).by(null).on("2015-03-02").published("2015-03-03").in("Homs")
            .says("Rockets killed nine people in the city on Monday."),
        killed("b", PEOPLE, 11).by(null).guessed("2015-03-02", "2015-03-03").in("Homs")
            .says("Rockets killed eleven people in the city, the governor said."))).hasSize(1);
    assertThat(link(
        killed("a", PEOPLE, 9).by(null).on("2015-03-02").published("2015-03-03").in("Homs")
            .says("Rockets killed nine people in the city on Monday."),
        killed("b", PEOPLE, 11).by(null).on("2015-03-03", "Tuesday").published("2015-03-03").in("Homs")
            .says("The governor said on Tuesday that rockets had killed eleven people in the city."))).hasSize(1);
  }

  @Test
  void aTollUpdateDatedByItsCountJoinsTheAttackOfTheDayBefore() {
    assertThat(link(
        killed("a", PEOPLE, 40).by(null).on("2017-05-01").published("2017-05-03").in("Hama")
            .says("A car bomb killed 40 people in the town on Monday."),
        killed("b", PEOPLE, 70).by(null).on("2017-05-02").published("2017-05-03").in("Hama")
            .says("The toll from the car bomb in the town rose to 70 on Tuesday."))).hasSize(1);
  }

  @Test
  void aRareWeaponBlamedOnDifferentSidesIsOneIncident() {
    assertThat(link(
        killed("a", PEOPLE, 43).by("syrian-government").on("2017-04-15").in("Aleppo")
            .says("A suicide car bomb hit buses from two government-held towns, killing 43 people."),
        killed("b", PEOPLE, 126).by("syrian-opposition").on("2017-04-15").in("Aleppo")
            .says("At least 126 people were killed when a car bomb hit the buses, the rebels said."))).hasSize(1);
    assertThat(link(
        killed("a", PEOPLE, 50).by("syrian-government").on("2017-02-01").in("Hama")
            .says("Regime troops fired shells filled with chlorine at the village, killing 50 people."),
        killed("b", PEOPLE, 60).by("syrian-opposition").on("2017-02-01").in("Hama")
            .says("Sixty people were killed by gas from a rebel depot in the village, the army said."))).hasSize(1);
  }

  @Test
  void commonAttacksBlamedOnDifferentSidesStayApart() {
    // several sides bomb and shell one governorate on one day: blame still splits these
    assertThat(link(
        killed("a", PEOPLE, 12).by("syrian-government").on("2016-09-30").in("Aleppo")
            .says("Regime air strikes killed 12 people in the east of the city."),
        killed("b", PEOPLE, 13).by("syrian-opposition").on("2016-09-30").in("Aleppo")
            .says("Rebel rocket fire and air strikes killed 13 people in the west of the city."))).hasSize(2);
    // a rare weapon named by one report only does not outweigh the blame
    assertThat(link(
        killed("a", PEOPLE, 20).by("syrian-government").on("2016-09-30").in("Idlib")
            .says("A car bomb killed 20 people in the town."),
        killed("b", PEOPLE, 22).by("syrian-opposition").on("2016-09-30").in("Idlib")
            .says("An explosion killed 22 people in the town."))).hasSize(2);
  }

  @Test
  void carBombAndAirStrikesInOneGovernorateOnOneDayAreTwoIncidents() {
    assertThat(link(
        killed("a", PEOPLE, 20, null).by(null).on("2016-10-13").in("Aleppo")
            .says("At least 20 people were killed in a car bomb attack on a checkpoint on Thursday."),
        killed("b", PEOPLE, 13).by(null).on("2016-10-13").in("Aleppo")
            .says("Thirteen people were killed in airstrikes on Thursday, rescuers said."))).hasSize(2);
  }

  @Test
  void rocketFireAndABarrelBombOfChlorineAreTwoIncidents() {
    assertThat(link(
        killed("a", PEOPLE, 4).by(null).on("2016-08-10").in("Aleppo")
            .says("A barrel bomb of chlorine gas was dropped on the district, killing four people."),
        killed("b", PEOPLE, 14).by(null).on("2016-08-10").in("Aleppo")
            .says("A barrage of rocket fire killed 14 people in government-held districts."))).hasSize(2);
  }

  @Test
  void warplanesAndAChemicalAttackOnOneTownAreOneIncident() {
    assertThat(link(
        killed("a", PEOPLE, 58).by(null).on("2017-04-04").in("Idlib")
            .says("Warplanes struck the town at dawn, killing 58 people."),
        killed("b", PEOPLE, 70).by(null).on("2017-04-04").in("Idlib")
            .says("A chemical attack on the town killed 70 people."))).hasSize(1);
  }

  @Test
  void twoReportsOfAGasAttackAreOneIncidentWhateverMeansTheyName() {
    assertThat(link(
        killed("a", PEOPLE, 1400).by(null).on("2013-08-21").in("Rif Dimashq")
            .says("The regime fired rockets filled with sarin gas on Ghouta, killing 1400 people."),
        killed("b", PEOPLE, 1401).by(null).on("2013-08-21").in("Rif Dimashq")
            .says("Congress was asked to approve air strikes to punish a gas attack that killed 1401 people."))).hasSize(1);
  }

  @Test
  void aSuicideBomberAndACarBombAreOneIncident() {
    assertThat(link(
        killed("a", PEOPLE, 43).by(null).on("2017-04-15").in("Aleppo")
            .says("A car bomb hit the buses, killing 43 people."),
        killed("b", PEOPLE, 68).by(null).on("2017-04-15").in("Aleppo")
            .says("A suicide attacker hit the buses, killing 68 people."))).hasSize(1);
  }

  @Test
  void aTollThatRoseIsOneIncidentShownAsARisingTollNotAContradiction() {
    List<Incident> incidents = link(
        killed("first", PEOPLE, 10).by(null).on("2017-03-01").published("2017-03-01").in("Homs")
            .says("A bomb blast killed 10 people in the city on Wednesday."),
        killed("later", PEOPLE, 112).by(null).on("2017-03-01").published("2017-03-03").in("Homs")
            .says("The death toll from Wednesday's blast in the city rose to 112."));
    assertThat(incidents).singleElement().satisfies(i -> {
      assertThat(i.consensus().rising()).isTrue();
      assertThat(i.consensus().contradiction()).isFalse();
      assertThat(i.consensus().high()).isEqualTo(112);
    });
  }

  @Test
  void twoFirstFiguresThatDifferAreStillAContradictionBesideAnUpdate() {
    List<Incident> incidents = link(
        killed("a", PEOPLE, 10).by(null).on("2017-03-01").published("2017-03-01").in("Homs"),
        killed("b", PEOPLE, 30).by(null).on("2017-03-01").published("2017-03-01").in("Homs"),
        killed("c", PEOPLE, 20).by(null).on("2017-03-01").published("2017-03-02").in("Homs")
            .says("The toll rose to 20."));
    assertThat(incidents).singleElement().satisfies(i -> {
      assertThat(i.consensus().rising()).isTrue();
      assertThat(i.consensus().contradictionSize()).isEqualTo(10);
    });
  }

  @Test
  void aClaimThatStatesNoTimeDoesNotDateTheIncident() {
    List<Incident> incidents = link(
        killed("a", CIVILIANS, 10).during("2017-03-01", "2017-03-02").in("Idlib"),
        killed("b", CIVILIANS, 10).published("2017-03-02").in("Idlib"));
    assertThat(incidents).singleElement().satisfies(i -> assertThat(i.when())
        .isEqualTo(new DaySpan(LocalDate.parse("2017-03-01"), LocalDate.parse("2017-03-02"))));
  }

  @Test
  void aMonthsCoarseClaimJoinsTheOneIncidentThatNamesItsVictimsAndAttacker() {
    List<Incident> incidents = link(
        killed("sputnik", SOLDIERS, 62).on("2016-09-17").in("Deir ez-Zor"),
        killed("other", PEOPLE, 30).by(null).on("2016-09-17").in("Ar-Raqqah"),
        killed("alalam", SOLDIERS, 81, null).during("2016-09-01", "2016-09-30").inRegion("eastern Syria", "SY"));
    assertThat(incidents).hasSize(2);
    assertThat(incidents).anySatisfy(i -> assertThat(i.claims()).extracting(ClaimRef::doc)
        .containsExactlyInAnyOrder("sputnik", "alalam"));
  }

  @Test
  void aCountryClaimJoinsTheMoreReportedOfTwoTownsOfOneGovernorate() {
    // the big incident holds a claim dated only to its month, which widens its extent: nearness in time alone would
    // send the country-level report to the one-article town
    List<Incident> incidents = link(
        killed("a", PEOPLE, 1300).by(null).on("2013-08-21").at("Duma", "Rif Dimashq"),
        killed("b", PEOPLE, 1400, null).by(null).on("2013-08-21").at("Duma", "Rif Dimashq"),
        killed("c", PEOPLE, 200, null).by(null).during("2013-08-01", "2013-08-31").at("Duma", "Rif Dimashq"),
        killed("d", PEOPLE, 30, null).by(null).on("2013-08-21").at("Kafr Batna", "Rif Dimashq"),
        killed("e", PEOPLE, 1401, null).by(null).on("2013-08-21").inCountry("SY"));
    assertThat(incidents).anySatisfy(i -> assertThat(i.claims()).extracting(ClaimRef::doc)
        .containsExactlyInAnyOrder("a", "b", "c", "e"));
  }

  @Test
  void aCountryClaimStillJoinsTheNearerOfTwoEquallyReportedIncidents() {
    List<Incident> incidents = link(
        killed("a", PEOPLE, 20, null).by(null).during("2016-07-01", "2016-07-02").at("Jayrud", "Rif Dimashq"),
        killed("b", PEOPLE, 20, null).by(null).on("2016-07-03").at("Duma", "Rif Dimashq"),
        killed("c", PEOPLE, 21, null).by(null).on("2016-07-03").inCountry("SY"));
    assertThat(incidents).anySatisfy(i -> assertThat(i.claims()).extracting(ClaimRef::doc)
        .containsExactlyInAnyOrder("b", "c"));
  }

  @Test
  void aCountryClaimDoesNotJoinAMoreReportedIncidentItDoesNotFit() {
    List<Incident> incidents = link(
        killed("a", PEOPLE, 1300).by("syrian-government").on("2013-08-21").at("Duma", "Rif Dimashq"),
        killed("b", PEOPLE, 1400, null).by("syrian-government").on("2013-08-21").at("Duma", "Rif Dimashq"),
        killed("d", PEOPLE, 5).by("isis").on("2013-08-21").at("Kafr Batna", "Rif Dimashq"),
        killed("e", PEOPLE, 6).by("isis").on("2013-08-21").inCountry("SY"));
    assertThat(incidents).anySatisfy(i -> assertThat(i.claims()).extracting(ClaimRef::doc)
        .containsExactlyInAnyOrder("d", "e"));
  }

  @Test
  void aFollowUpWithoutATimeJoinsTheIncidentOfItsDaysNotOneThatOnlyReachesBackAsFar() {
    // c is the same outlet's other toll of that weekend, so it cannot join a and b; d, printed on the Sunday without a
    // day, reaches back to Friday for linking, as c does, but tells of Saturday and Sunday, as a and b do
    List<Incident> incidents = link(
        killed("arab", CIVILIANS, 51, null).by("syrian-government").on("2016-08-13").in("Aleppo").saidBy("sohr")
            .says("At least 51 civilians were killed in air raids and shelling on Saturday."),
        killed("arab", PEOPLE, 15).by("syrian-government").guessed("2016-08-13", "2016-08-14").in("Aleppo")
            .saidBy("sohr").ordinal(1).says("Air force raids left 15 people dead in the east of the city."),
        killed("times", CIVILIANS, 45).by("syrian-government").on("2016-08-14").in("Aleppo").saidBy("sohr")
            .says("The air strikes which began Saturday and continued Sunday killed 45 civilians."),
        killed("times", PEOPLE, 24, null).by("syrian-government").guessed("2016-08-13", "2016-08-14").in("Aleppo")
            .ordinal(1).says("Warplanes have launched a wave of air strikes, killing dozens."));
    assertThat(incidents).anySatisfy(i -> assertThat(i.claims()).extracting(ClaimRef::key)
        .containsExactlyInAnyOrder("arab#0", "times#0", "times#1"));
  }

  @Test
  void aFollowUpWithoutATimeStillJoinsTheIncidentOfTheDayBefore() {
    List<Incident> incidents = link(
        killed("a", CIVILIANS, 20).by("syrian-government").on("2016-08-12").in("Aleppo")
            .says("Air raids killed 20 civilians on Friday."),
        killed("b", PEOPLE, 24, null).by("syrian-government").guessed("2016-08-13", "2016-08-14").in("Aleppo")
            .says("Warplanes killed dozens in air strikes on the city."));
    assertThat(incidents).hasSize(1);
  }

  @Test
  void aDaysAttackPlacedOnlyInTheCountryIsNotAYearsTollOfAGovernorate() {
    // the year's toll would otherwise rival the attack three reports place, and the day's report join neither
    List<Incident> incidents = link(
        killed("year", PEOPLE, 3000, null).by(null).during("2017-01-01", "2017-10-04").in("Deir ez-Zor")
            .says("The war killed at least 3000 people this year."),
        killed("year2", PEOPLE, 3000, null).by(null).during("2017-01-01", "2017-10-04").in("Deir ez-Zor")
            .says("At least 3000 people were killed this year, the monitor said."),
        killed("a", PEOPLE, 126, null).by(null).on("2017-04-15").in("Aleppo")
            .says("A suicide car bomb hit the buses, killing at least 126 people."),
        killed("b", PEOPLE, 100, null).by(null).on("2017-04-15").in("Aleppo")
            .says("A car bomb hit the convoy, killing at least 100 people."),
        killed("c", PEOPLE, 112, null).by(null).on("2017-04-15").in("Aleppo")
            .says("A blast killed at least 112 people on the buses."),
        killed("country", PEOPLE, 100, null).by(null).on("2017-04-15").inCountry("SY")
            .says("A suicide car bomb hit a convoy of buses, killing at least 100 people."));
    assertThat(incidents).hasSize(2);
    assertThat(incidents).filteredOn(i -> i.claims().size() == 4).singleElement()
        .satisfies(i -> assertThat(i.claims()).extracting(ClaimRef::doc).contains("country"));
  }

  @Test
  void reportsOfAPastAttackDatedByItsMonthStillLinkWithEachOther() {
    assertThat(link(
        killed("a", PEOPLE, 61, null).by(null).during("2015-05-01", "2015-05-31").in("Aleppo")
            .says("In May more than 60 civilians were killed by barrel bomb attacks on the town."),
        killed("b", PEOPLE, 61, null).by(null).during("2015-05-01", "2015-05-31").in("Aleppo")
            .says("In May more than 60 civilians were killed by barrel bomb attacks on the town."))).hasSize(1);
  }

  @Test
  void aMonthsMentionStillJoinsTheDayItTellsOf() {
    assertThat(link(
        killed("day", PEOPLE, 1400, null).by(null).on("2013-08-21").in("Rif Dimashq")
            .says("A sarin gas attack on Ghouta killed 1400 people."),
        killed("month", PEOPLE, 200, null).by(null).during("2013-08-01", "2013-08-31").in("Rif Dimashq")
            .says("Hundreds of people were killed in a sarin gas attack on Ghouta in August 2013."))).hasSize(1);
  }

  @Test
  void strikesBeingWeighedInResponseDoNotMakeAFollowUpAnAirStrike() {
    assertThat(link(
        killed("attack", PEOPLE, 41, null).by(null).on("2013-08-21").in("Rif Dimashq")
            .says("Regime forces fired artillery and rocket barrages in a poisonous gas attack that killed 41 people."),
        killed("follow-up", PEOPLE, 1401, null).by(null).on("2013-08-21").inCountry("SY")
            .says("Paris says the army was behind the attack, in which 1401 were killed, and is considering air"
                + " strikes."))).hasSize(1);
  }

  @Test
  void airStrikesThatWereMadeStillTellAnAirRaidFromShelling() {
    assertThat(link(
        killed("shelling", PEOPLE, 12).by(null).on("2016-08-10").in("Aleppo")
            .says("Rebel rocket barrages killed 12 people in the western districts."),
        killed("raid", PEOPLE, 14).by(null).on("2016-08-10").in("Aleppo")
            .says("Government warplanes carried out air strikes that killed 14 people."))).hasSize(2);
  }

  @Test
  void anArmyAmbushAndACarBombInOneGovernorateOnOneDayAreTwoIncidents() {
    assertThat(link(
        killed("a", PEOPLE, 60).by("syrian-government").on("2013-08-07").in("Rif Dimashq")
            .says("Sixty rebels were killed in an army ambush at dawn near the town, the monitor said."),
        killed("b", PEOPLE, 18).by("syrian-government").on("2013-08-07").in("Rif Dimashq")
            .says("A car bomb killed 18 people in the suburb's main square, state media said."))).hasSize(2);
  }

  @Test
  void aCounterattackAndAnAirRaidInOneGovernorateOnOneDayAreTwoIncidents() {
    assertThat(link(
        killed("a", PEOPLE, 70, null).by(null).on("2016-06-30").in("Aleppo")
            .says("At least 70 were killed in 24 hours in a government assault and a jihadist counter-attack."),
        killed("b", PEOPLE, 16, null).by(null).on("2016-06-30").in("Aleppo")
            .says("At least 16 people were killed in an air raid on a market, rescuers said."))).hasSize(2);
  }

  @Test
  void anOutletsEarlierTollBesideItsLatestIsOneIncident() {
    assertThat(link(
        killed("a", PEOPLE, 38).by(null).on("2017-10-04").in("Deir ez-Zor")
            .says("An air strike killed 38 civilians as they tried to cross the river on Wednesday."),
        killed("a", PEOPLE, 20).ordinal(1).by(null).on("2017-10-04").in("Deir ez-Zor")
            .says("The monitor, which earlier gave a toll of 20 in the strike, said the dead included a family."),
        killed("b", PEOPLE, 38).by(null).on("2017-10-04").in("Deir ez-Zor")
            .says("A strike killed 38 people fleeing across the river, the monitor said."))).hasSize(1);
  }

  @Test
  void oneOutletsTwoTollsWithoutAnUpdateWordStayTwoIncidents() {
    assertThat(link(
        killed("a", PEOPLE, 38).by(null).on("2017-10-04").in("Deir ez-Zor")
            .says("An air strike killed 38 civilians as they tried to cross the river on Wednesday."),
        killed("a", PEOPLE, 20).ordinal(1).by(null).on("2017-10-04").in("Deir ez-Zor")
            .says("Another strike killed 20 people in a village to the south, the monitor said."))).hasSize(2);
  }

  @Test
  void nusrasBombingAndTheRebelsBombingOfOneSchoolOnOneDayAreOneIncident() {
    assertThat(link(
        killed("a", PEOPLE, 39).by("nusra").on("2014-10-01").in("Homs")
            .says("Twin car bombs of the Nusra Front killed 39 people at the school."),
        killed("b", PEOPLE, 32).by("syrian-opposition").on("2014-10-01").in("Homs")
            .says("Two car bombs set off by rebels killed 32 people, most of them pupils."))).hasSize(1);
  }

  @Test
  void rebelRocketsAndANusraCarBombOnOneDayStayTwoIncidents() {
    assertThat(link(
        killed("a", PEOPLE, 39).by("nusra").on("2014-10-01").in("Homs")
            .says("A Nusra Front car bomb killed 39 people near the school."),
        killed("b", PEOPLE, 12).by("syrian-opposition").on("2014-10-01").in("Homs")
            .says("Rebel rocket fire killed 12 people in the city."))).hasSize(2);
  }

  @Test
  void oneSidesAirStrikesAndShellingOfOneTownOnOneDayAreOneBombardment() {
    assertThat(link(
        killed("a", PEOPLE, 30).by("syrian-government").on("2016-07-02").at("Jayrud", "Rif Dimashq")
            .says("Thirty people were killed on Saturday in intense government air strikes on the town."),
        killed("b", PEOPLE, 43).by("syrian-government").on("2016-07-02").at("Jayrud", "Rif Dimashq")
            .says("Army shelling of the rebel-held town killed 43 people on Saturday."))).hasSize(1);
  }

  @Test
  void airStrikesAndShellingOfOneTownByTwoSidesAreTwoAttacks() {
    assertThat(link(
        killed("a", PEOPLE, 30).by("syrian-government").on("2016-07-02").at("Jayrud", "Rif Dimashq")
            .says("Thirty people were killed on Saturday in intense government air strikes on the town."),
        killed("b", PEOPLE, 12).by("syrian-opposition").on("2016-07-02").at("Jayrud", "Rif Dimashq")
            .says("Rebel shelling of the town killed 12 people on Saturday."))).hasSize(2);
  }

  @Test
  void airStrikesAndShellingInOneCityThatIsAGovernoratesSeatStayTwoAttacks() {
    assertThat(link(
        killed("a", PEOPLE, 10).by("syrian-government").on("2016-07-02").at("Aleppo", "Aleppo")
            .says("Government air strikes killed ten people in the city on Saturday."),
        killed("b", PEOPLE, 12).by("syrian-government").on("2016-07-02").at("Aleppo", "Aleppo")
            .says("Army shelling killed 12 people in the city on Saturday."))).hasSize(2);
  }
}
