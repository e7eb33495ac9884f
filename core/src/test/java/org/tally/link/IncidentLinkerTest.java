package org.tally.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.link.ClaimFixture.killed;
import static org.tally.model.Victims.CHILDREN;
import static org.tally.model.Victims.CIVILIANS;
import static org.tally.model.Victims.PEOPLE;
import static org.tally.model.Victims.SOLDIERS;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.model.Harm;
import org.tally.model.Scope;
import org.tally.model.Victims;

class IncidentLinkerTest {
  private final IncidentLinker linker = IncidentLinker.from(Lexicons.bundled());

  private List<Incident> link(ClaimFixture... claims) {
    return linker.link(java.util.Arrays.stream(claims).map(ClaimFixture::ref).toList());
  }

  private static List<List<String>> docsPerIncident(List<Incident> incidents) {
    return incidents.stream().map(i -> i.claims().stream().map(ClaimRef::doc).sorted().toList()).toList();
  }

  @Test
  void deirEzZorStrikeAsSixtyTwoAndOverEightyIsOneIncidentInContradiction() {
    List<Incident> incidents = link(
        killed("sputnik", SOLDIERS, 62).on("2016-09-17").in("Deir ez-Zor"),
        killed("alalam", SOLDIERS, 81, null).during("2016-09-01", "2016-09-30"));
    assertThat(incidents).hasSize(1);
    Incident strike = incidents.get(0);
    assertThat(strike.consensus().contradiction()).isTrue();
    assertThat(strike.consensus().contradictionSize()).isEqualTo(19);
    assertThat(strike.when()).isEqualTo(new DaySpan(java.time.LocalDate.parse("2016-09-17"),
        java.time.LocalDate.parse("2016-09-17")));
    assertThat(strike.place().admin1()).isEqualTo("Deir ez-Zor");
  }

  @Test
  void hasakahWeddingTollsThatOverlapAreOneIncidentWithoutContradiction() {
    List<Incident> incidents = link(
        killed("a", PEOPLE, 20, null).on("2016-10-03").in("Al-Hasakah"),
        killed("b", PEOPLE, 22, null).on("2016-10-03").in("Al-Hasakah"),
        killed("c", PEOPLE, 32).on("2016-10-03").in("Al-Hasakah"));
    assertThat(incidents).singleElement().satisfies(i -> {
      assertThat(i.consensus()).isEqualTo(new Consensus(20, 22, 32, 20, 0));
      assertThat(i.claims()).hasSize(3);
    });
  }

  @Test
  void raqqaClaimsOfDifferentMonthsAreSeparateIncidents() {
    assertThat(link(
        killed("a", CIVILIANS, 18, null).on("2016-12-07").in("Ar-Raqqah"),
        killed("b", CIVILIANS, 18, null).on("2017-02-07").in("Ar-Raqqah"))).hasSize(2);
  }

  @Test
  void coalitionAdmissionsOfACumulativeTollAreOneSeriesInTimeOrder() {
    List<Incident> incidents = link(
        killed("later", CIVILIANS, 1319, null).during("2014-08-01", "2019-05-31").saidBy("us-led-coalition")
            .scope(Scope.CUMULATIVE),
        killed("earlier", CIVILIANS, 173).during("2014-08-01", "2016-12-01").saidBy("us-military")
            .scope(Scope.CUMULATIVE));
    assertThat(incidents).singleElement().satisfies(series -> {
      assertThat(series.kind()).isEqualTo(IncidentKind.SERIES);
      assertThat(series.claims()).extracting(ClaimRef::doc).containsExactly("earlier", "later");
      assertThat(series.consensus().best()).isEqualTo(1319);
      assertThat(series.consensus().contradiction()).isFalse();
      assertThat(series.id()).isEqualTo("ser:us-led-coalition/us-led-coalition/killed/civilians/cumulative/-");
    });
  }

  @Test
  void cumulativeCountsOfDifferentClaimantsAreDifferentSeries() {
    assertThat(link(
        killed("a", CIVILIANS, 1319, null).saidBy("us-led-coalition").scope(Scope.CUMULATIVE).published("2019-06-01"),
        killed("b", CIVILIANS, 8001, null).saidBy("airwars").scope(Scope.CUMULATIVE).published("2019-06-01")))
        .hasSize(2).allMatch(i -> i.kind() == IncidentKind.SERIES);
  }

  @Test
  void aggregateClaimsAreNeverForcedIntoIncidents() {
    List<Incident> incidents = link(
        killed("a", CIVILIANS, 40).on("2018-10-20"),
        killed("b", CIVILIANS, 121, null).on("2018-10-20").scope(Scope.AGGREGATE).saidBy("russia-mod"));
    assertThat(incidents).extracting(Incident::kind).containsExactly(IncidentKind.INCIDENT, IncidentKind.SERIES);
  }

  @Test
  void sameDayInDifferentGovernoratesIsTwoIncidents() {
    assertThat(link(
        killed("a", CIVILIANS, 10).on("2017-03-01").in("Idlib"),
        killed("b", CIVILIANS, 10).on("2017-03-01").in("Aleppo"))).hasSize(2);
  }

  @Test
  void damascusAndItsCountrysideOnOneDayAreOneIncident() {
    assertThat(link(
        killed("a", CIVILIANS, 1300).on("2013-08-21").at("Zamalka", "Rif Dimashq"),
        killed("b", CIVILIANS, 1400).on("2013-08-21").in("Damascus"))).hasSize(1);
  }

  @Test
  void twoVillagesOfOneGovernorateOnOneDayAreTwoIncidents() {
    assertThat(link(
        killed("a", CIVILIANS, 10).on("2017-03-01").at("Khan Shaykhun", "Idlib"),
        killed("b", CIVILIANS, 10).on("2017-03-01").at("Saraqib", "Idlib"))).hasSize(2);
  }

  @Test
  void countryLevelClaimJoinsTheOneIncidentItFits() {
    assertThat(link(
        killed("a", CIVILIANS, 10).on("2017-03-01").in("Idlib"),
        killed("b", CIVILIANS, 12).on("2017-03-01").inCountry("SY"))).hasSize(1);
  }

  @Test
  void countryLevelClaimThatFitsTwoGovernoratesJoinsNeither() {
    List<Incident> incidents = link(
        killed("a", CIVILIANS, 10).on("2017-03-01").in("Idlib"),
        killed("b", CIVILIANS, 10).on("2017-03-01").in("Aleppo"),
        killed("c", CIVILIANS, 10).on("2017-03-01").inCountry("SY"));
    assertThat(docsPerIncident(incidents)).containsExactlyInAnyOrder(List.of("a"), List.of("b"), List.of("c"));
  }

  @Test
  void claimsInDifferentCountriesAreTwoIncidents() {
    assertThat(link(
        killed("a", CIVILIANS, 10).on("2017-03-01").inCountry("SY"),
        killed("b", CIVILIANS, 10).on("2017-03-01").inCountry("IQ"))).hasSize(2);
  }

  @Test
  void perpetratorsOfOneFamilyAreOneIncident() {
    assertThat(link(
        killed("a", CIVILIANS, 10).on("2017-03-01").by("united-states"),
        killed("b", CIVILIANS, 10).on("2017-03-01").by("us-led-coalition"))).hasSize(1);
  }

  @Test
  void syrianAndRussianJetsBlamedForOneStrikeAreOneIncident() {
    assertThat(link(
        killed("a", CIVILIANS, 18).on("2017-04-08").in("Idlib").by("russia"),
        killed("b", CIVILIANS, 15).on("2017-04-08").in("Idlib").by("syrian-government"))).hasSize(1);
  }

  @Test
  void perpetratorsOfDifferentFamiliesAreTwoIncidents() {
    assertThat(link(
        killed("a", CIVILIANS, 10).on("2017-03-01").by("russia"),
        killed("b", CIVILIANS, 10).on("2017-03-01").by("us-led-coalition"))).hasSize(2);
  }

  @Test
  void claimThatBlamesNoOneJoinsAnIncidentThatBlamesSomeone() {
    assertThat(link(
        killed("a", CIVILIANS, 10).on("2017-03-01").by("russia"),
        killed("b", CIVILIANS, 10).on("2017-03-01").by(null))).hasSize(1);
  }

  @Test
  void peopleAndCiviliansAreOneIncidentReportedAsPeople() {
    assertThat(link(
        killed("a", CIVILIANS, 10).on("2017-03-01"),
        killed("b", PEOPLE, 12).on("2017-03-01"))).singleElement()
        .extracting(Incident::victims).isEqualTo(Victims.PEOPLE);
  }

  @Test
  void civiliansAndSoldiersAreTwoIncidentsEvenWhenPeopleCouldJoinEither() {
    List<Incident> incidents = link(
        killed("a", CIVILIANS, 10).on("2017-03-01"),
        killed("b", SOLDIERS, 10).on("2017-03-01"),
        killed("c", PEOPLE, 10).on("2017-03-01"));
    assertThat(incidents).hasSize(2);
  }

  @Test
  void childrenAmongTheDeadDoNotVoteOnTheToll() {
    Incident incident = link(
        killed("a", CIVILIANS, 30).on("2017-03-01"),
        killed("b", CHILDREN, 6).on("2017-03-01")).get(0);
    assertThat(incident.victims()).isEqualTo(CIVILIANS);
    assertThat(incident.consensus()).isEqualTo(new Consensus(30, 30, 30, 30, 0));
  }

  @Test
  void reportDatedTheDayAfterLinksThroughTheSlack() {
    assertThat(link(
        killed("a", CIVILIANS, 10).on("2017-03-01"),
        killed("b", CIVILIANS, 10).published("2017-03-02"))).hasSize(1);
  }

  @Test
  void reportsTwoDaysApartAreTwoIncidents() {
    assertThat(link(
        killed("a", CIVILIANS, 10).on("2017-03-01"),
        killed("b", CIVILIANS, 10).on("2017-03-03"))).hasSize(2);
  }

  @Test
  void reportThatStatesNoTimeReachesBackToAnEventTwoDaysBefore() {
    // the extractor dates a claim that states no time to the report's day or the day before
    assertThat(link(
        killed("a", CIVILIANS, 10).on("2017-03-01"),
        killed("b", CIVILIANS, 10).guessed("2017-03-02", "2017-03-03"))).hasSize(1);
  }

  @Test
  void reportThatStatesNoTimeDoesNotAlsoTakeTheDaySlack() {
    // the reach back is the slack of a time not stated; a report three days on, with no day, is another attack
    assertThat(link(
        killed("a", CIVILIANS, 10).on("2017-03-01"),
        killed("b", CIVILIANS, 10).guessed("2017-03-03", "2017-03-04"))).hasSize(2);
    assertThat(link(
        killed("a", CIVILIANS, 10).guessed("2017-02-28", "2017-03-01"),
        killed("b", CIVILIANS, 10).guessed("2017-03-03", "2017-03-04"))).hasSize(2);
  }

  @Test
  void reportThatStatesNoTimeDoesNotReachAWeekBack() {
    assertThat(link(
        killed("a", CIVILIANS, 10).on("2017-03-01"),
        killed("b", CIVILIANS, 10).published("2017-03-06"))).hasSize(2);
  }

  @Test
  void monthLongReportCannotChainTwoDifferentDays() {
    List<Incident> incidents = link(
        killed("a", CIVILIANS, 10).on("2017-03-01"),
        killed("b", CIVILIANS, 10).on("2017-03-20"),
        killed("c", CIVILIANS, 10).during("2017-03-01", "2017-03-31"));
    assertThat(incidents).hasSize(2);
  }

  @Test
  void differentHarmsAreTwoIncidents() {
    assertThat(link(
        killed("a", CIVILIANS, 10).on("2017-03-01"),
        killed("b", CIVILIANS, 10).on("2017-03-01").harm(Harm.INJURED))).hasSize(2);
  }

  @Test
  void oneClaimantsTwoTollsInOneDocumentAreTwoIncidents() {
    assertThat(link(
        killed("a", CIVILIANS, 10).on("2017-03-01"),
        killed("a", CIVILIANS, 40).on("2017-03-01").ordinal(1))).hasSize(2);
  }

  @Test
  void twoClaimantsInOneDocumentMayReportOneIncident() {
    assertThat(link(
        killed("a", CIVILIANS, 10).on("2017-03-01").saidBy("sohr"),
        killed("a", CIVILIANS, 14).on("2017-03-01").ordinal(1).saidBy("syria-mfa"))).hasSize(1);
  }

  @Test
  void claimsOfRelatedArticlesAndCommentsAreNotLinked() {
    assertThat(link(
        killed("a", CIVILIANS, 10).on("2017-03-01").section("related"),
        killed("b", CIVILIANS, 10).on("2017-03-01").section("comment"))).isEmpty();
  }

  @Test
  void undatedClaimStaysAlone() {
    assertThat(link(killed("a", CIVILIANS, 10), killed("b", CIVILIANS, 10))).hasSize(2);
  }

  @Test
  void addingDocumentsOneByOneGivesWhatLinkingAllAtOnceGives() {
    List<ClaimFixture> corpus = List.of(
        killed("a", SOLDIERS, 62).on("2016-09-17").in("Deir ez-Zor"),
        killed("b", SOLDIERS, 81, null).during("2016-09-01", "2016-09-30"),
        killed("c", PEOPLE, 20, null).on("2016-10-03").in("Al-Hasakah"),
        killed("d", PEOPLE, 32).published("2016-10-04"),
        killed("e", CIVILIANS, 173).saidBy("us-military").scope(Scope.CUMULATIVE).published("2016-12-01"),
        killed("f", CIVILIANS, 1319, null).saidBy("us-led-coalition").scope(Scope.CUMULATIVE).published("2019-06-01"));
    List<Incident> stepwise = List.of();
    for (ClaimFixture claim : corpus) {
      stepwise = linker.add(stepwise, List.of(claim.ref())).incidents();
    }
    assertThat(stepwise).isEqualTo(linker.link(corpus.stream().map(ClaimFixture::ref).toList()));
  }

  @Test
  void addingAClaimRecomputesOnlyTheIncidentsOfItsWeeks() {
    List<Incident> before = link(
        killed("a", CIVILIANS, 10).on("2017-03-01"),
        killed("b", CIVILIANS, 10).on("2017-06-01"));
    LinkUpdate update = linker.add(before, List.of(killed("c", CIVILIANS, 12).on("2017-03-01").ref()));
    assertThat(update.removed()).containsExactly("inc:a#0");
    assertThat(update.written()).singleElement().satisfies(i -> assertThat(i.claims()).hasSize(2));
    assertThat(update.incidents()).hasSize(2);
  }

  @Test
  void addingClaimsAlreadyLinkedChangesNothing() {
    List<ClaimRef> claims = List.of(killed("a", CIVILIANS, 10).on("2017-03-01").ref());
    LinkUpdate update = linker.add(linker.link(claims), claims);
    assertThat(update.written()).isEmpty();
    assertThat(update.removed()).isEmpty();
    assertThat(update.incidents()).hasSize(1);
  }

  @Test
  void manyClaimsOnDistinctDaysLinkWithoutComparingAllPairs() {
    List<ClaimRef> claims = new ArrayList<>();
    for (int day = 0; day < 2000; day++) {
      String date = java.time.LocalDate.parse("2015-01-01").plusDays(day * 3L).toString();
      claims.add(killed("x" + day, CIVILIANS, 5).on(date).ref());
      claims.add(killed("y" + day, CIVILIANS, 7).on(date).ref());
    }
    List<Incident> incidents = linker.link(claims);
    assertThat(incidents).hasSize(2000).allMatch(i -> i.claims().size() == 2);
  }

  @Test
  void tollsThatDifferWildlyOnOneDayAndPlaceAreTwoIncidents() {
    assertThat(link(
        killed("a", PEOPLE, 5).on("2017-03-01").in("Aleppo"),
        killed("b", PEOPLE, 200).on("2017-03-01").in("Aleppo"))).hasSize(2);
  }

  @Test
  void aTollThatGrowsWithinTheRatioIsOneIncident() {
    assertThat(link(
        killed("a", PEOPLE, 20).on("2017-04-15").in("Aleppo"),
        killed("b", PEOPLE, 126).on("2017-04-15").in("Aleppo"))).hasSize(1);
  }

  @Test
  void aLowerBoundFitsAnyHigherToll() {
    assertThat(link(
        killed("a", PEOPLE, 3, null).on("2017-04-04").in("Idlib"),
        killed("b", PEOPLE, 100).on("2017-04-04").in("Idlib"))).hasSize(1);
  }

  @Test
  void partsOfATollDoNotSplitByTheRatio() {
    assertThat(link(
        killed("a", PEOPLE, 100).on("2017-04-04").in("Idlib"),
        killed("b", CHILDREN, 2).on("2017-04-04").in("Idlib"))).hasSize(1);
  }

  @Test
  void aPartOfTheTollJoinsItsOwnDocumentsIncident() {
    List<Incident> incidents = link(
        killed("a", PEOPLE, 18).on("2017-04-08").in("Idlib"),
        killed("a", CHILDREN, 5).on("2017-04-08").in("Idlib").ordinal(1),
        killed("b", CIVILIANS, 18).on("2017-04-08").in("Idlib"));
    assertThat(incidents).singleElement().satisfies(i -> assertThat(i.claims()).hasSize(3));
  }

  @Test
  void oneClaimantsFigureRepeatedInOneDocumentIsOneIncident() {
    assertThat(link(
        killed("a", PEOPLE, 22, null).on("2016-10-03").in("Al-Hasakah").saidBy("sohr"),
        killed("a", CIVILIANS, 22, null).on("2016-10-03").in("Al-Hasakah").saidBy("sohr").ordinal(1))).hasSize(1);
  }

  @Test
  void aRegionClaimJoinsTheIncidentInOneOfItsGovernorates() {
    List<Incident> incidents = link(
        killed("a", PEOPLE, 20, null).on("2016-10-03").in("Al-Hasakah"),
        killed("b", PEOPLE, 25).on("2016-10-03").in("Idlib"),
        killed("c", PEOPLE, 32).on("2016-10-03").inRegion("northeast Syria", "SY"));
    assertThat(docsPerIncident(incidents)).containsExactlyInAnyOrder(List.of("a", "c"), List.of("b"));
  }

  @Test
  void aRegionClaimDoesNotJoinAnIncidentOutsideItsGovernorates() {
    assertThat(link(
        killed("a", PEOPLE, 25).on("2016-10-03").in("Idlib"),
        killed("b", PEOPLE, 32).on("2016-10-03").inRegion("North-Eastern Syria", "SY"))).hasSize(2);
  }

  @Test
  void aGovernoratesSeatJoinsAVillageOfThatGovernorate() {
    assertThat(link(
        killed("a", PEOPLE, 20, null).on("2016-10-03").at("Al Hasakah", "Al-Hasakah"),
        killed("b", PEOPLE, 22, null).on("2016-10-03").at("Tall Tawil", "Al-Hasakah"))).hasSize(1);
  }

  @Test
  void aCountryClaimJoinsAnIncidentFarMoreWidelyReportedThanTheOthers() {
    List<Incident> incidents = link(
        killed("a", PEOPLE, 58, null).on("2017-04-04").in("Idlib"),
        killed("b", PEOPLE, 70, null).on("2017-04-04").in("Idlib"),
        killed("c", PEOPLE, 86).on("2017-04-04").in("Idlib"),
        killed("d", PEOPLE, 22).on("2017-04-04").in("Damascus"),
        killed("e", PEOPLE, 80).on("2017-04-04").inCountry("SY"));
    assertThat(docsPerIncident(incidents)).containsExactlyInAnyOrder(List.of("a", "b", "c", "e"), List.of("d"));
  }

  @Test
  void hasakahWeddingAsFourOutletsPlaceItIsOneIncidentSpanningAllTolls() {
    List<Incident> incidents = link(
        killed("tr", PEOPLE, 20, null).on("2016-10-03").at("Al Hasakah", "Al-Hasakah").saidBy("sohr"),
        killed("na", PEOPLE, 22, null).on("2016-10-03").in("Al-Hasakah").saidBy("sohr"),
        killed("na", CIVILIANS, 22, null).on("2016-10-03").at("Tall Tawil", "Al-Hasakah").saidBy("sohr").ordinal(1),
        killed("ah", PEOPLE, 32).on("2016-10-03").inRegion("northeast Syria", "SY").saidBy("local-sources"),
        killed("ah", PEOPLE, 31).on("2016-10-03").in("Al-Hasakah").ordinal(1));
    assertThat(incidents).singleElement().satisfies(i -> {
      assertThat(i.consensus().low()).isEqualTo(20);
      assertThat(i.consensus().high()).isEqualTo(32);
      assertThat(i.claims()).extracting(ClaimRef::doc).contains("tr", "na", "ah");
    });
  }
}
