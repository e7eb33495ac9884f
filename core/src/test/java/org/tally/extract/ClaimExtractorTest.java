package org.tally.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tally.extract.ExtractionFixture.claims;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tally.model.Claim;
import org.tally.model.Harm;
import org.tally.model.Scope;
import org.tally.model.Stance;
import org.tally.model.Victims;

class ClaimExtractorTest {
  private static Claim only(List<Claim> claims) {
    assertThat(claims).hasSize(1);
    return claims.get(0);
  }

  @Test
  @DisplayName("\"18 civilians were killed and dozens injured\": the injured are civilians too")
  void ellipsisCarriesTheVictims() {
    List<Claim> claims = claims("At least 18 civilians were killed and dozens injured in the raid.");
    assertThat(claims).extracting(Claim::harm, Claim::victims, c -> c.count().min(), c -> c.count().max())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Harm.KILLED, Victims.CIVILIANS, 18, null),
            org.assertj.core.groups.Tuple.tuple(Harm.INJURED, Victims.CIVILIANS, 24, null));
  }

  @Test
  void othersTakeTheVictimsBeforeThem() {
    List<Claim> claims = claims("The strike left over 80 army troops dead and some 100 others wounded.");
    assertThat(claims).extracting(Claim::victims).containsExactly(Victims.SOLDIERS, Victims.SOLDIERS);
    assertThat(claims.get(1).harm()).isEqualTo(Harm.INJURED);
  }

  @Test
  void nestedPartitiveIsASecondClaim() {
    List<Claim> claims = claims("The strikes had likely killed at least 459 civilians, over a hundred of them children.");
    assertThat(claims).extracting(Claim::victims).containsExactly(Victims.CIVILIANS, Victims.CHILDREN);
    assertThat(claims.get(1).count().min()).isEqualTo(101);
    assertThat(claims.get(1).harm()).isEqualTo(Harm.KILLED);
  }

  @Test
  void countOfReportsIsNotACasualtyCount() {
    assertThat(claims("The alliance said it was still assessing 159 additional reports of civilian casualties.")).isEmpty();
  }

  @Test
  void countOfStrikesBecomesTheAttacksOfTheClaim() {
    Claim claim = only(claims("Coalition aircraft carried out four strikes near the airport, leaving 62 soldiers killed."));
    assertThat(claim.attacks()).isEqualTo(4);
    assertThat(claim.count().min()).isEqualTo(62);
  }

  @Test
  void hypotheticalHarmIsNoClaim() {
    assertThat(claims("Aid groups warned the offensive could kill thousands of civilians.")).isEmpty();
  }

  @Test
  void dayOfMonthIsNotACount() {
    assertThat(claims("Civilians were killed on December 7 in the village.")).isEmpty();
  }

  @Test
  void yearIsNotACount() {
    assertThat(claims("The group was driven from the city, killed in 2016 by its rivals.")).isEmpty();
  }

  @Test
  void bodiesUnderTheRubbleAreDead() {
    Claim claim = only(claims("Thousands of bodies are still under the rubble of the destroyed buildings."));
    assertThat(claim.harm()).isEqualTo(Harm.KILLED);
    assertThat(claim.count().min()).isEqualTo(2000);
  }

  @Test
  void livesClaimedAreDeaths() {
    Claim claim = only(claims("A strike on a village that claimed at least six lives."));
    assertThat(claim.harm()).isEqualTo(Harm.KILLED);
    assertThat(claim.count().min()).isEqualTo(6);
  }

  @Test
  void forcedToFleeIsDisplacement() {
    Claim claim = only(claims("More than 130,000 Syrians had been forced to flee their homes."));
    assertThat(claim.harm()).isEqualTo(Harm.DISPLACED);
    assertThat(claim.count().min()).isEqualTo(130001);
  }

  @Test
  void accordingToNamesTheClaimant() {
    Claim claim = only(claims("Scores of civilians have been killed in US-led coalition strikes, according to the Russian Defense Ministry."));
    assertThat(claim.claimant()).isEqualTo("russia-mod");
    assertThat(claim.perpetrator()).isEqualTo("us-led-coalition");
  }

  @Test
  void subjectOfReportingVerbIsTheClaimantEvenPastAnApposition() {
    Claim claim = only(claims("Airwars, an NGO that monitors civilian casualties, estimates more than 8,000 civilians have been killed in US-led raids."));
    assertThat(claim.claimant()).isEqualTo("airwars");
    assertThat(claim.stance()).isEqualTo(Stance.ESTIMATED);
  }

  @Test
  void firstOfTwoJointClaimantsLeads() {
    Claim claim = only(claims("Amnesty International and Airwars found that strikes by the US and its allies killed more than 1,600 civilians."));
    assertThat(claim.claimant()).isEqualTo("amnesty-international");
    assertThat(claim.perpetrator()).isEqualTo("us-led-coalition");
  }

  @Test
  void pronounPointsBackToTheLastClaimant() {
    List<Claim> claims = claims("The US military said the raids were lawful. It added that as many as 24 civilians died near Manbij.");
    assertThat(only(claims).claimant()).isEqualTo("us-military");
  }

  @Test
  void perpetratorConcedingIsAnAdmission() {
    Claim claim = only(claims("The US military admitted that some 54 civilians had lost their lives in its air raids."));
    assertThat(claim.stance()).isEqualTo(Stance.ADMITTED);
    assertThat(claim.perpetrator()).isEqualTo("us-military");
  }

  @Test
  void unattributedNumberIsTheOutletsOwn() {
    Claim claim = only(claims("On September 17, US-led coalition aircraft struck the Syrian army, leaving 62 soldiers killed."));
    assertThat(claim.claimant()).isEqualTo("outlet");
    assertThat(claim.perpetrator()).isEqualTo("us-led-coalition");
  }

  @Test
  void targetAfterAgainstIsNotThePerpetrator() {
    Claim claim = only(claims("Jets carried out strikes against the Syrian army, leaving 62 soldiers killed."));
    assertThat(claim.perpetrator()).isNotEqualTo("syrian-government");
  }

  @Test
  void nameBeforeAHeadlineColonIsTheClaimantNotThePerpetrator() {
    Claim claim = only(claims("Syrian opposition: 1300 killed in chemical attack on Ghouta region."));
    assertThat(claim.claimant()).isEqualTo("syrian-opposition");
    assertThat(claim.perpetrator()).isNull();
  }

  @Test
  void narrationAfterCommentingOnIsTheOutletsOwn() {
    Claim claim = only(claims("\"Weddings become targets,\" Konashenkov said, commenting on a strike on a village that claimed at least six lives."));
    assertThat(claim.claimant()).isEqualTo("outlet");
  }

  @Test
  void headlineAndBodyRestatingOneNumberAreOneClaim() {
    List<Claim> claims = claims("Over 120 civilians killed by US-led coalition airstrikes – Russian military",
        "More than 120 civilians have died over the past month, the Russian Defense Ministry said.");
    Claim claim = only(claims);
    assertThat(claim.claimant()).isEqualTo("russia-mod");
    assertThat(claim.scope()).isEqualTo(Scope.AGGREGATE);
  }

  @Test
  void evidenceIsTheSentenceAndTheCountSpanItsWords() {
    String body = "The town was quiet. At least 16 people were killed in a blast on Tuesday.";
    Claim claim = only(claims(body));
    assertThat(body.substring(claim.evidence().start(), claim.evidence().end())).startsWith("At least 16 people");
    assertThat(body.substring(claim.count().span().start(), claim.count().span().end())).isEqualTo("At least 16");
  }

  @Test
  void sinceMakesACumulativeClaim() {
    Claim claim = only(claims("The coalition has admitted killing over 1,300 civilians since it started its campaign in 2014."));
    assertThat(claim.scope()).isEqualTo(Scope.CUMULATIVE);
  }

  @Test
  void leadOfSingleSourceWireCopyIsThatSources() {
    List<Claim> claims = claims("At least 29 rebels were killed in clashes overnight. "
        + "The fighters died near the Castello Road, the Syrian Observatory for Human Rights said.");
    assertThat(claims).extracting(Claim::claimant).containsOnly("sohr");
  }

  @Test
  void twoSourcesLeaveTheUnattributedToTheOutlet() {
    List<Claim> claims = claims("At least 29 rebels were killed in clashes overnight. "
        + "The Syrian Observatory for Human Rights said the road was cut. SANA said troops advanced.");
    assertThat(only(claims).claimant()).isEqualTo("outlet");
  }

  @Test
  void coordinatedGroupsShareTheHarmThatFollowsThem() {
    List<Claim> claims = claims("Some 30 regime soldiers and 39 rebel fighters had been killed in battles around the town.");
    assertThat(claims).extracting(Claim::victims, Claim::harm).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Victims.SOLDIERS, Harm.KILLED),
        org.assertj.core.groups.Tuple.tuple(Victims.FIGHTERS, Harm.KILLED));
  }

  @Test
  void asWellAsAddsAGroupToTheSameHarm() {
    List<Claim> claims = claims("The explosion killed 2 women as well as 2 soldiers.");
    assertThat(claims).extracting(Claim::victims).containsExactly(Victims.WOMEN, Victims.SOLDIERS);
    assertThat(claims.get(1).harm()).isEqualTo(Harm.KILLED);
  }

  @Test
  void othersAfterWomenArePeople() {
    List<Claim> claims = claims("The blast killed 2 women, wounding several others.");
    assertThat(claims.get(1).victims()).isEqualTo(Victims.PEOPLE);
    assertThat(claims.get(1).harm()).isEqualTo(Harm.INJURED);
  }

  @Test
  void includedGroupTakesTheHarmOfTheWhole() {
    List<Claim> claims = claims("At least 51 civilians including four children were killed in air raids on Saturday.");
    assertThat(claims).extracting(Claim::victims, c -> c.count().min()).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Victims.CIVILIANS, 51),
        org.assertj.core.groups.Tuple.tuple(Victims.CHILDREN, 4));
    assertThat(claims).extracting(Claim::harm).containsOnly(Harm.KILLED);
  }

  @Test
  void noCivilianKilledIsNoClaim() {
    assertThat(claims("No civilians were killed in the raid, the ministry said.")).isEmpty();
  }

  @Test
  void mentioningTheWarDoesNotMakeOneAttackAWarTotal() {
    Claim claim = only(claims("A suicide bomber killed four people in an attack that took the civil war to the town."));
    assertThat(claim.scope()).isEqualTo(Scope.INCIDENT);
  }

  @Test
  void oneAttackThatHasKilledIsAnIncident() {
    Claim claim = only(claims("Fierce government bombardment of an opposition-held town has killed 43 people, a monitor said."));
    assertThat(claim.scope()).isEqualTo(Scope.INCIDENT);
  }

  @Test
  void aPeriodOfARelativeClauseAfterThePeopleIsNotTheCounts() {
    Claim claim = only(claims("Police arrested four men suspected of helping a bomber who attacked a checkpoint last week."));
    assertThat(claim.scope()).isEqualTo(Scope.INCIDENT);
  }

  @Test
  void aPeriodOfARunningTotalAfterThePeopleIsNotTheCounts() {
    Claim claim = claims("A shepherd was killed by a landmine, bringing the number killed since January to 40.").get(0);
    assertThat(claim.scope()).isEqualTo(Scope.INCIDENT);
  }

  @Test
  void attacksOfLastYearAreAPeriodsToll() {
    Claim claim = only(claims("Insurgent attacks killed 11 soldiers in the district last year."));
    assertThat(claim.scope()).isEqualTo(Scope.AGGREGATE);
  }

  @Test
  void aMonthOfLastYearIsADate() {
    Claim claim = only(claims("In August last year another car bomb killed at least 27 people in the suburb."));
    assertThat(claim.scope()).isEqualTo(Scope.INCIDENT);
  }

  @Test
  void aPeriodBeforeARelativeClauseIsStillTheCounts() {
    Claim claim = only(claims("Forty civilians died last week in the villages that the army shelled."));
    assertThat(claim.scope()).isEqualTo(Scope.AGGREGATE);
  }

  @Test
  void anActorThatHasKilledKeepsARunningTotal() {
    Claim claim = only(claims("The regime has killed 3,000 children, the monitor said."));
    assertThat(claim.scope()).isEqualTo(Scope.CUMULATIVE);
  }

  @Test
  void verbRightBeforeTheCountBeatsAnotherHarmFurtherOn() {
    List<Claim> claims = claims("The coalition said the attack killed more than 100 people including 25 children and injured 400 others.");
    assertThat(claims).extracting(Claim::harm, c -> c.count().min()).contains(
        org.assertj.core.groups.Tuple.tuple(Harm.KILLED, 101), org.assertj.core.groups.Tuple.tuple(Harm.INJURED, 400));
  }

  @Test
  void warTotalIsCumulative() {
    Claim claim = only(claims("More than 400,000 people have been killed in the war, the monitor said."));
    assertThat(claim.scope()).isEqualTo(Scope.CUMULATIVE);
  }

  @Test
  void twoExactFiguresAreTwoClaimsEvenWhenClose() {
    List<Claim> claims = claims("Seventeen civilians were killed in raids on a market on Monday. "
        + "Regime air raids killed 15 civilians in another town on Friday.");
    assertThat(claims).extracting(c -> c.count().min()).containsExactly(17, 15);
  }

  @Test
  void partAfterAmongThemTakesTheHarmOfTheWhole() {
    List<Claim> claims = claims("The deaths include 65 people among them 22 children killed in rebel fire.");
    assertThat(claims).extracting(Claim::victims, c -> c.count().min()).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Victims.PEOPLE, 65),
        org.assertj.core.groups.Tuple.tuple(Victims.CHILDREN, 22));
  }
}
