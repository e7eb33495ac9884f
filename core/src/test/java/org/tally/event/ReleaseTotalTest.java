package org.tally.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tally.analysis.Analyser;
import org.tally.analysis.Analysis;
import org.tally.lexicon.Lexicons;
import org.tally.model.Document;
import org.tally.model.Harm;

/** A release's total of a harm: a corrected or risen figure replaces what the release told of that harm before it. */
class ReleaseTotalTest {
  private static final Analyser ANALYSER = Analyser.from(Lexicons.bundled());

  private static int total(String text, Harm harm) {
    Analysis analysis = ANALYSER.analyse(new Document("t", "t.txt", text, null));
    return ReleaseTotal.of(text, analysis.claims(), analysis.mainIncident(), harm);
  }

  @Test
  void aConfirmedFigureReplacesTheInitialOne() {
    assertThat(total("UPDATE: Insurgents killed in Nangarhar\n\nKABUL (Aug. 2, 2010) - Initial reports indicated that"
        + " three insurgents were killed in Sherzad district. Following an assessment, the number of insurgents killed"
        + " has been confirmed as five.", Harm.KILLED)).isEqualTo(5);
    assertThat(total("Toll rises in Khost\n\nKHOST (May 3, 2011) - Two policemen were killed in the attack on the"
        + " checkpoint. The number of policemen killed has risen to four, officials said.", Harm.KILLED)).isEqualTo(4);
  }

  @Test
  void aFigureOfAnotherHarmOrNoCorrectionLeavesTheTotalAlone() {
    // the correction is of the killed, not of the detained told before it
    assertThat(total("Force detains two\n\nKABUL (Aug. 2, 2010) - The force detained two suspected insurgents in"
        + " Sherzad district. The number of insurgents killed has been confirmed as five.", Harm.DETAINED)).isEqualTo(2);
    // two operations, no correction: both add up
    assertThat(total("Operations in the east\n\nKABUL (Aug. 2, 2010) - In Khost, the force killed three insurgents. In"
        + " Paktiya, a coalition air strike killed two insurgents.", Harm.KILLED)).isEqualTo(5);
  }

  @Test
  void aDaysOperationsInSeveralProvincesAreTheReleasesOwn() {
    // one day's operations in three provinces is aggregate, but all of it the release's
    assertThat(total("Police operations in the north\n\nKABUL (Sept. 9, 2012) - Afghan police, in joint operations in"
        + " Kunduz, Baghlan and Takhar provinces over the past 24 hours, killed nine insurgents and arrested four"
        + " others.", Harm.KILLED)).isEqualTo(9);
    // a campaign's months are not
    assertThat(total("Police operations in the north\n\nKABUL (Sept. 9, 2012) - Since March, police in Kunduz, Baghlan"
        + " and Takhar provinces have killed 90 insurgents. On Saturday, police killed two insurgents in Kunduz.",
        Harm.KILLED)).isEqualTo(2);
  }
  @Test
  void someOfTheHarmedToldAgainAreInTheWhole() {
    assertThat(total("Force kills insurgents in Helmand\n\nKABUL (April 3, 2011) - An Afghan and coalition force killed"
        + " four insurgents in Nad-e Ali district yesterday. Among those killed was a Taliban commander.", Harm.KILLED))
        .isEqualTo(4);
    assertThat(total("Force kills insurgents in Kandahar\n\nKABUL (May 9, 2011) - A combined force killed six"
        + " insurgents in Zhari district today. Two of the insurgents killed were Taliban sub-commanders.", Harm.KILLED))
        .isEqualTo(6);
    assertThat(total("Strikes kill civilians\n\nAt least 16 civilians were killed in air strikes near the town on"
        + " Tuesday, the Observatory said. Five young siblings were among the dead.", Harm.KILLED)).isEqualTo(16);
    assertThat(total("Force kills insurgents\n\nKABUL (June 2, 2011) - Afghan and coalition forces killed 45 insurgents"
        + " in Kandahar province today, 12 of them foreign fighters.", Harm.KILLED)).isEqualTo(45);
  }

  @Test
  void aGroupWithNoWholeBeforeItOrOfAnotherHarmStillCounts() {
    // no whole told before: the part is all the release says
    assertThat(total("Strike in Kunar\n\nKABUL (June 2, 2011) - Two Taliban commanders were among those killed in a"
        + " precision strike in Kunar province today.", Harm.KILLED)).isEqualTo(2);
    // "among" of another harm's people: the three detained are no part of the killed
    assertThat(total("Operation in Khost\n\nKABUL (June 2, 2011) - The force killed two insurgents in Khost province"
        + " today. It also detained three suspects who were among those fleeing the compound.", Harm.DETAINED))
        .isEqualTo(3);
  }

  @Test
  void somePeopleOfACountToldBeforeAreInIt() {
    assertThat(total("Police arrest suspects\n\nKABUL (Sept. 15, 2011) - Police arrested five men suspected of the attack."
        + " Two of the men were arrested at a checkpoint; the others at a house in the city.", Harm.DETAINED)).isEqualTo(5);
    assertThat(total("Force detains insurgents\n\nKHOST (Oct. 2, 2010) - The force detained four insurgents in Sabari"
        + " district today. Three of them were carrying rifles when they were detained.", Harm.DETAINED)).isEqualTo(4);
    // one numbered among the people a count told before: "a third insurgent" of the three detained
    assertThat(total("Force detains insurgents\n\nSHARANA (Oct. 2, 2010) - The force detained three insurgents in Barmal"
        + " district today. Both wounded men and a third insurgent were detained.", Harm.DETAINED)).isEqualTo(3);
  }

  @Test
  void aPartOrANumberedPersonBeyondTheCountToldBeforeAdds() {
    // "a second suspect" after one detained is one more
    assertThat(total("Force detains suspects\n\nKABUL (Oct. 2, 2010) - The force detained a Taliban facilitator in Paghman"
        + " district today. A second suspect was detained at a checkpoint nearby.", Harm.DETAINED)).isEqualTo(2);
    // a part of people no count of the harm told before: "killing seven of the attackers"
    assertThat(total("Outpost attacked\n\nHERAT (March 17, 2012) - An Afghan soldier was killed when insurgents attacked"
        + " an outpost. Soldiers returned fire, killing seven of the attackers.", Harm.KILLED)).isEqualTo(8);
  }

  @Test
  void aWithdrawnFigureToldAfterItsCorrectionIsLeftOut() {
    assertThat(total("UPDATE: Air strike in Marjah\n\nLASHKAR GAH (June 2, 2011) - The number of insurgents killed in"
        + " the air strike in Marjah has been revised to six. Initial reports had said four insurgents died in the strike.",
        Harm.KILLED)).isEqualTo(6);
    // near miss: without a correction, the first reports' figure is the release's
    assertThat(total("Air strike in Marjah\n\nLASHKAR GAH (June 2, 2011) - Initial reports said four insurgents died in"
        + " the air strike in Marjah.", Harm.KILLED)).isEqualTo(4);
  }

  @Test
  void detaineesReleasedLaterWereStillDetained() {
    // the convention of the eleventh pass's blind annotation: held for questioning, then let go, is a detention
    assertThat(total("Force detains facilitator in Khost\n\nKHOST (April 11, 2012) - A security force detained a"
        + " Haqqani facilitator in Sabari district. The force also detained four other men, who were released after"
        + " questioning.", Harm.DETAINED)).isEqualTo(5);
  }

  @Test
  void detaineesBesideAHostageReleasedOrSomeOfThemLetGoStay() {
    // near misses: the force released someone else; two of the four were let go, not all
    assertThat(total("Force frees hostage\n\nKABUL (May 2, 2011) - The force detained three suspects and released a"
        + " hostage they held.", Harm.DETAINED)).isEqualTo(3);
    assertThat(total("Suspects detained\n\nKABUL (May 2, 2011) - The force detained four suspects, two of whom were"
        + " released at the scene.", Harm.DETAINED)).isGreaterThanOrEqualTo(2);
  }

  @Test
  void aFigureToldAsNotTheEarlierReportsReplacesIt() {
    assertThat(total("Correction\n\nKABUL (May 14, 2012) - ISAF reported yesterday that a combined force killed six"
        + " insurgents in Barmal district. ISAF can confirm that four insurgents were killed, not six as earlier"
        + " reported.", Harm.KILLED)).isEqualTo(4);
    // near miss: "not" of something else adds to the earlier operation
    assertThat(total("Operations\n\nKABUL (May 14, 2012) - A combined force killed six insurgents in Barmal district."
        + " In Urgun, four insurgents were killed, not far from the district centre.", Harm.KILLED)).isEqualTo(10);
  }
}
