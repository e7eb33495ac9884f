package org.tally.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.model.Harm;

/**
 * Constructions of the ninth pass's open items and of the tenth fresh sample of issue 11 (fresh-documents/tenth-*),
 * each in sentences of our own with near misses that must not fire: a summary table's lines, a release's total of a
 * short period, a one-word title right after the harm, "one died", people set free who are no detainees, an updated
 * toll, names joined by a slash, "one of our soldiers", and nouns of other wars (interpreter, contractor, wali, emir,
 * comrade-in-arms).
 */
class Issue11TenthPassConstructionsTest {
  // releases are counted with the ISAF convention, as the owners count them
  private static final ReleaseReadings READ = new ReleaseReadings(Lexicons.bundled().layered(RuleFiles.QUANTIFIERS,
      Path.of("../examples/isaf-quantities.tsv")));

  private static String release(String body) {
    return "Operations in the province\n\nKABUL, Afghanistan (May 3, 2011) - " + body;
  }

  @Test
  void aSummaryTablesLinesAreClaims() {
    String table = release("Afghan and coalition forces reported the following results over the past two days:\n\n"
        + "Insurgents killed: 6\nSuspected insurgents detained: 14\nWeapons caches found: 3\n");
    assertThat(READ.claims(table, Harm.KILLED)).containsExactly("fighters/6");
    assertThat(READ.claims(table, Harm.DETAINED)).containsExactly("fighters/14");
    assertThat(READ.claims(release("Results of the week:\n\nDetained: 3\nCivilians wounded: 2\n"), Harm.DETAINED))
        .containsExactly("people/3");
    // near misses: a label that counts things, and a label whose figure does not end the line
    assertThat(READ.analyse(release("Results of the week:\n\nCaches captured: 4\nRockets seized: 12\n")).claims()).isEmpty();
    assertThat(READ.claims(release("Detained: 3 of the 12 vehicles were searched.\n"), Harm.DETAINED)).isEmpty();
  }

  @Test
  void aTablesLinesHoldTheOperationsToldAfterThem() {
    String text = release("Afghan and coalition forces reported these results over the past two days:\n\n"
        + "Insurgents killed: 6\nSuspected insurgents detained: 14\n\nIn the largest operation, the force cleared"
        + " the village of Nalgham, killing four insurgents and detaining nine suspected insurgents.");
    assertThat(READ.total(text, Harm.KILLED)).isEqualTo(6);
    assertThat(READ.total(text, Harm.DETAINED)).isEqualTo(14);
  }

  @Test
  void aReleasesTotalOfAShortPeriodIsItsOwnAndHoldsItsOperations() {
    String weeks = release("During the past two weeks, an Afghan and coalition security force killed 14 insurgents"
        + " and detained 20 suspected insurgents in Zhari district. Yesterday, the force killed two insurgents who"
        + " were planting a bomb near Senjaray.");
    assertThat(READ.total(weeks, Harm.KILLED)).isEqualTo(14);
    assertThat(READ.total(weeks, Harm.DETAINED)).isEqualTo(20);
    // a soldier who fell is beside the insurgents the period's total counts
    String fell = release("Over the last week, troops killed 9 insurgents in clearance operations in the district."
        + " One soldier was killed by a roadside bomb on Tuesday.");
    assertThat(READ.total(fell, Harm.KILLED)).isEqualTo(10);
    // near miss: a campaign's total since its start is no news of the release
    String campaign = release("The force detained two suspected insurgents in Marjah today. Since the start of"
        + " the operation on Feb. 13, Afghan and coalition forces have detained 112 suspected insurgents.");
    assertThat(READ.total(campaign, Harm.DETAINED)).isEqualTo(2);
  }

  @Test
  void aWeeksTotalToldAsATotalIsStillTheReleasesOwn() {
    String week = release("In total, Afghan and coalition forces killed 23 insurgents and detained 41 suspected"
        + " insurgents during operations across the country this week. In Marjah on Wednesday, an Afghan-led force"
        + " killed five insurgents and detained 12 suspected insurgents.");
    assertThat(READ.total(week, Harm.KILLED)).isEqualTo(23);
    assertThat(READ.total(week, Harm.DETAINED)).isEqualTo(41);
    // near miss: a total of months is the campaign's
    String months = release("The force killed two insurgents in Sangin today. In total, Afghan and coalition forces"
        + " have killed 340 insurgents in the province since January.");
    assertThat(READ.total(months, Harm.KILLED)).isEqualTo(2);
  }

  @Test
  void aPersonDescribedByAnOfPhraseAndTheNextAreOneList() {
    String text = "Drone strike in Kirkuk\n\nIraq incident log, 20 March 2023\n\nA drone strike hit a car on the"
        + " outskirts of Kirkuk on Sunday, killing an official of a party affiliated with the PKK and his driver.";
    assertThat(READ.analyse(text).mainIncident().killedMin()).isEqualTo(2);
    assertThat(READ.claims(release("Gunmen killed a member of the local council and his bodyguard in Ghazni."),
        Harm.KILLED)).containsExactly("people/2");
    // near miss: a number in the phrase begins people of their own
    assertThat(READ.claims(release("Gunmen killed a member of the council of 12 villages and his son."), Harm.KILLED))
        .doesNotContain("people/2");
  }

  @Test
  void aOneWordTitleRightAfterTheHarmIsOnePerson() {
    assertThat(READ.claims(release("An Afghan and coalition force killed commander Rahim in Chahar Darah last night."),
        Harm.KILLED)).containsExactly("fighters/1");
    assertThat(READ.claims(release("Police detained facilitator Abdul Hadi at a checkpoint in Khost."), Harm.DETAINED))
        .containsExactly("fighters/1");
    // near misses: a title that names the one who did the harm, or no harm before it
    assertThat(READ.claims(release("The force, led by commander Rahim, searched the compound."), Harm.KILLED)).isEmpty();
    assertThat(READ.claims(release("Insurgents loyal to commander Rahim attacked the checkpoint."), Harm.KILLED))
        .isEmpty();
  }

  @Test
  void oneWithItsOwnVerbOfHarmIsOnePerson() {
    String text = "Two policemen shot at checkpoint\n\nIraq monitoring note, 4 May 2022\n\nGunmen opened fire on a"
        + " police checkpoint south of Kirkuk on Tuesday night, hitting two policemen. One died and the other was"
        + " wounded, a security source said.";
    assertThat(READ.claims(text, Harm.KILLED)).containsExactly("people/1");
    assertThat(READ.analyse(text).mainIncident().killedMin()).isEqualTo(1);
    assertThat(READ.claims(release("Two soldiers were hit; one died on the way to hospital."), Harm.KILLED))
        .containsExactly("people/1");
    // near miss: "one" before a noun of its own that is no person
    assertThat(READ.claims(release("The patrol found one wounded horse near the road."), Harm.KILLED)).isEmpty();
  }

  @Test
  void peopleTheForceSetFreeAreNoDetainees() {
    String text = release("Troops arrested nine suspected insurgents and rescued 23 kidnapped civilians in the"
        + " district.");
    assertThat(READ.total(text, Harm.DETAINED)).isEqualTo(9);
    assertThat(READ.claims(text, Harm.DETAINED)).doesNotContain("civilians/2");
    assertThat(READ.total(release("The force freed two hostages held by insurgents in Sangin."), Harm.DETAINED))
        .isZero();
    // near miss: "released" that is no freeing of people counted here
    assertThat(READ.total(release("The force detained three suspected insurgents after the group released a video."),
        Harm.DETAINED)).isEqualTo(3);
  }

  @Test
  void anUpdatedTollReplacesTheFigureToldBeforeIt() {
    String text = release("ISAF initially reported that the force killed 12 insurgents who attacked the outpost."
        + " Following a battle damage assessment, the updated toll is 17 insurgents killed.");
    assertThat(READ.total(text, Harm.KILLED)).isEqualTo(17);
    assertThat(READ.total(release("Three insurgents were killed at first count. The revised figure stands at 5"
        + " insurgents killed."), Harm.KILLED)).isEqualTo(5);
    // near miss: no correction, two operations
    assertThat(READ.total(release("The force killed 12 insurgents in Bermel. In Urgun, the force killed 3 insurgents."),
        Harm.KILLED)).isEqualTo(15);
  }

  @Test
  void namesJoinedByASlashLeadToTheirNoun() {
    assertThat(READ.claims(release("Eleven PKK/YPG terrorists were neutralised in the operation zone."), Harm.KILLED))
        .containsExactly("fighters/11");
    assertThat(READ.claims(release("Police arrested 4 ISIS/Daesh members in the desert."), Harm.DETAINED))
        .containsExactly("fighters/4");
  }

  @Test
  void oneOfOurSoldiersIsOnePersonOfThatKind() {
    assertThat(READ.claims(release("One of our soldiers was martyred in the attack."), Harm.KILLED))
        .containsExactly("soldiers/1");
    assertThat(READ.claims(release("Two of our heroic comrades-in-arms were wounded in the exchange of fire."),
        Harm.INJURED)).containsExactly("soldiers/2");
    // near miss: one of our things
    assertThat(READ.claims(release("One of our vehicles was damaged in the attack."), Harm.KILLED)).isEmpty();
  }

  @Test
  void nounsOfOtherWarsArePeople() {
    assertThat(READ.claims(release("An Afghan interpreter working with the unit was also killed in the attack."),
        Harm.KILLED)).containsExactly("civilians/1");
    assertThat(READ.claims(release("A foreign civilian contractor working with the coalition was killed."), Harm.KILLED))
        .containsExactly("civilians/1");
    assertThat(READ.claims(release("A force of the Service arrested the so-called wali of Kirkuk in Hawija."),
        Harm.DETAINED)).containsExactly("fighters/1");
    assertThat(READ.claims(release("The force captured an emir of the group and two of his guards."), Harm.DETAINED))
        .contains("fighters/1");
  }
}
