package org.tally.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.model.Harm;

/**
 * Constructions of the sixteenth fresh sample of issue 11 (fresh-documents/sixteenth-*), each in sentences of our own
 * with near misses that must not fire: an active perfect after a long subject, "a pair of", a plural that takes no
 * singular verb, a group's acronym in brackets, the deaths a target is charged with, a list after "including", a
 * bomber who kills himself with his victims, a sentence that names the headline's town, a district's province inside
 * an apposition, and "along with" after a pronoun's harm.
 */
class Issue11SixteenthPassConstructionsTest {
  // releases are counted with the ISAF convention, as the owners count them
  private static final ReleaseReadings READ = new ReleaseReadings(Lexicons.bundled().layered(RuleFiles.QUANTIFIERS,
      Path.of("../examples/isaf-quantities.tsv")));

  private static String release(String body) {
    return "Operations in the province\n\nKABUL, Afghanistan (May 3, 2011) - " + body;
  }

  private static String report(String headline, String body) {
    return headline + "\n\nHoms, 30 December 2021\n\n" + body;
  }

  private static Integer toll(String text) {
    return READ.analyse(text).mainIncident().killedMin();
  }

  @Test
  void aPerfectsHaveAfterALongSubjectIsActive() {
    assertThat(READ.claims(release("Troops of Operation Hadin Kai have neutralised six terrorists in an ambush."),
        Harm.KILLED)).containsExactly("fighters/6");
    // near miss: a passive perfect after the same subject is still the subject's harm
    assertThat(READ.claims(release("Four soldiers of the Golani Brigade have been killed in the ambush."), Harm.KILLED))
        .containsExactly("soldiers/4");
  }

  @Test
  void aPairIsTwo() {
    assertThat(READ.total(release("Police detained a pair of men hiding in a culvert."), Harm.DETAINED)).isEqualTo(2);
  }

  @Test
  void aPluralTakesNoSingularVerb() {
    assertThat(READ.claims(release("A third man was wounded. He received treatment from coalition medics and was"
        + " detained."), Harm.DETAINED)).doesNotContain("civilians/2", "people/2");
    // near miss: a bare plural with its own plural verb is the convention's two
    assertThat(READ.total(release("Suspected insurgents were detained at the checkpoint."), Harm.DETAINED))
        .isEqualTo(2);
  }

  @Test
  void aGroupsAcronymInBracketsIsPartOfTheNounPhrase() {
    assertThat(READ.total(release("Troops neutralised six Islamic State West Africa Province (ISWAP) terrorists near"
        + " the road."), Harm.KILLED)).isEqualTo(6);
  }

  @Test
  void theDeathsATargetIsChargedWithAreNoneOfTheRelease() {
    assertThat(READ.total(release("The force killed Mullah Baz Mohammad, an IED cell leader. He was responsible for the"
        + " deaths of at least four Afghan soldiers in February."), Harm.KILLED)).isEqualTo(1);
    assertThat(READ.total(release("The force detained a facilitator blamed for the killing of two policemen."),
        Harm.KILLED)).isEqualTo(0);
    // near miss: deaths the operation caused are its own
    assertThat(READ.total(release("The strike caused the deaths of four insurgents."), Harm.KILLED)).isEqualTo(4);
  }

  @Test
  void everyMemberOfAListAfterIncludingIsNested() {
    assertThat(READ.total(release("Troops rescued 12 kidnapped victims, including four women and six children, and"
        + " arrested two suppliers."), Harm.DETAINED)).isEqualTo(2);
    // near miss: a count after the list's verb of its own is no member of it
    assertThat(READ.total(release("Police arrested 12 men, including a commander, and detained four women."),
        Harm.DETAINED)).isEqualTo(16);
  }

  @Test
  void aBomberWhoKillsHimselfWithHisVictimsIsOneMoreDead() {
    assertThat(READ.total(release("An insurgent detonated a suicide vest at the gate, killing himself and one Afghan"
        + " soldier."), Harm.KILLED)).isEqualTo(2);
    // a monitor's toll counts the victims
    assertThat(toll(report("Suicide bomber kills two guards", "A suicide bomber blew himself up at the gate of the"
        + " base on Thursday, killing himself and two guards."))).isEqualTo(2);
  }

  @Test
  void aSentenceThatNamesTheHeadlinesTownIsAtIt() {
    assertThat(toll(report("Ambush on Palmyra road", "Gunmen ambushed a bus on the road between Palmyra and Deir"
        + " ez-Zor on Thursday, killing 13 soldiers."))).isEqualTo(13);
    // near miss: a claim in another governorate that does not name the town is another incident
    assertThat(toll(report("Shelling hits Palmyra", "Shelling killed two civilians in Palmyra on Thursday. In Deir"
        + " ez-Zor city, a bomb killed five soldiers on Thursday."))).isEqualTo(2);
  }

  @Test
  void aDistrictsProvinceInsideAnAppositionIsPartOfIt() {
    assertThat(READ.total(release("Qari Zia, a Taliban commander responsible for attacks in Andar district, Ghazni"
        + " province, was killed in a strike."), Harm.KILLED)).isEqualTo(1);
  }

  @Test
  void alongWithAfterAPronounsHarmIsThatHarm() {
    assertThat(READ.total(release("The commander was targeted on Tuesday. He died in the strike along with two other"
        + " insurgents."), Harm.KILLED)).isEqualTo(2);
    // near miss: a pronoun's verb of no harm
    assertThat(READ.total(release("The commander was seen on Tuesday. He met in the village along with two other"
        + " insurgents."), Harm.KILLED)).isEqualTo(0);
  }
}
