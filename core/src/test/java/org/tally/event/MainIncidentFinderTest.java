package org.tally.event;

import org.tally.model.ClaimSection;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tally.model.Claim;
import org.tally.model.ClaimPlace;
import org.tally.model.ClaimTime;
import org.tally.model.Count;
import org.tally.model.Harm;
import org.tally.model.PlacePrecision;
import org.tally.model.Scope;
import org.tally.model.Span;
import org.tally.model.Stance;
import org.tally.model.Victims;

class MainIncidentFinderTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2019, 5, 10);
  private static final ClaimPlace HOL = new ClaimPlace("al-Hol camp", "Al-Hol", "Al-Hasakah", "SY", null, null, PlacePrecision.POINT, null);

  private static Claim claim(Harm harm, Victims victims, int min, Integer max, Scope scope, String section, int sentence,
      ClaimPlace place, ClaimTime when) {
    return new Claim("d", harm, victims, new Count(min, max, false, new Span(sentence, sentence + 2)), "n", null, "outlet",
        place, when, scope, Stance.ASSERTED, null,
        ClaimSection.valueOf(section.toUpperCase(java.util.Locale.ROOT)), new Span(sentence, sentence + 50));
  }

  @Test
  void backgroundTotalsAreNotTheIncident() {
    ClaimTime thursday = new ClaimTime(LocalDate.of(2019, 5, 9), LocalDate.of(2019, 5, 9), "on Thursday", null);
    MainIncident incident = MainIncidentFinder.find(List.of(
        claim(Harm.KILLED, Victims.WOMEN, 2, 2, Scope.INCIDENT, "body", 0, HOL, thursday),
        claim(Harm.KILLED, Victims.PEOPLE, 19, 19, Scope.AGGREGATE, "body", 100, HOL, null)), null, PUBLISHED);
    assertThat(incident.killedMin()).isEqualTo(2);
    assertThat(incident.date()).isEqualTo(LocalDate.of(2019, 5, 9));
    assertThat(incident.location().admin1()).isEqualTo("Al-Hasakah");
  }

  @Test
  void tollAddsDisjointGroupsOfTheLeadSentence() {
    MainIncident incident = MainIncidentFinder.find(List.of(
        claim(Harm.KILLED, Victims.CIVILIANS, 5, 5, Scope.INCIDENT, "body", 0, null, null),
        claim(Harm.KILLED, Victims.SOLDIERS, 3, 3, Scope.INCIDENT, "body", 0, null, null)), null, PUBLISHED);
    assertThat(incident.killedMin()).isEqualTo(8);
    assertThat(incident.killedMax()).isEqualTo(8);
  }

  @Test
  void aCountTheLeadSentencePlacesElsewhereIsAnotherIncidentsToll() {
    ClaimPlace damascus = new ClaimPlace("near the capital", "Damascus", "Damascus", "SY", null, null,
        PlacePrecision.POINT, null);
    ClaimPlace khanShaykhun = new ClaimPlace("in Khan Sheikhun", "Khan Shaykhun", "Idlib", "SY", null, null,
        PlacePrecision.POINT, null);
    MainIncident incident = MainIncidentFinder.find(List.of(
        claim(Harm.KILLED, Victims.PEOPLE, 19, null, Scope.INCIDENT, "body", 0, damascus, null),
        claim(Harm.KILLED, Victims.PEOPLE, 24, null, Scope.INCIDENT, "body", 0, khanShaykhun, null)), null, PUBLISHED);
    assertThat(incident.killedMin()).isEqualTo(19);
    assertThat(incident.location()).isEqualTo(damascus);
    assertThat(incident.leadCount()).isEqualTo(new Span(0, 2));
  }

  @Test
  void leadThatCountsTheWoundedGivesWayToTheDeadOfTheNextSentence() {
    MainIncident incident = MainIncidentFinder.find(List.of(
        claim(Harm.INJURED, Victims.PEOPLE, 200, null, Scope.INCIDENT, "body", 0, HOL, null),
        claim(Harm.KILLED, Victims.PEOPLE, 58, null, Scope.INCIDENT, "body", 100, HOL, null)), null, PUBLISHED);
    assertThat(incident.leadCount()).isEqualTo(new Span(100, 102));
    assertThat(incident.killedMin()).isEqualTo(58);
  }

  @Test
  void childrenCountedInsideCiviliansAreNotAddedAgain() {
    MainIncident incident = MainIncidentFinder.find(List.of(
        claim(Harm.KILLED, Victims.CIVILIANS, 51, null, Scope.INCIDENT, "body", 0, null, null),
        claim(Harm.KILLED, Victims.CHILDREN, 4, 4, Scope.INCIDENT, "body", 0, null, null)), null, PUBLISHED);
    assertThat(incident.killedMin()).isEqualTo(51);
    assertThat(incident.killedMax()).isNull();
  }

  @Test
  void headlineLeadsAndTheBodySaysWhere() {
    MainIncident incident = MainIncidentFinder.find(List.of(
        claim(Harm.KILLED, Victims.PEOPLE, 16, null, Scope.INCIDENT, "title", 0, null, null),
        claim(Harm.KILLED, Victims.PEOPLE, 16, null, Scope.INCIDENT, "body", 100, HOL, null)), null, PUBLISHED);
    assertThat(incident.killedMin()).isEqualTo(16);
    assertThat(incident.location()).isEqualTo(HOL);
    assertThat(incident.date()).isEqualTo(PUBLISHED);
  }

  @Test
  void articleWithoutIncidentFallsBackToTheDocument() {
    ClaimPlace syria = new ClaimPlace(null, "Syria", null, "SY", null, null, PlacePrecision.COUNTRY, null);
    MainIncident incident = MainIncidentFinder.find(List.of(
        claim(Harm.KILLED, Victims.PEOPLE, 400000, null, Scope.CUMULATIVE, "body", 0, null, null)), syria, PUBLISHED);
    assertThat(incident.hasToll()).isFalse();
    assertThat(incident.location()).isEqualTo(syria);
    assertThat(incident.date()).isEqualTo(PUBLISHED);
  }

  @Test
  void anEarlierAttackRecalledAfterAnArrestIsNotTheIncidentsToll() {
    // "Police arrested 12 people yesterday." ... "a bombing that killed five civilians in March"
    ClaimTime yesterday = new ClaimTime(LocalDate.of(2019, 5, 9), LocalDate.of(2019, 5, 9), "yesterday", null);
    ClaimTime march = new ClaimTime(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31), "in March", null);
    MainIncident incident = MainIncidentFinder.find(List.of(
        claim(Harm.DETAINED, Victims.PEOPLE, 12, 12, Scope.INCIDENT, "body", 0, HOL, yesterday),
        claim(Harm.KILLED, Victims.CIVILIANS, 5, 5, Scope.INCIDENT, "body", 100, HOL, march)), null, PUBLISHED);
    assertThat(incident.killedMin()).isNull();
    assertThat(incident.date()).isEqualTo(LocalDate.of(2019, 5, 9));
  }

  @Test
  void theDeadOfTheLeadsDayAfterAnArrestAreItsToll() {
    ClaimTime thursday = new ClaimTime(LocalDate.of(2019, 5, 9), LocalDate.of(2019, 5, 9), "on Thursday", null);
    MainIncident incident = MainIncidentFinder.find(List.of(
        claim(Harm.DETAINED, Victims.FIGHTERS, 3, 3, Scope.INCIDENT, "body", 0, HOL, thursday),
        claim(Harm.KILLED, Victims.FIGHTERS, 2, 2, Scope.INCIDENT, "body", 100, HOL, thursday)), null, PUBLISHED);
    assertThat(incident.killedMin()).isEqualTo(2);
  }

  @Test
  void aLeadWithNoTimeHappenedByTheReportsDay() {
    ClaimTime lastMonth = new ClaimTime(LocalDate.of(2019, 4, 1), LocalDate.of(2019, 4, 30), "last month", null);
    MainIncident incident = MainIncidentFinder.find(List.of(
        claim(Harm.DETAINED, Victims.PEOPLE, 1, 1, Scope.INCIDENT, "body", 0, HOL, null),
        claim(Harm.KILLED, Victims.WOMEN, 1, 1, Scope.INCIDENT, "body", 100, HOL, lastMonth)), null, PUBLISHED);
    assertThat(incident.killedMin()).isNull();
  }
}
