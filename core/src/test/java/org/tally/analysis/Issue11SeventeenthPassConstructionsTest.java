package org.tally.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.model.Harm;

/**
 * Constructions of the seventeenth fresh sample of issue 11 (fresh-documents/seventeenth-*), each in sentences of our
 * own with near misses that must not fire: a force's name with "of the" before its verb is no group of the dead, "both",
 * the operations of a roundup's paragraphs, two people each introduced by "a", places nested in places between a person
 * and the verb, "arrested two wounded insurgents", a relative clause that detains the wounded, a part after a comma
 * with "of them", "the targeted individual" told before and "both" after two told before.
 */
class Issue11SeventeenthPassConstructionsTest {
  // releases are counted with the ISAF convention, as the owners count them
  private static final ReleaseReadings READ = new ReleaseReadings(Lexicons.bundled().layered(RuleFiles.QUANTIFIERS,
      Path.of("../examples/isaf-quantities.tsv")));

  private static String release(String body) {
    return "Operations in the province\n\nKABUL, Afghanistan (May 3, 2011) - " + body;
  }

  private static String report(String headline, String body) {
    return headline + "\n\nIdlib, 18 June 2021\n\n" + body;
  }

  private static Integer toll(String text) {
    return READ.analyse(text).mainIncident().killedMin();
  }

  @Test
  void aForcesNameWithOfTheIsNoGroupOfTheDead() {
    assertThat(READ.total(release("The heroes of the Counter-Terrorism Service killed a commander together with four of"
        + " his aides."), Harm.KILLED)).isEqualTo(5);
    // near miss: "of those killed" still tells a part of the dead told before
    assertThat(READ.total(release("The force killed six insurgents. Of those killed, two were commanders."),
        Harm.KILLED)).isEqualTo(6);
  }

  @Test
  void bothIsTwo() {
    assertThat(READ.total(release("An air weapons team engaged the insurgents, killing both."), Harm.KILLED))
        .isEqualTo(2);
    assertThat(READ.claims(release("Both soldiers were killed in the blast."), Harm.KILLED))
        .containsExactly("soldiers/2");
    // near miss: "both X and Y" joins two things and counts nothing
    assertThat(READ.claims(release("The strikes killed at least seven people, both militants and civilians."),
        Harm.KILLED)).containsExactly("people/7");
  }

  @Test
  void aRoundupsParagraphsAreOperationsOfTheirOwn() {
    String text = release("Afghan and coalition forces conducted operations in two provinces.\n\nIn Kandahar province,"
        + " a security force searched a compound. The force detained two suspected insurgents.\n\nIn Paktika"
        + " province, a combined force detained two suspected insurgents near the bazaar.");
    assertThat(READ.total(text, Harm.DETAINED)).isEqualTo(4);
    // near miss: a paragraph of the same province restates its figure
    String same = release("In Kandahar province, a security force detained two suspected insurgents.\n\nIn Kandahar"
        + " province, the force detained two suspected insurgents, officials said.");
    assertThat(READ.total(same, Harm.DETAINED)).isEqualTo(2);
  }

  @Test
  void twoPeopleEachIntroducedByAAreTwo() {
    assertThat(READ.total(release("Afghan commandos captured a senior Taliban leader in Chahar Dara. The force also"
        + " detained a courier who carried weapons for his network."), Harm.DETAINED)).isEqualTo(2);
    // near miss: the same noun told again is one man
    assertThat(READ.total(release("Afghan commandos captured a senior Taliban leader in Chahar Dara. Officials said a"
        + " Taliban leader was captured."), Harm.DETAINED)).isEqualTo(1);
  }

  @Test
  void placesNestedInPlacesStandBetweenAPersonAndTheVerb() {
    assertThat(READ.claims(report("Man dies in custody", "A young man from the town of Inkhil in the northern"
        + " countryside of Daraa died under torture in regime prisons."), Harm.KILLED)).containsExactly("people/1");
    // near miss: a place phrase after a count with its own verb of harm belongs to that count only
    assertThat(READ.claims(report("Shelling", "Two men from the town of Inkhil in the countryside of Daraa fled the"
        + " shelling."), Harm.KILLED)).isEmpty();
  }

  @Test
  void theWoundedAnActiveVerbDetainsAreDetained() {
    assertThat(READ.total(release("Ground forces found the bodies of nine terrorists, and arrested two wounded ones."),
        Harm.DETAINED)).isEqualTo(2);
    assertThat(READ.total(release("The border policemen returned fire, killing one insurgent and wounding another, who"
        + " was taken into custody."), Harm.DETAINED)).isEqualTo(1);
    // near miss: a relative clause of another harm holds no detention
    assertThat(READ.total(release("The policemen wounded an insurgent, who was taken to hospital."), Harm.DETAINED))
        .isEqualTo(0);
  }

  @Test
  void aPartAfterACommaWithOfThemIsInsideTheCountBefore() {
    assertThat(toll(report("Israeli strike on depot kills four", "An Israeli strike hit an arms depot, killing four"
        + " fighters of the militias, two of them Syrians."))).isEqualTo(4);
  }

  @Test
  void theTargetedIndividualIsTheOneToldBefore() {
    assertThat(READ.total(release("A security force detained a Taliban weapons facilitator in Andar district.\n\nThe"
        + " security force detained the targeted individual and two of his associates after searching a compound."),
        Harm.DETAINED)).isEqualTo(3);
    // near miss: with none told before, the targeted individual is one of the detained
    assertThat(READ.total(release("A security force searched for a Taliban leader in Andar district. The force detained"
        + " the targeted individual and two of his associates."), Harm.DETAINED)).isEqualTo(3);
    // near miss: another province's detainee in a roundup is another man
    assertThat(READ.total(release("In Logar province, a combined force detained a Taliban facilitator.\n\nIn Khost"
        + " province, the force detained the targeted individual and two others."), Harm.DETAINED)).isEqualTo(4);
  }

  @Test
  void bothAfterTheTwoToldBeforeTellsThemAgain() {
    assertThat(READ.total(release("The force killed two insurgents who fired on it. The force confirmed the deaths of"
        + " both men."), Harm.KILLED)).isEqualTo(2);
  }

  @Test
  void aSchoolgirlIsOneChild() {
    assertThat(READ.claims(report("Schoolgirl killed", "A ten-year-old schoolgirl was killed when the shell hit the"
        + " school."), Harm.KILLED)).containsExactly("children/1");
  }
}
