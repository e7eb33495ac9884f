package org.tally.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.link.ClaimFixture.killed;
import static org.tally.model.Victims.CIVILIANS;
import static org.tally.model.Victims.PEOPLE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.model.Scope;

/**
 * Issue 13: a toll a text gives over a multi-day operation's few stated days ("killed 84 in the past three days",
 * "since the offensive began on Friday") is one incident with the reports of the operation's days, by the same side
 * in the same governorate; a strike after the operation, a month's toll, another side's strike and another
 * governorate's are not. Invented reports of an offensive from Friday 4 to Sunday 6 March 2022.
 */
class OperationLinkingTest {
  private final IncidentLinker linker = IncidentLinker.from(Lexicons.bundled());

  private List<Incident> link(ClaimFixture... claims) {
    return linker.link(Arrays.stream(claims).map(ClaimFixture::ref).toList());
  }

  /** Monday's statement: the past three days, counted back from Monday, are Friday to Sunday. */
  private static ClaimFixture threeDayToll() {
    return killed("mon-statement", PEOPLE, 84).scope(Scope.AGGREGATE).by("syrian-opposition")
        .during("2022-03-04", "2022-03-07").published("2022-03-07").in("Hama")
        .says("The army said rebel shelling had killed 84 people in the city during the past three days.");
  }

  private static ClaimFixture fridayRockets() {
    return killed("fri-report", CIVILIANS, 13).by("syrian-opposition").guessed("2022-03-03", "2022-03-04")
        .in("Hama").says("Rebel rockets killed 13 civilians in residential districts of the city.");
  }

  private static ClaimFixture sundayToll() {
    return killed("sun-report", CIVILIANS, 38).by("syrian-opposition").on("2022-03-06", "Sunday")
        .published("2022-03-06").in("Hama")
        .says("Fierce fighting raged on Sunday on the city's edges, where 38 civilians have been killed.");
  }

  private static List<String> docsWith(List<Incident> incidents, String doc) {
    return incidents.stream().filter(i -> i.kind() == IncidentKind.INCIDENT)
        .filter(i -> i.claims().stream().anyMatch(c -> c.doc().equals(doc)))
        .flatMap(i -> i.claims().stream().map(ClaimRef::doc)).distinct().sorted().toList();
  }

  @Test
  void anOperationsTollJoinsTheReportsOfItsDays() {
    List<Incident> incidents = link(threeDayToll(), fridayRockets(), sundayToll());
    assertThat(docsWith(incidents, "mon-statement")).containsExactly("fri-report", "mon-statement", "sun-report");
    Incident operation = incidents.stream().filter(i -> i.claims().size() == 3).findFirst().orElseThrow();
    // the incident lasts the operation's days, and its days' tolls are its parts, not figures that contradict it
    assertThat(operation.when()).isEqualTo(new DaySpan(LocalDate.of(2022, 3, 4), LocalDate.of(2022, 3, 6)));
    assertThat(operation.consensus().contradiction()).isFalse();
  }

  @Test
  void withoutTheOperationsTollItsDaysStayApart() {
    // Friday's rockets and Sunday's fighting are two days' incidents: only the operation's toll tells they are one
    assertThat(docsWith(link(fridayRockets(), sundayToll()), "fri-report")).containsExactly("fri-report");
  }

  @Test
  void aStrikeTheDayAfterTheOperationIsNotIt() {
    // printed on Monday, stating no day: Monday's rockets, after the three days the statement counts
    List<Incident> incidents = link(threeDayToll(), fridayRockets(),
        killed("mon-report", PEOPLE, 3).by("syrian-opposition").guessed("2022-03-06", "2022-03-07").in("Hama")
            .says("Three people were killed in a rocket attack on houses in the city."));
    assertThat(docsWith(incidents, "mon-report")).containsExactly("mon-report");
    assertThat(docsWith(incidents, "mon-statement")).containsExactly("fri-report", "mon-statement");
  }

  @Test
  void aMonthsTollIsNoOperation() {
    List<Incident> incidents = link(fridayRockets(), sundayToll(),
        killed("month", PEOPLE, 300).scope(Scope.AGGREGATE).by("syrian-opposition").during("2022-03-01", "2022-03-31")
            .published("2022-03-31").in("Hama").says("Rebel shelling killed 300 people in the city in March."));
    assertThat(docsWith(incidents, "fri-report")).containsExactly("fri-report");
    assertThat(incidents.stream().filter(i -> i.claims().stream().anyMatch(c -> c.doc().equals("month"))))
        .allMatch(i -> i.kind() == IncidentKind.SERIES);
  }

  @Test
  void anotherSidesStrikeInTheOperationsDaysIsNotIt() {
    List<Incident> incidents = link(threeDayToll(), fridayRockets(),
        killed("sat-raids", CIVILIANS, 20).by("russia").on("2022-03-05", "Saturday").published("2022-03-05")
            .in("Hama").says("Russian air strikes killed 20 civilians in rebel-held villages on Saturday."));
    assertThat(docsWith(incidents, "sat-raids")).containsExactly("sat-raids");
  }

  @Test
  void theSameDaysInAnotherGovernorateAreNotIt() {
    List<Incident> incidents = link(threeDayToll(),
        killed("idlib", CIVILIANS, 11).by("syrian-opposition").on("2022-03-05", "Saturday").published("2022-03-05")
            .in("Idlib").says("Rebel shells killed 11 civilians in a town on Saturday."));
    assertThat(docsWith(incidents, "idlib")).containsExactly("idlib");
  }

  @Test
  void aDaysTollAboveTheOperationsIsAnotherEvent() {
    List<Incident> incidents = link(threeDayToll(),
        killed("big", CIVILIANS, 120).by("syrian-opposition").on("2022-03-05", "Saturday").published("2022-03-05")
            .in("Hama").says("Rebel car bombs killed 120 civilians in the city on Saturday."));
    assertThat(docsWith(incidents, "big")).containsExactly("big");
  }

  @Test
  void twoTollsOfOneOperationOverOverlappingDaysJoin() {
    List<Incident> incidents = link(threeDayToll(),
        killed("sun-monitor", PEOPLE, 60).scope(Scope.AGGREGATE).by("syrian-opposition")
            .during("2022-03-04", "2022-03-06").published("2022-03-06").in("Hama")
            .says("Rebel shelling has killed 60 people in the city since the offensive began on Friday."));
    assertThat(docsWith(incidents, "mon-statement")).containsExactly("mon-statement", "sun-monitor");
  }

  @Test
  void anOperationsTollThatNamesNoAttackerGathersNothing() {
    List<Incident> incidents = link(threeDayToll().by(null), fridayRockets(), sundayToll());
    assertThat(docsWith(incidents, "mon-statement")).containsExactly("mon-statement");
  }

  @Test
  void blockByBlockGivesTheSameOperation() {
    List<ClaimRef> claims = new ArrayList<>(List.of(threeDayToll().ref(), fridayRockets().ref(), sundayToll().ref(),
        killed("mon-report", PEOPLE, 3).by("syrian-opposition").guessed("2022-03-06", "2022-03-07").in("Hama")
            .says("Three people were killed in a rocket attack on houses in the city.").ref()));
    claims.sort(Comparator.comparing((ClaimRef r) -> DaySpan.of(r).orElseThrow().start()));
    List<Incident> swept = new ArrayList<>();
    linker.linkIncidents(claims::forEach, swept::add);
    Comparator<Incident> byId = Comparator.comparing(Incident::id);
    assertThat(swept.stream().sorted(byId).toList())
        .isEqualTo(linker.link(claims).stream().filter(i -> i.kind() == IncidentKind.INCIDENT).sorted(byId).toList());
    assertThat(docsWith(swept, "mon-statement")).containsExactly("fri-report", "mon-statement", "sun-report");
  }

  @Test
  void thePastDaysOfAStatementEndTheDayBefore() {
    assertThat(Operations.span(threeDayToll().ref()))
        .contains(new DaySpan(LocalDate.of(2022, 3, 4), LocalDate.of(2022, 3, 6)));
    // a stretch that ends before its report's day keeps its days
    assertThat(Operations.span(threeDayToll().published("2022-03-08").ref()))
        .contains(new DaySpan(LocalDate.of(2022, 3, 4), LocalDate.of(2022, 3, 7)));
  }

  @Test
  void anArticlesOwnAttackBesideItsOperationsTollStaysApart() {
    // one article: "24 civilians died in one air attack on Saturday" and "140 civilians dead in just two days"
    List<Incident> incidents = link(
        killed("article", CIVILIANS, 24).by("us-led-coalition").on("2022-03-05", "Saturday").published("2022-03-10")
            .in("Aleppo").says("In one air attack on Saturday, as many as 24 civilians died near the town."),
        killed("article", CIVILIANS, 140).ordinal(1).scope(Scope.AGGREGATE).by("us-led-coalition")
            .during("2022-03-05", "2022-03-06").published("2022-03-10").saidBy("syrian-government").in("Aleppo")
            .says("The ministry said air raids had left some 140 civilians dead in just two days."));
    assertThat(incidents.stream().filter(i -> i.kind() == IncidentKind.INCIDENT)).allMatch(i -> i.claims().size() == 1);
    // another outlet's report of Saturday's attack joins the operation
    List<Incident> across = link(
        killed("other", CIVILIANS, 24).by("us-led-coalition").on("2022-03-05", "Saturday").published("2022-03-06")
            .in("Aleppo").says("An air attack on Saturday killed 24 civilians near the town."),
        killed("article", CIVILIANS, 140).ordinal(1).scope(Scope.AGGREGATE).by("us-led-coalition")
            .during("2022-03-05", "2022-03-06").published("2022-03-10").saidBy("syrian-government").in("Aleppo")
            .says("The ministry said air raids had left some 140 civilians dead in just two days."));
    assertThat(docsWith(across, "other")).containsExactly("article", "other");
  }
}
