package org.tally.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.model.Harm;

/**
 * Constructions of the twenty-fourth and twenty-fifth fresh samples of issue 11 (fresh-documents/twenty-fourth-release-*
 * and twenty-fifth-report-*: coalition partners' releases, situation reports, district governors' statements, weekly
 * roll-ups; monitor reports filed from a capital about an incident elsewhere), each in sentences of our own with near
 * misses that must not fire: "EKIA" and a SITREP's "Detainees:" field, arms seized that are no detainees, a figure whose
 * noun an earlier people count gave ("wounded 12 and arrested 47"), elders who are civilians, men released after
 * questioning, a report's dateline city, a place read twice from the same words, "No one was reported killed".
 */
class Issue11TwentyFourthPassConstructionsTest {
  private static final ReleaseReadings READ = new ReleaseReadings(Lexicons.bundled().layered(RuleFiles.QUANTIFIERS,
      Path.of("../examples/isaf-quantities.tsv")));

  private static String release(String body) {
    return "Operations in the province\n\nKABUL, Afghanistan (May 3, 2011) - " + body;
  }

  private static Integer toll(String text) {
    return READ.analyse(text).mainIncident().killedMin();
  }

  @Test
  void aSituationReportsEkiaAndDetaineesFieldAreCounted() {
    String sitrep = release("Summary of the engagement near the village:\n\nResult: 3 EKIA. No friendly casualties.\n"
        + "Detainees: 4, all handed over to the district police.\n");
    assertThat(READ.total(sitrep, Harm.KILLED)).isEqualTo(3);
    assertThat(READ.total(sitrep, Harm.DETAINED)).isEqualTo(4);
    // near miss: the detainees named in prose are no field
    assertThat(READ.total(release("The detainees were taken to the district centre for questioning."),
        Harm.DETAINED)).isEqualTo(0);
  }

  @Test
  void armsSeizedAreNoDetaineesButTheirFacilitatorsAre() {
    assertThat(READ.total(release("Police seized 56 weapons and more than 900 kilograms of explosives during the"
        + " week."), Harm.DETAINED)).isEqualTo(0);
    assertThat(READ.total(release("The patrol seized 12 rifles and 400 rounds of ammunition."), Harm.DETAINED))
        .isEqualTo(0);
    // near miss: a thing's name before a people noun only says which people
    assertThat(READ.total(release("The force detained two weapons facilitators in Chora district."), Harm.DETAINED))
        .isEqualTo(2);
    assertThat(READ.total(release("The force detained a Taliban weapons facilitator in Chora district."),
        Harm.DETAINED)).isEqualTo(1);
  }

  @Test
  void aBareFigureAfterPeopleCountedTakesTheirNoun() {
    assertThat(READ.total(release("Police operations in the past day killed 31 insurgents, wounded 12 and arrested"
        + " 47."), Harm.DETAINED)).isEqualTo(47);
    assertThat(READ.total(release("The force killed two insurgents and detained three."), Harm.DETAINED))
        .isEqualTo(3);
    // near miss: no people counted before, the figure may count anything
    assertThat(READ.total(release("The police seized 56 and destroyed the rest."), Harm.DETAINED)).isEqualTo(0);
  }

  @Test
  void eldersAreCivilians() {
    assertThat(READ.claims(release("A rocket killed two elders in the market."), Harm.KILLED))
        .containsExactly("civilians/2");
  }

  @Test
  void menReleasedAfterQuestioningComeOffTheDetentions() {
    assertThat(READ.total(release("The force detained eleven men during a search of the village. After questioning,"
        + " eight of the men were released to the village elders."), Harm.DETAINED)).isEqualTo(3);
    assertThat(READ.total(release("Police arrested five suspects in the bazaar. Two of them were later released."),
        Harm.DETAINED)).isEqualTo(3);
    // near miss: hostages set free are no part of the detentions
    assertThat(READ.total(release("Police arrested five suspects in the bazaar. Two of the hostages were released."),
        Harm.DETAINED)).isEqualTo(5);
    // near miss: no detention told before the release
    assertThat(READ.total(release("Two men were released after questioning."), Harm.DETAINED)).isEqualTo(0);
  }

  @Test
  void aReportsDatelineCityIsNoOtherPlaceThanTheHeadlines() {
    assertThat(toll("Drone strike on pickup near Segou\n\nBamako, 12 November 2022 \u2013 A drone strike hit a pickup"
        + " truck on the road between Niono and Macina on Friday, killing six people, local sources said.")).isEqualTo(6);
    assertThat(toll("Artillery shell hits monastery in Magway region\n\nYangon, 3 July 2023 \u2013 An artillery shell fell"
        + " on a monastery in Myaing township on Sunday, killing a novice monk and two villagers.")).isEqualTo(3);
  }

  @Test
  void aTollRisenInAnUpdateOfTheSamePlaceIsTheToll() {
    assertThat(toll("Taiz: shell kills children\n\nTaiz, 29 August 2022 \u2013 At least four civilians were killed on"
        + " Sunday when a shell fell on a house in the al-Rawdah neighbourhood of Taiz city. Two other people were"
        + " wounded.\n\nUpdate, 30 August: A woman who was wounded in the shelling died in hospital, bringing the number"
        + " of dead to five.")).isEqualTo(5);
  }

  @Test
  void noOneReportedKilledIsATollOfNone() {
    assertThat(toll("Women abducted near Arbinda\n\nOuagadougou, 16 January 2023 \u2013 Armed men abducted about 50"
        + " women near the town of Arbinda on Thursday. No one was reported killed.")).isEqualTo(0);
  }
}
