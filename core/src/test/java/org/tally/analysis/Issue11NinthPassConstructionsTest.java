package org.tally.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.model.Document;
import org.tally.model.Harm;

/**
 * Constructions the ninth fresh sample of issue 11 missed (fresh-documents/ninth-*), each in sentences of our own with
 * near misses that must not fire: an army's words for its dead and for the enemy it killed, passive detentions, a title
 * before a name, a relative clause of harm, an ordinal for one more person, kin of mixed kinds, a name with "aged",
 * "one other", and an earlier attack told in a clause after the news.
 */
class Issue11NinthPassConstructionsTest {
  private static final ReleaseReadings READ = new ReleaseReadings(Lexicons.bundled());

  private static String release(String body) {
    return "Operation in the district\n\nKABUL, Afghanistan (May 3, 2011) - " + body;
  }

  @Test
  void anArmysWordsForItsOwnDeadAreDeaths() {
    assertThat(READ.claims(release("Regrettably, one soldier paid the supreme sacrifice during the encounter."),
        Harm.KILLED)).containsExactly("soldiers/1");
    assertThat(READ.claims(release("Two policemen made the ultimate sacrifice defending the checkpoint."), Harm.KILLED))
        .containsExactly("soldiers/2");
    assertThat(READ.claims(release("During the exchange of fire, three soldiers embraced shahadat."), Harm.KILLED))
        .containsExactly("soldiers/3");
    // near miss: a sacrifice of no life
    assertThat(READ.claims(release("Three families paid a heavy price for the drought."), Harm.KILLED)).isEmpty();
  }

  @Test
  void aPassiveEliminationOrApprehensionCounts() {
    assertThat(READ.claims(release("An armed gunman was eliminated by the troops."), Harm.KILLED))
        .containsExactly("fighters/1");
    assertThat(READ.claims(release("Four terrorists were apprehended at the checkpoint."), Harm.DETAINED))
        .containsExactly("fighters/4");
    // near miss: a threat eliminated is no person
    assertThat(READ.claims(release("The threat was eliminated within minutes."), Harm.KILLED)).isEmpty();
  }

  @Test
  void aTitleBeforeANameRightAfterTheHarmIsOnePerson() {
    assertThat(READ.claims(release("The strike killed Haqqani network leader Mawlawi Abdul Rahim in Khost."),
        Harm.KILLED)).containsExactly("fighters/1");
    assertThat(READ.claims(release("The force captured senior Taliban commander Mullah Nasir near the border."),
        Harm.DETAINED)).containsExactly("fighters/1");
    // near misses: a title that only names the speaker, or no harm right before the title
    assertThat(READ.claims(release("Taliban commander Mullah Nasir said the force had left."), Harm.KILLED)).isEmpty();
    assertThat(READ.claims(release("Police arrested commander Abdul Rahim's brother."), Harm.DETAINED))
        .doesNotContain("soldiers/2");
  }

  @Test
  void aPluralOpeningATitleCountsNoOne() {
    // with the ISAF convention's bare plural of two
    Analyser isaf = Analyser.from(Lexicons.bundled().layered(org.tally.lexicon.RuleFiles.QUANTIFIERS,
        java.nio.file.Path.of("../examples/isaf-quantities.tsv")));
    String text = release("Insurgents killed police chief Ahmad Zia near his home.");
    // the plural did the killing; the title right after the harm is the one person killed (wars13: a title that
    // starts right after the harm counts too)
    assertThat(isaf.analyse(new Document("t", "t.txt", text, null)).claims().stream()
        .map(c -> c.harm().jsonName() + "/" + c.victims().jsonName() + "/" + c.count().min()))
        .containsExactly("killed/soldiers/1");
  }

  @Test
  void aRelativeClauseOfHarmGivesItsPeopleThatHarm() {
    assertThat(READ.claims(release("The force found two wounded insurgents, whom it detained and treated."),
        Harm.DETAINED)).containsExactly("fighters/2");
    // near miss: a relative clause of no harm
    assertThat(READ.claims(release("The force found two wounded insurgents, whom it treated on the spot."),
        Harm.DETAINED)).isEmpty();
  }

  @Test
  void anOrdinalAfterAIsOneMorePersonNeverAShare() {
    assertThat(READ.claims(release("The force killed four gunmen and captured a fifth alive."), Harm.DETAINED))
        .containsExactly("fighters/1");
    assertThat(READ.claims(release("Troops killed two insurgents and detained a third during the search."),
        Harm.DETAINED)).containsExactly("fighters/1");
    // near miss: a fraction of a group
    assertThat(READ.claims(release("The shelling killed a fifth of the villagers."), Harm.KILLED))
        .doesNotContain("civilians/1");
  }

  @Test
  void aWomanAndHerDaughterAreTwoPeople() {
    assertThat(READ.claims("Car shot at\n\nA woman and her eight-year-old daughter were killed when gunmen fired on their"
        + " car.", Harm.KILLED)).containsExactly("people/2");
    // near miss: her children are counted apart
    assertThat(READ.claims("Shell hits house\n\nA shell killed a woman and her three children in the town.",
        Harm.KILLED)).containsExactlyInAnyOrder("women/1", "children/3");
  }

  @Test
  void aNameWithAgedAndItsDescriptionsIsOnePerson() {
    assertThat(READ.claims("Sniper fire\n\nAhmad Saleh, aged 34, a teacher, was killed by sniper fire.", Harm.KILLED))
        .containsExactly("civilians/1");
    assertThat(READ.claims(release("However, Sepoy Ahmed Khan, aged 24, resident of Karak, having fought gallantly,"
        + " embraced shahadat."), Harm.KILLED)).containsExactly("people/1");
    // near miss: a named speaker with an age reports no harm of his own
    assertThat(READ.claims("Witness\n\nAhmad Saleh, aged 34, resident of the camp, said the night was quiet.",
        Harm.KILLED)).isEmpty();
  }

  @Test
  void oneOtherPersonIsNoRestatement() {
    String text = release("The force arrested a Taliban facilitator in Wardak province. During the operation, the"
        + " force also detained one other suspected insurgent.");
    assertThat(READ.total(text, Harm.DETAINED)).isEqualTo(2);
    // near miss: the same person told twice is one
    String twice = release("The force arrested a Taliban facilitator in Wardak province. The facilitator was"
        + " detained without incident.");
    assertThat(READ.total(twice, Harm.DETAINED)).isEqualTo(1);
  }

  @Test
  void theOtherOfAPairIsOnePerson() {
    assertThat(READ.claims(release("The patrol engaged two insurgents, killing one and capturing the other."),
        Harm.DETAINED)).containsExactly("people/1");
    // near misses: the other of things, and the other side
    assertThat(READ.claims(release("The force destroyed one bunker and the other was abandoned."), Harm.DETAINED))
        .isEmpty();
    assertThat(READ.claims(release("The army took the other side of the river."), Harm.DETAINED)).isEmpty();
  }

  @Test
  void agesBetweenCommasAfterACountAreAnAside() {
    assertThat(READ.analyse("Two sisters killed\n\nTwo sisters, aged 6 and 9, were killed when a drone struck their house"
        + " on Tuesday. Since the start of the month, 18 civilians have been killed in the region.").mainIncident()
        .killedMin()).isEqualTo(2);
  }

  @Test
  void gradedInjuriesAreInjuries() {
    assertThat(READ.claims(release("Two soldiers sustained minor injuries in the blast."), Harm.INJURED))
        .containsExactly("soldiers/2");
    assertThat(READ.claims(release("A father was killed while his son and a grandfather sustained severe injuries."),
        Harm.KILLED)).containsExactly("people/1");
  }

  @Test
  void aHarmParticipleBeforeItsNounCountsThatNoun() {
    assertThat(READ.claims(release("Troops rescued 23 kidnapped civilians in the forest."), Harm.DETAINED))
        .containsExactly("civilians/23");
    // near miss: a harm word after the count with no noun after it keeps the people of the claim before
    assertThat(READ.claims(release("Eleven insurgents were killed and two captured in the valley."), Harm.DETAINED))
        .containsExactly("fighters/2");
  }

  @Test
  void anEarlierAttackInAClauseAfterTheNewsIsNotTheReleasesToll() {
    String text = release("Police took a dozen suspects into custody in Behsud district today, a day after a suicide"
        + " bomber attacked a police station in the district, killing three policemen.");
    assertThat(READ.total(text, Harm.KILLED)).isZero();
    assertThat(READ.total(text, Harm.DETAINED)).isEqualTo(12);
    // near miss: a clause that opens the sentence dates the news itself
    String opening = release("Two days after the operation began, the force killed four insurgents in the valley.");
    assertThat(READ.total(opening, Harm.KILLED)).isEqualTo(4);
  }
}
