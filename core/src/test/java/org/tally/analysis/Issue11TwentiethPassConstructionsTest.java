package org.tally.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.model.Harm;

/**
 * Constructions of the twentieth fresh sample of issue 11 (fresh-documents/twentieth-*), each in sentences of our own
 * with near misses that must not fire: a roundup's lead against the operations it sums up, a sentence that opens with
 * an earlier time, a suicide bomber who set off his charge, people rescued in the passive, a vague count retold in the
 * same words, a theatre's week total beside another theatre, people abducted by others, a report the release found no
 * evidence for.
 */
class Issue11TwentiethPassConstructionsTest {
  // releases are counted with the ISAF convention, as the owners count them
  private static final ReleaseReadings READ = new ReleaseReadings(Lexicons.bundled().layered(RuleFiles.QUANTIFIERS,
      Path.of("../examples/isaf-quantities.tsv")));

  private static String release(String body) {
    return "Operations in the province\n\nKABUL, Afghanistan (May 3, 2011) - " + body;
  }

  @Test
  void aRoundupsLeadIsWeighedAgainstTheOperationsItSumsUp() {
    // "several" (3) in the lead, five told one by one after it
    assertThat(READ.total(release("Afghan and coalition forces conducted operations in three provinces in the past 24"
        + " hours, detaining several suspected insurgents.\n\nIn Kandahar province, a security force detained a"
        + " Taliban commander and two of his fighters.\n\nIn Logar province, a security force detained two suspected"
        + " insurgents."), Harm.DETAINED)).isEqualTo(5);
    // an exact lead larger than the one operation told again holds it
    assertThat(READ.total(release("Police conducted joint clearing operations in four provinces over the past 24"
        + " hours, in which eight suspects were arrested. Police in Surkh Rod district arrested a Taliban commander"
        + " along with two of his fighters."), Harm.DETAINED)).isEqualTo(8);
    // near miss: "special operations forces" name a force, and the release tells one operation
    assertThat(READ.total(release("Afghan commandos, partnered with coalition special operations forces, captured a"
        + " Taliban leader in Chahar Dara district. The force also detained his bodyguard and a courier."),
        Harm.DETAINED)).isEqualTo(3);
  }

  @Test
  void aSentenceThatOpensWithAnEarlierTimeIsBackground() {
    assertThat(READ.total(release("Afghan and coalition forces captured a Taliban sub-commander in Arghandab district"
        + " yesterday. Earlier this week, roadside bombs placed by his cell killed three Afghan policemen in the"
        + " district."), Harm.KILLED)).isEqualTo(0);
    // near miss: the release's own day opening the sentence
    assertThat(READ.total(release("Afghan and coalition forces captured a Taliban sub-commander in Arghandab district"
        + " yesterday. This morning, a patrol killed three insurgents who attacked it in the district."),
        Harm.KILLED)).isEqualTo(3);
  }

  @Test
  void aSuicideBomberWhoSetOffHisChargeIsOneOfTheDead() {
    assertThat(READ.total(release("A suicide bomber detonated an explosives vest at the entrance to the district"
        + " centre this morning, wounding two police officers. No other casualties were reported."), Harm.KILLED))
        .isEqualTo(1);
    assertThat(READ.total(release("A suicide bomber driving a car packed with explosives detonated it at the gate of"
        + " a base this morning, killing two Afghan security guards."), Harm.KILLED)).isEqualTo(3);
    // near misses: a bomber stopped before, and one counted already
    assertThat(READ.total(release("Police shot dead a man wearing a suicide vest at a checkpoint this morning before"
        + " he could detonate it."), Harm.KILLED)).isEqualTo(1);
    assertThat(READ.total(release("A suicide bomber detonated his vest at a checkpoint this morning, killing himself"
        + " and one Afghan soldier."), Harm.KILLED)).isEqualTo(2);
  }

  @Test
  void peopleRescuedInThePassiveAreNoDetentions() {
    assertThat(READ.total(release("Troops arrested nine collaborators in the past week, while 17 kidnapped civilians"
        + " were rescued from their captors."), Harm.DETAINED)).isEqualTo(9);
    // near miss: people detained in the passive are
    assertThat(READ.total(release("Five suspected insurgents were detained by the security force last night."),
        Harm.DETAINED)).isEqualTo(5);
  }

  @Test
  void aVagueCountRetoldInTheSameWordsIsCountedOnce() {
    assertThat(READ.total(release("A security force killed three insurgents and detained several suspected"
        + " insurgents during an operation in Zurmat district last night. The security force then detained several"
        + " suspected insurgents, including the targeted leader."), Harm.DETAINED)).isEqualTo(3);
    // near miss: two operations, each under its own province
    assertThat(READ.total(release("In Paktiya province, a security force detained several suspected insurgents.\n\n"
        + "In Khost province, a security force detained several suspected insurgents."), Harm.DETAINED)).isEqualTo(6);
  }

  @Test
  void aTheatresWeekTotalHoldsNoOtherTheatresArrests() {
    String text = "Troops arrest 11 suspects\n\nABUJA, 9 February 2023 - Troops in the North East neutralised twelve"
        + " terrorists and arrested nine of their collaborators in the past week.\n\nIn the North Central, troops"
        + " arrested two suspected kidnappers at Mangu.";
    assertThat(READ.total(text, Harm.DETAINED)).isEqualTo(11);
    // near miss: a total of all theatres holds the theatres told after it
    String all = "Troops arrest 11 suspects\n\nABUJA, 9 February 2023 - Troops across the theatres neutralised twelve"
        + " terrorists and arrested eleven suspects in the past week.\n\nIn the North East, troops arrested nine"
        + " collaborators.\n\nIn the North Central, troops arrested two suspected kidnappers at Mangu.";
    assertThat(READ.total(all, Harm.DETAINED)).isEqualTo(11);
  }

  @Test
  void peopleAbductedByOthersAreNoDetentions() {
    assertThat(READ.total("Police find bodies of three abducted road workers\n\nQALAT, Afghanistan (Sept. 3, 2011) -"
        + " Police found the bodies of three abducted road workers yesterday. A fourth worker who was abducted with"
        + " them escaped.", Harm.DETAINED)).isEqualTo(0);
    // near miss: the abductors detained are
    assertThat(READ.total(release("Police detained two men who abducted a teacher last week."), Harm.DETAINED))
        .isEqualTo(2);
  }

  @Test
  void aReportTheReleaseFoundNoEvidenceForIsNone() {
    assertThat(READ.total(release("An air strike killed four insurgents who were firing on a patrol yesterday. An"
        + " assessment team found no evidence of civilian casualties, after residents had reported that a shepherd"
        + " was killed in the strike."), Harm.KILLED)).isEqualTo(4);
  }
}
