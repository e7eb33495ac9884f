package org.tally.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tally.lexicon.Lexicons;
import org.tally.lexicon.RuleFiles;
import org.tally.model.Harm;

/**
 * Constructions of the fifteenth fresh sample of issue 11 (fresh-documents/fifteenth-*), each in sentences of our own
 * with near misses that must not fire: a name with its rank before a harm of one person, the words armies use for the
 * invader's soldiers, peacekeepers and the creed of their enemies, an army's dead beside its wounded not told apart,
 * the IDF's "fell during", "neutralising" after the action, counts of the dead that one "and" joins, and an ordinal
 * that numbers one more person.
 */
class Issue11FifteenthPassConstructionsTest {
  // releases are counted with the ISAF convention, as the owners count them
  private static final ReleaseReadings READ = new ReleaseReadings(Lexicons.bundled().layered(RuleFiles.QUANTIFIERS,
      Path.of("../examples/isaf-quantities.tsv")));

  private static String release(String body) {
    return "Operations in the province\n\nKABUL, Afghanistan (May 3, 2011) - " + body;
  }

  private static String report(String body) {
    return "Shelling hits a house\n\nIdlib, 4 March 2022\n\n" + body;
  }

  private static Integer toll(String text) {
    return READ.analyse(text).mainIncident().killedMin();
  }

  @Test
  void aNameWithItsRankBeforeAHarmOfOnePersonIsOnePerson() {
    assertThat(READ.claims(release("Sadly, Lance Corporal Maria Elena Torres lost her life in the ambush."),
        Harm.KILLED)).containsExactly("people/1");
    assertThat(READ.total(release("Two insurgents were killed. Staff Sergeant Ali Raza later succumbed to his"
        + " wounds."), Harm.KILLED)).isEqualTo(3);
    // near misses: a lone capitalised word may be a pronoun, and a harm of many is no one person's
    assertThat(READ.claims(release("He lost his life in the ambush."), Harm.KILLED)).isEmpty();
    assertThat(READ.claims(release("Border Police Units lost their lives in the ambush."), Harm.KILLED)).isEmpty();
  }

  @Test
  void theInvadersSoldiersAndPeacekeepersAreSoldiers() {
    assertThat(READ.claims(release("The brigade destroyed 35 occupiers near the village."), Harm.KILLED))
        .containsExactly("soldiers/35");
    assertThat(READ.claims(release("A Pakistani peacekeeper was killed when the convoy hit a mine."), Harm.KILLED))
        .containsExactly("soldiers/1");
    // near miss: the things an army destroys are no one
    assertThat(READ.claims(release("The brigade destroyed 35 vehicles of the occupiers."), Harm.KILLED)).isEmpty();
  }

  @Test
  void aCreedBetweenACountAndItsMembersIsAModifier() {
    assertThat(READ.total(release("The units eliminated 41 takfiri elements in raids on their hideouts."),
        Harm.KILLED)).isEqualTo(41);
  }

  @Test
  void anArmysDeadBesideItsWoundedNotToldApartAreNoDeathToll() {
    assertThat(READ.claims(release("Four officers and soldiers were martyred or wounded in the raids."),
        Harm.CASUALTIES)).containsExactly("soldiers/4");
    assertThat(READ.total(release("The forces eliminated 12 militants. Three soldiers were martyred or injured."),
        Harm.KILLED)).isEqualTo(12);
    // near miss: "martyred" alone is a death
    assertThat(READ.total(release("Three soldiers were martyred in the raids."), Harm.KILLED)).isEqualTo(3);
  }

  @Test
  void fellDuringAndFellInCombatAreDeaths() {
    assertThat(READ.claims(release("Captain Yoav Levi, 24, from Ashdod, fell during the operational activity in the"
        + " camp."), Harm.KILLED)).containsExactly("people/1");
    assertThat(READ.claims(release("Two soldiers fell in combat in the south."), Harm.KILLED))
        .containsExactly("soldiers/2");
    // a second description that is a person is the name's apposition, not one more person
    assertThat(READ.total(release("Captain Yoav Levi, 24, from Ashdod, an officer in the Golani Brigade, fell during"
        + " combat in the camp."), Harm.KILLED)).isEqualTo(1);
    // near miss: things that fell hurt no one by falling
    assertThat(READ.claims(release("Two rockets fell during the night near the base."), Harm.KILLED)).isEmpty();
  }

  @Test
  void neutralisingAfterTheActionKills() {
    assertThat(READ.total(release("The patrol repelled the attackers, neutralising one of them."), Harm.KILLED))
        .isEqualTo(1);
    assertThat(READ.total(release("Troops stormed the camp, neutralizing 14 terrorists."), Harm.KILLED))
        .isEqualTo(14);
  }

  @Test
  void countsOfTheDeadThatOneAndJoinsAddUp() {
    assertThat(toll(report("A drone struck a car near Amuda on Monday, killing two members of the Asayish forces and"
        + " the civilian driver of the car."))).isEqualTo(3);
    assertThat(toll(report("A drone struck a car near Amuda on Monday, killing a commander of the YBS and two of his"
        + " companions."))).isEqualTo(3);
    // near misses: the children told with "including" are inside the people, and so are those told after a comma
    assertThat(toll(report("A drone struck a car near Amuda on Monday, killing five people, including a civilian"
        + " driver."))).isEqualTo(5);
    assertThat(toll(report("A shell hit a market in Amuda on Monday, killing 12 people and three children.")))
        .isEqualTo(12);
  }

  @Test
  void anOrdinalNumbersOneMorePerson() {
    assertThat(READ.total(release("The force detained a Taliban facilitator in Khost. In Paktiya, one insurgent was"
        + " killed and a second was wounded and detained."), Harm.DETAINED)).isEqualTo(2);
    // near miss: the same person told again is one
    assertThat(READ.total(release("The force detained a Taliban facilitator in Khost. The facilitator was detained"
        + " after a chase."), Harm.DETAINED)).isEqualTo(1);
  }
}
